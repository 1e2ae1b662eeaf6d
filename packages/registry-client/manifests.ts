// Manifest and blob reads and the manifest write, on RegistryClient's authenticated `send`: what
// merge-manifests needs to read per-platform images and push the index it makes. Every body read
// by digest is checked against that digest (a registry or proxy cannot substitute content).
import { createHash } from 'node:crypto';
import type { ImageName } from '../image-ref/index.js';
import type { RegistryClient } from './client.js';
import type { HttpResponse } from './http.js';
import { INDEX_MEDIA_TYPES, MANIFEST_MEDIA_TYPES, safeMediaType } from './platforms.js';

export const MANIFEST_ACCEPT = [...INDEX_MEDIA_TYPES, ...MANIFEST_MEDIA_TYPES].join(', ');

export type Fetched =
  | { status: 'found'; digest: string; mediaType: string; body: Buffer }
  | { status: 'missing' }
  | { status: 'unauthorized'; detail: string };

/** A registry answer we cannot use (bad status, content not matching its digest). */
export class RegistryAnswerError extends Error {
  override name = 'RegistryAnswerError';
}

export function sha256Of(body: Buffer | string): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

function checkedBody(response: HttpResponse, digest: string, what: string): Buffer {
  const actual = sha256Of(response.body);
  if (actual !== digest) throw new RegistryAnswerError(`${what}: the registry sent content of ${actual}`);
  return response.body;
}

async function getByDigest(
  client: RegistryClient,
  image: ImageName,
  kind: 'manifests' | 'blobs',
  digest: string,
  signal?: AbortSignal,
): Promise<Fetched> {
  const path = `/v2/${image.repository}/${kind}/${digest}`;
  const accept = kind === 'manifests' ? MANIFEST_ACCEPT : '*/*';
  const answer = await client.send(image, { method: 'GET', path, accept }, signal);
  if (answer.status === 'unauthorized') return answer;
  if (answer.status === 404) return { status: 'missing' };
  const what = `GET ${image.name}@${digest}`;
  if (answer.status !== 200) throw new RegistryAnswerError(`${what}: HTTP ${answer.status}`);
  const body = checkedBody(answer, digest, what);
  return { status: 'found', digest, mediaType: safeMediaType(answer.headers.get('content-type')), body };
}

/** The manifest (or index) `digest` in `image`'s repository, its content checked. */
export function fetchManifest(
  client: RegistryClient,
  image: ImageName,
  digest: string,
  signal?: AbortSignal,
): Promise<Fetched> {
  return getByDigest(client, image, 'manifests', digest, signal);
}

/** A blob (e.g. an image config) of `image`'s repository, its content checked. */
export function fetchBlob(
  client: RegistryClient,
  image: ImageName,
  digest: string,
  signal?: AbortSignal,
): Promise<Fetched> {
  return getByDigest(client, image, 'blobs', digest, signal);
}

/** PUTs a manifest under `reference` (a tag or its digest); returns the digest the registry gave it. */
export async function putManifest(
  client: RegistryClient,
  image: ImageName,
  reference: string,
  manifest: { mediaType: string; body: Buffer },
  signal?: AbortSignal,
): Promise<string> {
  const path = `/v2/${image.repository}/manifests/${reference}`;
  const answer = await client.send(
    image,
    { method: 'PUT', path, contentType: manifest.mediaType, body: manifest.body, actions: 'pull,push' },
    signal,
  );
  const what = `PUT ${image.name}:${reference}`;
  if (answer.status === 'unauthorized') throw new RegistryAnswerError(`${what}: ${answer.detail}`);
  if (answer.status !== 201 && answer.status !== 200) {
    const detail = answer.body.toString('utf8').slice(0, 300).replace(/\s+/g, ' ');
    throw new RegistryAnswerError(`${what}: HTTP ${answer.status} ${detail}`);
  }
  return answer.headers.get('docker-content-digest')?.trim() || sha256Of(manifest.body);
}

/** The digest `reference` (a tag) resolves to now, or undefined when it does not exist. */
export async function resolveTag(
  client: RegistryClient,
  image: ImageName,
  tag: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const path = `/v2/${image.repository}/manifests/${tag}`;
  const answer = await client.send(image, { method: 'HEAD', path, accept: MANIFEST_ACCEPT }, signal);
  if (answer.status === 'unauthorized')
    throw new RegistryAnswerError(`HEAD ${image.name}:${tag}: ${answer.detail}`);
  if (answer.status === 404) return undefined;
  if (answer.status !== 200)
    throw new RegistryAnswerError(`HEAD ${image.name}:${tag}: HTTP ${answer.status}`);
  return answer.headers.get('docker-content-digest')?.trim() || undefined;
}
