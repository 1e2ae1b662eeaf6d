// Images for prune-images' integration tests and bench, made through the registry API (no build):
// random layers, an image config with `created`, single-platform manifests or multi-platform
// indexes with buildx-style attestation manifests, shared layers and shared platform manifests.
// Also: does a reference still pull completely (every manifest and blob), and ghcr.io's side of
// the same images as package versions in the GitHub API emulator.
import { createHash, randomBytes } from 'node:crypto';
import type { GitHubApi, PackageRecord } from './github-api/index.js';
import { MANIFEST_ACCEPT, registryFetch, type Registry } from './services/index.js';

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';

export const sha256 = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const scopes = (repository: string) => [`repository:${repository}:pull,push,delete`];

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string };
  annotations?: Record<string, string>;
}

export async function uploadBlob(registry: Registry, repository: string, data: Buffer): Promise<Descriptor> {
  const digest = sha256(data);
  const start = await registryFetch(
    registry,
    `/v2/${repository}/blobs/uploads/`,
    { method: 'POST' },
    scopes(repository),
  );
  await start.arrayBuffer();
  if (start.status !== 202) throw new Error(`POST blob upload ${repository}: ${start.status}`);
  const location = new URL(start.headers.get('location') ?? '', registry.url);
  location.searchParams.set('digest', digest);
  const put = await registryFetch(
    registry,
    location.toString(),
    { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: data },
    scopes(repository),
  );
  await put.arrayBuffer();
  if (put.status !== 201) throw new Error(`PUT blob ${repository}@${digest}: ${put.status}`);
  return { mediaType: LAYER, digest, size: data.length };
}

