// Every input, read and checked once into one typed object before anything touches the release.
import semver from 'semver';
import { durationInput } from '../../packages/units/duration.js';
import { ActionError, InputError, Inputs } from '../../packages/action-io/index.js';
import {
  parseReference,
  ReferenceError,
  sanitizeTag,
  type ImageReference,
} from '../../packages/image-ref/index.js';
import { readCredentialInputs, type RegistryCredentialInputs } from '../../packages/registry-client/index.js';
import { PLATFORM_RE, type EditMode } from '../../packages/release-notes/index.js';

export const MODES: readonly EditMode[] = ['replace', 'merge'];
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

/** A digest (and maybe platforms) known without asking a registry, e.g. from build outputs. */
export interface KnownDigest {
  digest: string;
  platforms?: string[];
  /** The reference as the `digests` input wrote it. */
  ref: ImageReference;
}

export interface ActionInputs {
  tag: string;
  /** References to list (name:tag, name@digest or name:tag@digest). */
  images: ImageReference[];
  /** Normalized `name:tag` (or `name@digest`) -> digest given by the `digests` input. */
  digests: Map<string, KnownDigest>;
  missing: ImageReference[];
  title: string;
  mode: EditMode;
  createIfMissing: boolean;
  draft: boolean;
  prerelease: boolean;
  listPlatforms: boolean;
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  /** Where GitHub creates the tag when it does not exist yet. */
  sha?: string;
  credentials: RegistryCredentialInputs;
  insecureRegistries: string[];
  /** The longest the registries may take to give every digest; then nothing is written. */
  timeoutMs: number;
}

function defaultTag(env: NodeJS.ProcessEnv): string {
  const ref = env.GITHUB_REF ?? '';
  if (ref.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  throw new InputError(
    'tag',
    `is required outside a tag event (GITHUB_REF is "${ref || 'not set'}"); give the release's tag, e.g. v1.2.3`,
  );
}

/** A reference without tag or digest gets the release tag (made a valid image tag). */
function reference(input: string, text: string, releaseTag: string): ImageReference {
  try {
    const ref = parseReference(text, { requireTagOrDigest: false });
    return ref.tag || ref.digest ? ref : parseReference(`${ref.name}:${sanitizeTag(releaseTag)}`);
  } catch (error) {
    if (error instanceof ReferenceError) throw new InputError(input, `${error.message}`);
    throw error;
  }
}

function parseDigests(text: string, releaseTag: string): Map<string, KnownDigest> {
  const result = new Map<string, KnownDigest>();
  if (text.trim() === '') return result;
  const allowed =
    'a JSON object mapping image references to "sha256:<64 hex>" (or to {"digest", "platforms"})';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError('digests', `is not valid JSON (${(error as Error).message}); allowed: ${allowed}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError('digests', `is not a JSON object; allowed: ${allowed}`);
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const ref = reference('digests', key, releaseTag);
    const given =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : { digest: value };
    const { digest, platforms } = given;
    if (typeof digest !== 'string' || !DIGEST_RE.test(digest)) {
      throw new InputError(
        'digests',
        `the digest for "${key}" is ${JSON.stringify(digest)}, not a digest (allowed: "sha256:" and 64 lower-case hex digits)`,
      );
    }
    if (ref.digest && ref.digest !== digest) {
      throw new InputError('digests', `"${key}" names digest ${ref.digest} but maps to ${digest}`);
    }
    if (
      platforms !== undefined &&
      !(Array.isArray(platforms) && platforms.every((p) => typeof p === 'string' && PLATFORM_RE.test(p)))
    ) {
      throw new InputError(
        'digests',
        `"platforms" for "${key}" must be a list of os/arch[/variant] strings such as "linux/amd64"`,
      );
    }
    result.set(refKey(ref), { digest, ref, ...(platforms ? { platforms: platforms as string[] } : {}) });
  }
  return result;
}

/** The key digests are matched by: `name:tag`, else `name@digest`. */
export function refKey(ref: ImageReference): string {
  // registry + repository: `nginx:1` and `docker.io/library/nginx:1` are the same image.
  const name = `${ref.registry}/${ref.repository}`;
  return ref.tag ? `${name}:${ref.tag}` : `${name}@${ref.digest}`;
}

function owner(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const [o, r, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!o || !r || rest.length) {
    throw new ActionError(
      `GITHUB_REPOSITORY is "${env.GITHUB_REPOSITORY ?? ''}", not "owner/repo" (the runner sets it)`,
    );
  }
  return { owner: o, repo: r };
}

export async function readInputs(
  env: NodeJS.ProcessEnv = process.env,
  inputs: Inputs = new Inputs(),
): Promise<ActionInputs> {
  // `github.ref` works too: refs/tags/v1.2.3 is the tag v1.2.3.
  const tag = inputs.string('tag').replace(/^refs\/tags\//, '') || defaultTag(env);
  if (/\s/.test(tag)) throw new InputError('tag', `"${tag}" contains white space (allowed: a git tag name)`);
  const title = inputs.string('section-title', 'Docker Images');
  if (/[\r\n]/.test(title)) throw new InputError('section-title', 'must be one line');
  const mode = inputs.choice('mode', MODES, 'replace');
  const digests = parseDigests(inputs.raw('digests'), tag);
  const images = inputs.list('images').map((text) => reference('images', text, tag));
  const listed = new Set(images.map(refKey));
  // Digests given for references not in `images` are listed too: `digests` alone is enough.
  for (const [key, given] of digests) {
    if (!listed.has(key)) images.push(given.ref);
  }
  const missing = inputs.list('missing').map((text) => reference('missing', text, tag));
  if (images.length === 0 && missing.length === 0) {
    throw new InputError(
      'images',
      'is required (or give "digests" or "missing"): image references, one per line',
    );
  }
  const prereleaseText = inputs.string('prerelease');
  const prerelease =
    prereleaseText === ''
      ? (semver.parse(tag.replace(/^v/i, ''))?.prerelease.length ?? 0) > 0
      : inputs.boolean('prerelease', false);
  const token = inputs.required('token');
  const credentials = await readCredentialInputs(inputs);
  return {
    tag,
    images,
    digests,
    missing,
    title,
    mode,
    createIfMissing: inputs.boolean('create-if-missing', true),
    draft: inputs.boolean('draft', false),
    prerelease,
    listPlatforms: inputs.boolean('list-platforms', true),
    token,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...owner(env),
    sha: /^[0-9a-f]{40}$/.test(env.GITHUB_SHA ?? '') ? env.GITHUB_SHA : undefined,
    credentials,
    insecureRegistries: inputs.list('insecure-registries'),
    timeoutMs: durationInput(inputs, 'timeout', '5m', { min: 1000 }),
  };
}
