// Every input of the build action, read once into one typed object and validated before anything
// runs: a bad value becomes one InputError naming the input and what is allowed.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { InputError, Inputs } from '../../packages/action-io/index.js';
import {
  ReferenceError,
  isValidTag,
  parseImageName,
  parseReference,
  type ImageName,
  type ImageReference,
} from '../../packages/image-ref/index.js';
import { parsePlatformList } from '../../packages/platforms/index.js';
import { gitAuthSecret, readBuildxFlagInputs, type BuildxFlagInputs } from './buildx-flag-inputs.js';
import { readPushByDigest } from './push-by-digest.js';
import { readSecretRefs, readSecrets, type SecretRef, type SecretValue } from './secret-inputs.js';

export const CACHE_TIERS = ['gha', 'registry', 'previous', 'inline', 'local'] as const;
export type CacheTier = (typeof CACHE_TIERS)[number];
export const DEFAULT_TIERS: CacheTier[] = ['gha', 'registry', 'previous', 'inline'];
export type CacheMode = 'max' | 'min';

export type { SecretRef, SecretValue } from './secret-inputs.js';

export interface BuildInputs extends BuildxFlagInputs {
  /** As given (a directory, or a git/https URL which is passed through). */
  context: string;
  /** The `file` input as given ('' = buildx's default `<context>/Dockerfile`). */
  file: string;
  /** The Dockerfile that will be used, resolved against the workspace ('' for remote contexts). */
  dockerfile: string;
  target: string;
  tags: string[];
  labels: string[];
  annotations: string[];
  buildArgs: string[];
  buildContexts: string[];
  platforms: string[];
  /** true with push-by-digest, which pushes. */
  push: boolean;
  /** Push one platform to each name in images by digest only (no tags). */
  pushByDigest: boolean;
  load: boolean;
  provenance: string;
  sbom: string;
  secrets: SecretValue[];
  secretFiles: SecretRef[];
  secretEnvs: SecretRef[];
  ssh: string[];
  builder: string;
  noCache: boolean;
  pull: boolean;
  outputs: string[];
  network: string;
  shmSize: string;
  ulimit: string[];
  cacheFrom: string[];
  cacheTo: string[];
  images: ImageName[];
  tagRules: string;
  flavor: string;
  cache: CacheTier[];
  cacheScope: string;
  cacheRef: string;
  cacheMode: CacheMode;
  cachePreviousTag: string;
  retries: number;
  builderSetup: 'auto' | 'false';
}

const SIZE_RE = /^\d+(\.\d+)?\s*[bkmg]?b?$/i;
const ULIMIT_RE = /^[a-z]+=-?\d+(:-?\d+)?$/;
const SCOPE_RE = /^[A-Za-z0-9_./-]+$/;

export function isRemoteContext(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || context === '-';
}

/** serverUrl: GITHUB_SERVER_URL, the host github-token is for. */
export function readBuildInputs(
  inputs: Inputs,
  workspace: string,
  serverUrl = 'https://github.com',
): BuildInputs {
  const context = inputs.string('context', '.');
  const file = inputs.string('file');
  const dockerfile = checkContextAndFile(context, file, workspace);
  const tags = inputs.list('tags');
  tags.forEach((tag) => reference('tags', tag, false));
  const cache = readCacheInputs(inputs);
  const shmSize = readShmSize(inputs);
  const ulimit = inputs.lines('ulimit');
  for (const limit of ulimit) {
    if (!ULIMIT_RE.test(limit))
      throw new InputError('ulimit', `"${limit}" is not type=soft[:hard] (e.g. nofile=1024:1024)`);
  }
  const secrets = readSecrets(inputs.raw('secrets'));
  const secretFiles = readSecretRefs(inputs, 'secret-files', 'ID=path', (v) => resolve(workspace, v));
  const secretEnvs = readSecretRefs(inputs, 'secret-envs', 'ID=ENV_VAR', (v) => v);
  const token = inputs.string('github-token');
  const gitAuth = gitAuthSecret(token, context, serverUrl, [...secrets, ...secretFiles, ...secretEnvs]);
  const images = inputs.list('images').map((name) => imageName(name));
  const platforms = readPlatforms(inputs);
  return {
    context,
    file,
    dockerfile,
    target: inputs.string('target'),
    tags,
    labels: inputs.lines('labels'),
    annotations: inputs.lines('annotations'),
    buildArgs: inputs.lines('build-args'),
    buildContexts: inputs.lines('build-contexts'),
    platforms,
    ...readDestinations(inputs, images, tags, platforms),
    provenance: inputs.string('provenance'),
    sbom: inputs.string('sbom'),
    secrets: gitAuth ? [...secrets, gitAuth] : secrets,
    secretFiles,
    secretEnvs,
    ssh: inputs.list('ssh'),
    builder: readBuilderName(inputs),
    noCache: inputs.boolean('no-cache', false),
    pull: inputs.boolean('pull', false),
    network: inputs.string('network'),
    shmSize,
    ulimit,
    images,
    tagRules: inputs.raw('tag-rules'),
    flavor: inputs.raw('flavor'),
    retries: inputs.integer('retries', 2, { min: 0, max: 10 }),
    builderSetup: inputs.choice('builder-setup', ['auto', 'false'] as const, 'auto'),
    ...cache,
    ...readBuildxFlagInputs(inputs),
  };
}