export async function putManifest(
  registry: Registry,
  repository: string,
  reference: string,
  mediaType: string,
  body: Buffer,
): Promise<Descriptor> {
  const res = await registryFetch(
    registry,
    `/v2/${repository}/manifests/${reference}`,
    { method: 'PUT', headers: { 'Content-Type': mediaType }, body },
    scopes(repository),
  );
  if (res.status !== 201)
    throw new Error(`PUT ${repository}:${reference}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
  return { mediaType, digest: sha256(body), size: body.length };
}

/** One image manifest (config + layers); `platform` 'unknown/unknown' makes an attestation. */
async function pushImageManifest(
  registry: Registry,
  repository: string,
  platform: string,
  created: string,
  layers: Buffer[],
): Promise<{ descriptor: Descriptor; blobs: string[] }> {
  const [os, architecture] = platform.split('/');
  const config = Buffer.from(
    JSON.stringify({ created, os, architecture, rootfs: { type: 'layers', diff_ids: [] } }),
  );
  const configDescriptor = { ...(await uploadBlob(registry, repository, config)), mediaType: OCI_CONFIG };
  const layerDescriptors = [];
  for (const layer of layers) layerDescriptors.push(await uploadBlob(registry, repository, layer));
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: configDescriptor,
      layers: layerDescriptors,
    }),
  );
  const descriptor = await putManifest(registry, repository, sha256(body), OCI_MANIFEST, body);
  return { descriptor, blobs: [configDescriptor.digest, ...layerDescriptors.map((l) => l.digest)] };
}

export interface SyntheticImage {
  repository: string;
  tags: string[];
  /** The top manifest: the index, or the single image manifest. */
  digest: string;
  /** Every manifest: the top one, platform manifests, attestations. */
  manifests: string[];
  /** Every blob (configs and layers). */
  blobs: string[];
  /** Bytes of the layers (attestation payloads included). */
  layerBytes: number;
}

export interface SyntheticImageOptions {
  tags: string[];
  /** Several: an index (with attestations when `attest`); none: one image manifest. */
  platforms?: string[];
  attest?: boolean;
  /** The image config's `created` (default now). */
  created?: Date;
  /** Extra layers every image naming them shares. */
  sharedLayers?: Buffer[];
  /** Platform manifests of another image to list in this index too (a shared platform manifest). */
  borrow?: Descriptor[];
}

/** Pushes an image made of random layers; every tag points to its top manifest. */
export async function pushSyntheticImage(
  registry: Registry,
  repository: string,
  opts: SyntheticImageOptions,
): Promise<SyntheticImage & { platformManifests: Descriptor[] }> {
  const created = (opts.created ?? new Date()).toISOString();
  const manifests: string[] = [];
  const blobs: string[] = [];
  let layerBytes = 0;
  const image = async (platform: string) => {
    const layers = [randomBytes(512 + Math.floor(Math.random() * 512)), ...(opts.sharedLayers ?? [])];
    const pushed = await pushImageManifest(registry, repository, platform, created, layers);
    manifests.push(pushed.descriptor.digest);
    blobs.push(...pushed.blobs);
    layerBytes += layers.reduce((sum, l) => sum + l.length, 0);
    return pushed.descriptor;
  };
  let top: Descriptor;
  const platformManifests: Descriptor[] = [];
  if (!opts.platforms?.length) {
    top = await image('linux/amd64');
  } else {
    const entries: Descriptor[] = [...(opts.borrow ?? [])];
    for (const platform of opts.platforms) {
      const [os, architecture] = platform.split('/');
      const descriptor = { ...(await image(platform)), platform: { os, architecture } };
      platformManifests.push(descriptor);
      entries.push(descriptor);
      if (!opts.attest) continue;
      const attestation = await image('unknown/unknown');
      entries.push({
        ...attestation,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: {
          'vnd.docker.reference.digest': descriptor.digest,
          'vnd.docker.reference.type': 'attestation-manifest',
        },
      });
    }
    const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }));
    top = await putManifest(registry, repository, sha256(body), OCI_INDEX, body);
    manifests.unshift(top.digest);
  }
  const body = await manifestBody(registry, repository, top.digest);
  for (const tag of opts.tags) await putManifest(registry, repository, tag, top.mediaType, body);
  return { repository, tags: opts.tags, digest: top.digest, manifests, blobs, layerBytes, platformManifests };
}

async function manifestBody(registry: Registry, repository: string, reference: string): Promise<Buffer> {
  const res = await registryFetch(
    registry,
    `/v2/${repository}/manifests/${reference}`,
    { headers: { Accept: MANIFEST_ACCEPT } },
    scopes(repository),
  );
  if (res.status !== 200) throw new Error(`GET ${repository}:${reference}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** What a pull of `reference` would miss: manifests (the index's entries too) and blobs. Empty: it pulls. */
export async function pullProblems(
  registry: Registry,
  repository: string,
  reference: string,
): Promise<string[]> {
  const res = await registryFetch(
    registry,
    `/v2/${repository}/manifests/${reference}`,
    { headers: { Accept: MANIFEST_ACCEPT } },
    scopes(repository),
  );
  if (res.status !== 200) return [`${reference}: manifest HTTP ${res.status}`];
  const data = JSON.parse(await res.text()) as {
    manifests?: Descriptor[];
    config?: Descriptor;
    layers?: Descriptor[];
  };
  const problems: string[] = [];
  for (const entry of data.manifests ?? [])
    problems.push(...(await pullProblems(registry, repository, entry.digest)));
  for (const blob of [...(data.config ? [data.config] : []), ...(data.layers ?? [])]) {
    const head = await registryFetch(
      registry,
      `/v2/${repository}/blobs/${blob.digest}`,
      { method: 'HEAD' },
      scopes(repository),
    );
    if (head.status !== 200) problems.push(`${reference}: blob ${blob.digest} HTTP ${head.status}`);
  }
  return problems;
}

/** Does the registry still have this manifest (by digest or tag)? */
export async function manifestExists(
  registry: Registry,
  repository: string,
  reference: string,
): Promise<boolean> {
  const res = await registryFetch(
    registry,
    `/v2/${repository}/manifests/${reference}`,
    { method: 'HEAD', headers: { Accept: MANIFEST_ACCEPT } },
    scopes(repository),
  );
  return res.status === 200;
}

/** The image as ghcr.io's package versions: one per manifest, the tags on the top one. */
export function publishVersions(api: GitHubApi, pkg: PackageRecord, image: SyntheticImage, date: Date): void {
  const at = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const digest of [...image.manifests].reverse()) {
    if (pkg.versions.some((v) => v.name === digest)) continue;
    api.state.packages.addVersion(pkg, {
      digest,
      tags: digest === image.digest ? [...image.tags] : [],
      created_at: at,
    });
  }
}

/** What GitHub deleted on ghcr.io, the registry that stands in for it deletes too. */
export async function applyVersionDeletions(
  registry: Registry,
  repository: string,
  pkg: PackageRecord,
  before: string[],
): Promise<string[]> {
  const remaining = new Set(pkg.versions.map((v) => v.name));
  const gone = before.filter((d) => !remaining.has(d));
  for (const digest of gone) {
    const res = await registryFetch(
      registry,
      `/v2/${repository}/manifests/${digest}`,
      { method: 'DELETE' },
      scopes(repository),
    );
    await res.arrayBuffer();
  }
  return gone;
}
