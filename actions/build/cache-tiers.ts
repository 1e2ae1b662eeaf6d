// Cache tiers -> buildx --cache-from / --cache-to entries. Pure: the caller decides which tiers
// cannot work here (no gha runtime, a builder that cannot export) and whether the tiers may only
// read (readOnlyCacheReason: push false, or a pull request) and passes that in.
import { createHash } from 'node:crypto';
import type { ImageName } from '../../packages/image-ref/index.js';
import type { BuildInputs, CacheTier } from './inputs.js';

/** Tiers that need the builder to export cache (the plain docker driver cannot). */
export const EXPORTING_TIERS: readonly CacheTier[] = ['gha', 'registry', 'local'];

export interface CachePlanContext {
  /** Image names the build produces; the first names the registry cache and `previous`. */
  images: ImageName[];
  /** The local tier's directories: read from `src`, write a fresh cache to `dest` (rotation). */
  localDir?: { src: string; dest: string };
  /** Tiers that cannot work in this run, with the reason (shown as a warning). */
  dropped?: Partial<Record<CacheTier, string>>;
  /** Set when the builder cannot export cache at all: user cache-to entries are dropped too. */
  dropUserCacheTo?: string;
  /**
   * Why the tiers may only read (see readOnlyCacheReason): no tier exports; `cache-to` entries the
   * user gives are still written. Undefined: tiers export as usual.
   */
  readOnly?: string;
}

/** Events whose builds run code from a pull request (also from forks, for pull_request_target). */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/**
 * Why the cache tiers must not export in this run, or undefined: a build that pushes nothing
 * (`push: false`) or runs for a pull request must not overwrite the cache the next release build
 * reads (a same-repository PR could otherwise plant layers in the shared registry cache).
 * `eventName` is GITHUB_EVENT_NAME.
 */
export function readOnlyCacheReason(
  inputs: Pick<BuildInputs, 'push' | 'outputs'>,
  eventName: string | undefined,
): string | undefined {
  if (eventName && PULL_REQUEST_EVENTS.has(eventName)) return `the build runs for a ${eventName} event`;
  const pushes = inputs.push || inputs.outputs.some((o) => /(^|,)(type=registry|push=true)(,|$)/.test(o));
  if (!pushes) return 'the build does not push (push: false)';
  return undefined;
}

export interface TierUse {
  tier: CacheTier;
  from?: string;
  to?: string;
}

export interface CachePlan {
  scope: string;
  /** The registry tier's cache image ('' when there is no image to derive it from). */
  ref: string;
  cacheFrom: string[];
  cacheTo: string[];
  tiers: TierUse[];
  skipped: { tier: CacheTier | 'cache-to'; reason: string }[];
  notes: string[];
}

const MAX_SCOPE = 100;

/** `ghcr.io/org/app` + target `api` + `linux/amd64` -> `org-app-api-linux-amd64`. */
export function defaultScope(
  inputs: Pick<BuildInputs, 'target' | 'platforms' | 'context' | 'file'>,
  image?: ImageName,
): string {
  const name = image
    ? image.repository.replace(/^library\//, '')
    : `${inputs.context}/${inputs.file || 'Dockerfile'}`;
  const parts = [name, inputs.target, ...[...inputs.platforms].sort()].filter((p) => p !== '');
  return scopeText(parts.join('-'));
}

/** Any text -> a scope that is also valid inside a tag; long ones keep a hash of the whole. */
export function scopeText(text: string): string {
  const clean = text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '');
  if (clean.length <= MAX_SCOPE) return clean || 'build';
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return `${clean.slice(0, MAX_SCOPE - 9).replace(/-+$/, '')}-${hash}`;
}

export function isEcrHost(registry: string): boolean {
  return /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?(:\d+)?$/i.test(registry);
}

/** True when the build produces an image that an inline cache can travel in. */
export function exportsImage(inputs: Pick<BuildInputs, 'push' | 'load' | 'outputs'>): boolean {
  return (
    inputs.push ||
    inputs.load ||
    inputs.outputs.some((o) => /(^|,)type=(image|registry|docker|oci)(,|$)/.test(o))
  );
}

/** A bare `name:tag` cache entry means a registry cache, as buildx reads it. */
function normaliseEntry(entry: string): string {
  return entry.includes('=') ? entry : `type=registry,ref=${entry}`;
}