/** Where the image goes: push (by tag or by digest), load, raw outputs. */
function readDestinations(
  inputs: Inputs,
  images: ImageName[],
  tags: string[],
  platforms: string[],
): Pick<BuildInputs, 'push' | 'pushByDigest' | 'load' | 'outputs'> {
  const load = inputs.boolean('load', false);
  const outputs = inputs.lines('outputs');
  const pushByDigest = readPushByDigest(inputs, { images, tags, platforms, load, outputs });
  return { push: inputs.boolean('push', false) || pushByDigest, pushByDigest, load, outputs };
}

type CacheInputs = Pick<
  BuildInputs,
  'cache' | 'cacheScope' | 'cacheRef' | 'cacheMode' | 'cachePreviousTag' | 'cacheFrom' | 'cacheTo'
>;

function readCacheInputs(inputs: Inputs): CacheInputs {
  const cacheRef = inputs.string('cache-ref');
  if (cacheRef) {
    const ref = reference('cache-ref', cacheRef, true);
    if (ref.digest || !ref.tag)
      throw new InputError('cache-ref', `"${cacheRef}" must be name:tag (no digest)`);
  }
  const cachePreviousTag = inputs.string('cache-previous-tag', 'latest');
  if (!isValidTag(cachePreviousTag)) {
    throw new InputError(
      'cache-previous-tag',
      `"${cachePreviousTag}" is not a valid tag (allowed: [A-Za-z0-9_.-], at most 128)`,
    );
  }
  const cacheScope = inputs.string('cache-scope');
  if (cacheScope && !SCOPE_RE.test(cacheScope)) {
    throw new InputError(
      'cache-scope',
      `"${cacheScope}" may only contain letters, digits, '_', '.', '-' and '/'`,
    );
  }
  return {
    cache: readTiers(inputs),
    cacheScope,
    cacheRef,
    cacheMode: inputs.choice('cache-mode', ['max', 'min'] as const, 'max'),
    cachePreviousTag,
    cacheFrom: inputs.lines('cache-from'),
    cacheTo: inputs.lines('cache-to'),
  };
}

function readShmSize(inputs: Inputs): string {
  const shmSize = inputs.string('shm-size');
  if (shmSize && !SIZE_RE.test(shmSize)) {
    throw new InputError(
      'shm-size',
      `"${shmSize}" is not a size (allowed: a number with an optional unit b, k, m or g, e.g. 2g)`,
    );
  }
  return shmSize;
}

function reference(input: string, text: string, requireTag: boolean): ImageReference {
  try {
    return parseReference(text, { requireTagOrDigest: requireTag });
  } catch (error) {
    if (error instanceof ReferenceError) throw new InputError(input, error.message);
    throw error;
  }
}

function imageName(text: string): ImageName {
  try {
    return parseImageName(text);
  } catch (error) {
    if (error instanceof ReferenceError) throw new InputError('images', error.message);
    throw error;
  }
}

/** The context must exist (unless remote) and the Dockerfile too; both are checked up front. */
function checkContextAndFile(context: string, file: string, workspace: string): string {
  if (isRemoteContext(context)) return file && file !== '-' ? resolve(workspace, file) : '';
  const contextDir = resolve(workspace, context);
  if (!existsSync(contextDir) || !statSync(contextDir).isDirectory()) {
    throw new InputError('context', `"${context}" is not a directory (looked for ${contextDir})`);
  }
  if (file === '-') return '';
  // buildx resolves a relative `file` against the working directory, not the context.
  const dockerfile = file
    ? isAbsolute(file)
      ? file
      : resolve(workspace, file)
    : join(contextDir, 'Dockerfile');
  if (!existsSync(dockerfile) || !statSync(dockerfile).isFile()) {
    throw new InputError(
      'file',
      `Dockerfile "${file || join(context, 'Dockerfile')}" not found (looked for ${dockerfile})`,
    );
  }
  return dockerfile;
}

/** The platforms as written (buildx reads them itself); the first malformed one is the error. */
function readPlatforms(inputs: Inputs): string[] {
  const platforms = inputs.list('platforms');
  const [bad] = parsePlatformList(platforms).bad;
  if (bad !== undefined) {
    throw new InputError('platforms', `"${bad}" is not os/arch[/variant] (e.g. linux/amd64, linux/arm64/v8)`);
  }
  return platforms;
}

function readTiers(inputs: Inputs): CacheTier[] {
  const words = inputs.list('cache').map((w) => w.toLowerCase());
  if (words.length === 0) return [...DEFAULT_TIERS];
  if (words.length === 1 && (words[0] === 'none' || words[0] === 'false')) return [];
  const tiers: CacheTier[] = [];
  for (const word of words) {
    const tier = CACHE_TIERS.find((t) => t === word);
    if (!tier)
      throw new InputError('cache', `unknown tier "${word}" (allowed: ${CACHE_TIERS.join(', ')}, or none)`);
    if (!tiers.includes(tier)) tiers.push(tier);
  }
  return tiers;
}

/** A buildx builder name (passed to `docker buildx inspect`): never an option, never two words. */
const BUILDER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
function readBuilderName(inputs: Inputs): string {
  const name = inputs.string('builder');
  if (name && !BUILDER_NAME.test(name))
    throw new InputError(
      'builder',
      `"${name}" is not a builder name (allowed: letters, digits, '.', '_', '-'; not starting with '-')`,
    );
  return name;
}
