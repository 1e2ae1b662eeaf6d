// Image names and references, following the grammar of distribution/reference
// (https://github.com/distribution/reference/blob/main/reference.go), plus Docker Hub's
// familiar-name rules. Pure functions: no I/O.

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|${IPV6})(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
const PATH_COMPONENT_RE = new RegExp(`^${PATH_COMPONENT}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const MAX_NAME_LENGTH = 255;

export const DOCKER_HUB = 'docker.io';
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';

export interface ImageName {
  /** Registry host as written, or `docker.io` when the name has none. */
  registry: string;
  /** Repository path inside the registry (with `library/` for single-segment Docker Hub names). */
  repository: string;
  /** The name as the user should see it: lower-cased, without an implied `docker.io/`. */
  name: string;
}

export interface ImageReference extends ImageName {
  tag?: string;
  digest?: string;
  /** `name:tag`, `name@digest` or `name:tag@digest`. */
  ref: string;
}

/** Thrown for malformed names, tags and digests; `message` says what is allowed. */
export class ReferenceError extends Error {
  override name = 'ReferenceError';
}

export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

export function isValidDigest(digest: string): boolean {
  return DIGEST_RE.test(digest);
}

/** True when the first path component names a registry rather than a Docker Hub namespace. */
function looksLikeDomain(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

function splitName(name: string): ImageName {
  if (name.length === 0) throw new ReferenceError('the image name is empty');
  if (/\s/.test(name)) throw new ReferenceError(`"${name}" contains white space`);
  const parts = name.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && looksLikeDomain(parts[0])) {
    registry = parts.shift() as string;
    if (!DOMAIN_RE.test(registry)) throw new ReferenceError(`"${registry}" is not a valid registry host`);
    registry = registry.toLowerCase();
  }
  const path = parts.map((p) => p.toLowerCase());
  for (const component of path) {
    if (!PATH_COMPONENT_RE.test(component)) {
      throw new ReferenceError(
        `"${name}" has an invalid path component "${component}" (allowed: lower-case letters, digits, and single '.', '_', '__' or '-' runs between them)`,
      );
    }
  }
  let repository = path.join('/');
  if (registry === DOCKER_HUB && path.length === 1) repository = `library/${repository}`;
  const shown =
    registry === DOCKER_HUB && !name.toLowerCase().startsWith(`${DOCKER_HUB}/`)
      ? path.join('/')
      : `${registry}/${path.join('/')}`;
  if (shown.length > MAX_NAME_LENGTH)
    throw new ReferenceError(`"${name}" is longer than ${MAX_NAME_LENGTH} characters`);
  return { registry, repository, name: shown };
}

/**
 * An image name without tag or digest, e.g. `ghcr.io/Org/Repo/api` -> `ghcr.io/org/repo/api`.
 * Upper case is folded (as docker/metadata-action does); anything else invalid is an error.
 */
export function parseImageName(input: string): ImageName {
  const name = input.trim();
  if (name.includes('@')) throw new ReferenceError(`"${name}" has a digest; give the image name only`);
  const lastSlash = name.lastIndexOf('/');
  if (name.slice(lastSlash + 1).includes(':')) {
    throw new ReferenceError(`"${name}" has a tag; give the image name only`);
  }
  return splitName(name);
}

/** A full reference `[registry/]name[:tag][@digest]`; at least a tag or a digest is required. */
export function parseReference(input: string, opts: { requireTagOrDigest?: boolean } = {}): ImageReference {
  const text = input.trim();
  if (/\s/.test(text) || text.length === 0) throw new ReferenceError(`"${input}" is not an image reference`);
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isValidDigest(digest)) {
      throw new ReferenceError(
        `"${text}" has a malformed digest "${digest}" (allowed: sha256: and 64 hex digits)`,
      );
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isValidTag(tag)) {
      throw new ReferenceError(
        `"${text}" has an invalid tag "${tag}" (allowed: [A-Za-z0-9_.-], at most 128, not starting with '.' or '-')`,
      );
    }
  }
  if ((opts.requireTagOrDigest ?? true) && !tag && !digest) {
    throw new ReferenceError(`"${text}" has neither a tag nor a digest (write name:tag or name@sha256:...)`);
  }
  const image = splitName(rest);
  const ref = `${image.name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { ...image, tag, digest, ref };
}

/** The host to send registry API requests to (Docker Hub's API lives on another host). */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB || registry === 'index.docker.io' ? DOCKER_HUB_API_HOST : registry;
}

/** The last path segment of a name: the "service" a reference belongs to. */
export function serviceName(image: ImageName): string {
  const segments = image.repository.split('/');
  return segments[segments.length - 1];
}

/**
 * Make any text a valid tag: each run of characters outside [A-Za-z0-9_.-] becomes one '-' (as
 * docker/metadata-action documents: `fix/#123 crash` -> `fix-123-crash`), leading '.' and '-' are
 * dropped, and the result is cut to 128 characters.
 */
export function sanitizeTag(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}