/** Every cache export gets ignore-error=true: a failed export must not fail a pushed build. */
export function tolerantCacheTo(entry: string): string {
  const normal = normaliseEntry(entry);
  if (/(^|,)type=inline(,|$)/.test(normal) || /(^|,)ignore-error=/.test(normal)) return normal;
  return `${normal},ignore-error=true`;
}

/** The scope in force: `cache-scope`, else derived from the first image, target and platforms. */
export function cacheScope(inputs: BuildInputs, images: ImageName[]): string {
  return inputs.cacheScope || defaultScope(inputs, images[0]);
}

export function planCache(inputs: BuildInputs, ctx: CachePlanContext): CachePlan {
  const image = ctx.images[0];
  const scope = cacheScope(inputs, ctx.images);
  const ref =
    inputs.cacheRef || (image ? `${image.name}:${`buildcache-${scopeText(scope)}`.slice(0, 128)}` : '');
  const mode = inputs.cacheMode;
  const plan: CachePlan = { scope, ref, cacheFrom: [], cacheTo: [], tiers: [], skipped: [], notes: [] };

  const withheld: CacheTier[] = [];
  for (const tier of inputs.cache) {
    const dropped = ctx.dropped?.[tier];
    if (dropped) {
      plan.skipped.push({ tier, reason: dropped });
      continue;
    }
    const entries = tierEntries(tier, inputs, { scope, ref, mode, image, localDir: ctx.localDir }, plan);
    if (!entries) continue;
    if (ctx.readOnly && entries.to) {
      withheld.push(tier);
      if (!entries.from) {
        plan.skipped.push({ tier, reason: `read-only cache: ${ctx.readOnly}` });
        continue;
      }
    }
    const use = ctx.readOnly ? { tier, from: entries.from } : entries;
    plan.tiers.push(use);
    if (use.from) plan.cacheFrom.push(use.from);
    if (use.to) plan.cacheTo.push(use.to);
  }
  if (withheld.length > 0) {
    plan.notes.push(
      `cache is read-only (${ctx.readOnly}): nothing exported for ${withheld.join(', ')}; give cache-to to export anyway`,
    );
  }
  plan.cacheFrom.push(...inputs.cacheFrom.map(normaliseEntry));
  if (ctx.dropUserCacheTo && inputs.cacheTo.length > 0) {
    plan.skipped.push({ tier: 'cache-to', reason: ctx.dropUserCacheTo });
  } else {
    plan.cacheTo.push(...inputs.cacheTo.map(tolerantCacheTo));
  }
  return plan;
}

interface TierSettings {
  scope: string;
  ref: string;
  mode: string;
  image?: ImageName;
  localDir?: { src: string; dest: string };
}

function tierEntries(
  tier: CacheTier,
  inputs: BuildInputs,
  s: TierSettings,
  plan: CachePlan,
): TierUse | undefined {
  const skip = (reason: string): undefined => {
    plan.skipped.push({ tier, reason });
    return undefined;
  };
  switch (tier) {
    case 'gha':
      return {
        tier,
        from: `type=gha,scope=${s.scope}`,
        to: `type=gha,scope=${s.scope},mode=${s.mode},ignore-error=true`,
      };
    case 'registry': {
      if (!s.ref) return skip('no image to store the cache beside (set images, tags or cache-ref)');
      const registry = s.ref.split('/')[0];
      const ecr = isEcrHost(registry) ? ',image-manifest=true,oci-mediatypes=true' : '';
      return {
        tier,
        from: `type=registry,ref=${s.ref}`,
        to: `type=registry,ref=${s.ref},mode=${s.mode},ignore-error=true${ecr}`,
      };
    }
    case 'previous':
      if (!s.image) return skip('no image to take the previous tag of (set images or tags)');
      return { tier, from: `type=registry,ref=${s.image.name}:${inputs.cachePreviousTag}` };
    case 'inline':
      if (!exportsImage(inputs))
        return skip('the build exports no image to carry an inline cache (push or load)');
      if (s.mode === 'max') {
        plan.notes.push(
          'inline cache supports mode=min only: it carries the final stage; other tiers keep mode=max',
        );
      }
      return { tier, to: 'type=inline' };
    case 'local':
      if (!s.localDir) return skip('no local cache directory');
      return {
        tier,
        from: `type=local,src=${s.localDir.src}`,
        to: `type=local,dest=${s.localDir.dest},mode=${s.mode},ignore-error=true`,
      };
  }
}
