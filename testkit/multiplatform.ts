// Helpers shared by the merge-manifests tests and the multiplatform bench: synthetic per-platform
// images uploaded through the registry API (a config naming the architecture, one layer, and
// optionally a buildx-style attestation manifest in an index around them), so a test has a
// linux/arm64 image in milliseconds without emulation; and reading an index back.
import { createHash, randomBytes } from 'node:crypto';
import { MANIFEST_ACCEPT, registryFetch, type Registry } from './services/index.js';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

const sha256 = (body: Buffer) => `sha256:${createHash('sha256').update(body).digest('hex')}`;

/** A unique repository path per test run. */
export function uniqueMergeRepo(prefix: string): string {
  return `merge-${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Uploads one blob (monolithic: POST, then PUT with the digest); returns its descriptor. */
export async function uploadBlob(
  registry: Registry,
  repository: string,
  body: Buffer,
  mediaType: string,
): Promise<{ mediaType: string; digest: string; size: number }> {
  const scopes = [`repository:${repository}:pull,push`];
  const digest = sha256(body);
  const start = await registryFetch(registry, `/v2/${repository}/blobs/uploads/`, { method: 'POST' }, scopes);
  if (start.status !== 202)
    throw new Error(`POST blob upload ${repository}: ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location')!, registry.url);
  location.searchParams.set('digest', digest);
  const put = await registryFetch(
    registry,
    location.toString(),
    { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body },
    scopes,
  );
  if (put.status !== 201)
    throw new Error(`PUT blob ${repository}@${digest}: ${put.status} ${await put.text()}`);
  return { mediaType, digest, size: body.length };
}

/** PUTs a manifest by digest (or tag); returns its digest. */
export async function uploadManifest(
  registry: Registry,
  repository: string,
  manifest: object,
  reference?: string,
): Promise<{ mediaType: string; digest: string; size: number }> {
  const body = Buffer.from(JSON.stringify(manifest));
  const mediaType = (manifest as { mediaType: string }).mediaType;
  const digest = sha256(body);
  const res = await registryFetch(
    registry,
    `/v2/${repository}/manifests/${reference ?? digest}`,
    { method: 'PUT', headers: { 'Content-Type': mediaType }, body },
    [`repository:${repository}:pull,push`],
  );
  if (res.status !== 201) throw new Error(`PUT manifest ${repository}: ${res.status} ${await res.text()}`);
  return { mediaType, digest, size: body.length };
}

export interface SyntheticImage {
  /** What a build leg hands on: the index digest with an attestation, else the image manifest's. */
  digest: string;
  imageDigest: string;
  attestationDigest?: string;
}

/**
 * A synthetic single-platform image in `repository`: a config with `architecture` (and `variant`),
 * one random layer (`seed` makes it reproducible: the same bytes give the same digests in every
 * registry), and with `attestation` an index of the image + an in-toto attestation manifest.
 */
export async function pushSyntheticImage(
  registry: Registry,
  repository: string,
  opts: { architecture: string; variant?: string; attestation?: boolean; seed: string },
): Promise<SyntheticImage> {
  const layer = await uploadBlob(
    registry,
    repository,
    Buffer.from(`layer ${opts.seed} ${opts.architecture}\n`),
    'application/vnd.oci.image.layer.v1.tar',
  );
  const platform = {
    os: 'linux',
    architecture: opts.architecture,
    ...(opts.variant ? { variant: opts.variant } : {}),
  };
  const configBody = { ...platform, rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {} };
  const config = await uploadBlob(
    registry,
    repository,
    Buffer.from(JSON.stringify(configBody)),
    'application/vnd.oci.image.config.v1+json',
  );
  const image = await uploadManifest(registry, repository, {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config,
    layers: [layer],
  });
  if (!opts.attestation) return { digest: image.digest, imageDigest: image.digest };
  const statement = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: 'https://slsa.dev/provenance/v0.2',
      seed: `${opts.seed} ${opts.architecture}`,
    }),
  );
  const predicate = await uploadBlob(registry, repository, statement, 'application/vnd.in-toto+json');
  const emptyConfig = await uploadBlob(
    registry,
    repository,
    Buffer.from('{}'),
    'application/vnd.oci.image.config.v1+json',
  );
  const attestation = await uploadManifest(registry, repository, {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: emptyConfig,
    layers: [
      { ...predicate, annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' } },
    ],
  });
  const index = await uploadManifest(registry, repository, {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      { ...image, platform },
      {
        ...attestation,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: {
          'vnd.docker.reference.digest': image.digest,
          'vnd.docker.reference.type': 'attestation-manifest',
        },
      },
    ],
  });
  return { digest: index.digest, imageDigest: image.digest, attestationDigest: attestation.digest };
}

export interface IndexEntry {
  mediaType: string;
  digest: string;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

/** GETs a manifest (by tag or digest) and returns its JSON and digest. */
export async function readIndex(
  registry: Registry,
  repository: string,
  reference: string,
): Promise<{
  digest: string;
  mediaType: string;
  manifests: IndexEntry[];
  annotations?: Record<string, string>;
}> {
  const res = await registryFetch(
    registry,
    `/v2/${repository}/manifests/${reference}`,
    { headers: { Accept: MANIFEST_ACCEPT } },
    [`repository:${repository}:pull`],
  );
  if (res.status !== 200) throw new Error(`GET ${repository}:${reference}: ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  return {
    digest: sha256(body),
    ...(JSON.parse(body.toString('utf8')) as { mediaType: string; manifests: IndexEntry[] }),
  };
}

/** The platforms of an index's image entries (attestations left out), as os/arch[/variant]. */
export function indexPlatforms(index: { manifests: IndexEntry[] }): string[] {
  return index.manifests
    .filter((m) => m.platform && m.platform.os !== 'unknown')
    .map((m) => [m.platform!.os, m.platform!.architecture, m.platform!.variant].filter(Boolean).join('/'));
}
