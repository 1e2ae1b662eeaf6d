// Reads what a build pushed, straight from a test registry: the manifest or index at a reference,
// each image's config (architecture, os) and layers, and the attestation manifests BuildKit puts
// beside the images. Tests use it to check what is really in the registry, not what a tool says.
import { gunzipSync } from 'node:zlib';
import { MANIFEST_ACCEPT, registryFetch, type Registry } from './index.js';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface Manifest {
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
  layers?: Descriptor[];
}

const scope = (repository: string) => [`repository:${repository}:pull`];

export async function getManifest(registry: Registry, repository: string, ref: string): Promise<Manifest> {
  const url = `/v2/${repository}/manifests/${ref}`;
  const res = await registryFetch(registry, url, { headers: { Accept: MANIFEST_ACCEPT } }, scope(repository));
  if (!res.ok) throw new Error(`GET ${registry.url}${url}: ${res.status}`);
  return (await res.json()) as Manifest;
}

export async function getBlob(registry: Registry, repository: string, digest: string): Promise<Buffer> {
  const url = `/v2/${repository}/blobs/${digest}`;
  const res = await registryFetch(registry, url, {}, scope(repository));
  if (!res.ok) throw new Error(`GET ${registry.url}${url}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** The repository's tags (an empty list when it has none, or does not exist yet). */
export async function listTags(registry: Registry, repository: string): Promise<string[]> {
  const res = await registryFetch(registry, `/v2/${repository}/tags/list`, {}, scope(repository));
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`GET ${registry.url}/v2/${repository}/tags/list: ${res.status}`);
  return ((await res.json()) as { tags?: string[] | null }).tags ?? [];
}

export interface PushedImage {
  /** The image manifest's digest. */
  digest: string;
  /** From the image's config. */
  os: string;
  architecture: string;
  /** Every layer, gunzipped (tar bytes): search them for a file's content. */
  layers: Buffer[];
}

export interface PushedArtifact {
  images: PushedImage[];
  /** Attestation manifests (`vnd.docker.reference.type: attestation-manifest`) of an index. */
  attestations: Descriptor[];
}

async function readImage(registry: Registry, repository: string, digest: string): Promise<PushedImage> {
  const manifest = await getManifest(registry, repository, digest);
  const config = JSON.parse((await getBlob(registry, repository, manifest.config!.digest)).toString()) as {
    os: string;
    architecture: string;
  };
  const layers = await Promise.all(
    (manifest.layers ?? []).map(async (layer) => {
      const blob = await getBlob(registry, repository, layer.digest);
      return layer.mediaType.endsWith('gzip') ? gunzipSync(blob) : blob;
    }),
  );
  return { digest, os: config.os, architecture: config.architecture, layers };
}

const isAttestation = (d: Descriptor) =>
  d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';

/** The image(s) at `ref` (a manifest, or an index's image entries) and the index's attestations. */
export async function readPushed(
  registry: Registry,
  repository: string,
  ref: string,
): Promise<PushedArtifact> {
  const top = await getManifest(registry, repository, ref);
  if (!top.manifests) return { images: [await readImage(registry, repository, ref)], attestations: [] };
  const entries = top.manifests.filter((d) => !isAttestation(d));
  const images = await Promise.all(entries.map((d) => readImage(registry, repository, d.digest)));
  return { images, attestations: top.manifests.filter(isAttestation) };
}

/**
 * The in-toto predicate types of the attestation manifests at `ref` (an index), per attestation
 * manifest's layers (`in-toto.io/predicate-type`), e.g. `https://spdx.dev/Document` for an SBOM.
 */
export async function attestationPredicateTypes(
  registry: Registry,
  repository: string,
  ref: string,
): Promise<string[]> {
  const top = await getManifest(registry, repository, ref);
  const types: string[] = [];
  for (const attestation of (top.manifests ?? []).filter(isAttestation)) {
    const manifest = await getManifest(registry, repository, attestation.digest);
    for (const layer of manifest.layers ?? []) {
      const type = layer.annotations?.['in-toto.io/predicate-type'];
      if (type) types.push(type);
    }
  }
  return types;
}
