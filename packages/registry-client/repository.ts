// What a retention tool asks of a repository through the distribution API, beyond "does this
// exist" (client.ts): its tags (GET /v2/<name>/tags/list, following Link pages), a manifest's
// body by tag or digest, a small JSON blob (an image config), and DELETE of a manifest by digest.
// https://distribution.github.io/distribution/spec/api/
import { createHash } from 'node:crypto';
import { isValidDigest, type ImageReference } from '../image-ref/index.js';
import type { RegistryClient } from './client.js';
import { TransientError, type HttpResponse } from './http.js';
import { MANIFEST_ACCEPT } from './manifests.js';
import { safeMediaType } from './platforms.js';

/** A registry answer the caller cannot go on from (denied, unexpected status, unreadable). */
export class RepositoryError extends Error {
  override name = 'RepositoryError';
}

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  /** The manifest's own size in bytes. */
  size: number;
  body: Buffer;
}

const TAGS_PAGE = 1000;
const MAX_TAG_PAGES = 1000;

function checked(
  answer: HttpResponse | { status: 'unauthorized'; detail: string },
  what: string,
): HttpResponse {
  if (answer.status === 'unauthorized') throw new RepositoryError(`${what}: ${answer.detail}`);
  return answer;
}

/** The next page of a tags list from its Link header (`</v2/x/tags/list?last=t&n=1000>; rel="next"`). */
export function nextTagsPath(link: string | null): string | undefined {
  const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link ?? '');
  if (!match) return undefined;
  const url = new URL(match[1], 'http://registry.invalid');
  return url.pathname.startsWith('/v2/') ? `${url.pathname}${url.search}` : undefined;
}

/** Every tag of the repository (a repository that does not exist has none). */
export async function listTags(client: RegistryClient, image: ImageReference): Promise<string[]> {
  const tags: string[] = [];
  let path: string | undefined = `/v2/${image.repository}/tags/list?n=${TAGS_PAGE}`;
  for (let page = 0; path && page < MAX_TAG_PAGES; page++) {
    const what = `GET ${image.registry}${path}`;
    const answer = checked(
      await client.send(image, { method: 'GET', path, accept: 'application/json' }),
      what,
    );
    if (answer.status === 404) return tags;
    if (answer.status !== 200) throw new RepositoryError(`${what}: HTTP ${answer.status}`);
    const data = parseJson(answer.body, what) as { tags?: unknown };
    if (Array.isArray(data.tags)) tags.push(...data.tags.filter((t): t is string => typeof t === 'string'));
    path = nextTagsPath(answer.headers.get('link'));
  }
  return tags;
}

function parseJson(body: Buffer, what: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new RepositoryError(`${what}: the answer is not JSON`);
  }
}

/** A manifest by tag or digest; undefined when the registry has none (404). */
export async function getManifest(
  client: RegistryClient,
  image: ImageReference,
  reference: string,
): Promise<FetchedManifest | undefined> {
  const path = `/v2/${image.repository}/manifests/${reference}`;
  const what = `GET ${image.registry}${path}`;
  const answer = checked(await client.send(image, { method: 'GET', path, accept: MANIFEST_ACCEPT }), what);
  if (answer.status === 404) return undefined;
  if (answer.status !== 200) throw new RepositoryError(`${what}: HTTP ${answer.status}`);
  const digest = `sha256:${createHash('sha256').update(answer.body).digest('hex')}`;
  if (isValidDigest(reference) && reference.startsWith('sha256:') && reference !== digest)
    throw new RepositoryError(`${what}: the body's digest is ${digest}`);
  const mediaType = safeMediaType(answer.headers.get('content-type'));
  return { digest, mediaType, size: answer.body.length, body: answer.body };
}

/** A small JSON blob (an image config); undefined when it is not there. */
export async function getJsonBlob(
  client: RegistryClient,
  image: ImageReference,
  digest: string,
): Promise<unknown> {
  const path = `/v2/${image.repository}/blobs/${digest}`;
  const what = `GET ${image.registry}${path}`;
  const answer = checked(await client.send(image, { method: 'GET', path, accept: '*/*' }), what);
  if (answer.status === 404) return undefined;
  if (answer.status !== 200) throw new RepositoryError(`${what}: HTTP ${answer.status}`);
  return parseJson(answer.body, what);
}

/** DELETE of a manifest by digest (every tag on it goes too): `gone` when it was already gone. */
export async function deleteManifest(
  client: RegistryClient,
  image: ImageReference,
  digest: string,
): Promise<'deleted' | 'gone'> {
  const path = `/v2/${image.repository}/manifests/${digest}`;
  const what = `DELETE ${image.registry}${path}`;
  const answer = checked(await client.send(image, { method: 'DELETE', path, actions: 'pull,delete' }), what);
  if (answer.status === 202 || answer.status === 200 || answer.status === 204) return 'deleted';
  if (answer.status === 404) return 'gone';
  if (answer.status === 405)
    throw new RepositoryError(`${what}: HTTP 405 (the registry does not allow deletes)`);
  throw new RepositoryError(`${what}: HTTP ${answer.status}`);
}

export { TransientError };
