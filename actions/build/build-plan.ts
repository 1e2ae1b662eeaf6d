// Composes the pure pieces: resolved tags -> image names -> cache plan -> buildx argv. The runtime
// and the unit tests go through this same function.
import { parseReference, type ImageName } from '../../packages/image-ref/index.js';
import { buildxArgv, type ArgvContext } from './argv.js';
import { planCache, type CachePlan, type CachePlanContext } from './cache-tiers.js';
import type { BuildInputs } from './inputs.js';

export interface Resolved
  extends Omit<ArgvContext, 'cacheFrom' | 'cacheTo'>, Omit<CachePlanContext, 'images'> {}

export interface BuildPlan {
  images: ImageName[];
  cache: CachePlan;
  argv: string[];
}

/** Distinct image names of a tag list, in order (`a/b:1`, `a/b:2` -> `a/b`). */
export function imagesOfTags(tags: string[]): ImageName[] {
  const seen = new Map<string, ImageName>();
  for (const tag of tags) {
    const { registry, repository, name } = parseReference(tag, { requireTagOrDigest: false });
    if (!seen.has(name)) seen.set(name, { registry, repository, name });
  }
  return [...seen.values()];
}

/** The images a build is about: those of its tags, else the `images` input. */
export function imagesFor(inputs: Pick<BuildInputs, 'images'>, tags: string[]): ImageName[] {
  return tags.length > 0 ? imagesOfTags(tags) : inputs.images;
}

export function planBuild(inputs: BuildInputs, resolved: Resolved): BuildPlan {
  const images = imagesFor(inputs, resolved.tags);
  const cache = planCache(inputs, {
    images,
    localDir: resolved.localDir,
    dropped: resolved.dropped,
    dropUserCacheTo: resolved.dropUserCacheTo,
    readOnly: resolved.readOnly,
  });
  const argv = buildxArgv(inputs, { ...resolved, cacheFrom: cache.cacheFrom, cacheTo: cache.cacheTo });
  return { images, cache, argv };
}
