// The tags merge-manifests pushes the index under: the `tags` input (full references), or, when it
// is empty, computed in-process from `images` + `tag-rules` + `flavor` by the compute-sha-tags
// engine, as the build action does. Also the index annotations (`annotations` input).
import { InputError, type Inputs } from '../../packages/action-io/index.js';
import {
  parseReference,
  ReferenceError,
  type ImageName,
  type ImageReference,
} from '../../packages/image-ref/index.js';
import { LEVEL_PREFIX } from '../../packages/image-tags/annotation-levels.js';

type Env = Record<string, string | undefined>;

function parseTags(texts: string[]): ImageReference[] {
  return texts.map((text) => {
    try {
      const ref = parseReference(text);
      if (!ref.tag || ref.digest) throw new ReferenceError(`"${text}" must be name:tag (no digest)`);
      return ref;
    } catch (error) {
      if (error instanceof ReferenceError)
        throw new InputError('tags', `${error.message} (allowed: full references registry/name:tag)`);
      throw error;
    }
  });
}

/** The compute-sha-tags engine, loaded only when tags are computed (it is most of the start-up). */
async function computeTags(
  images: ImageName[],
  tagRules: string,
  flavor: string,
  env: Env,
): Promise<ImageReference[]> {
  const { buildDate, computeImageMetadata, readEventPayload, readGitContext, SHA_LENGTH } =
    await import('../../packages/image-tags/index.js');
  const created = buildDate(env);
  if (typeof created === 'string') throw new InputError('SOURCE_DATE_EPOCH', created);
  try {
    const ctx = readGitContext(env, readEventPayload(env), { prHeadSha: true });
    const meta = computeImageMetadata(
      {
        images: images.map((i) => i.name),
        tagRules,
        flavor,
        shaLength: SHA_LENGTH.default,
        labels: [],
        annotations: [],
        created,
      },
      ctx,
    );
    if (meta.tags.length === 0)
      throw new InputError('tag-rules', `no rule produced a tag for this ${ctx.eventName || 'event'}`);
    return meta.tags.map((t) => parseReference(t));
  } catch (error) {
    // The engine names compute-sha-tags' input `tags`; here the rules live in `tag-rules`.
    if (error instanceof InputError && error.input === 'tags')
      throw new InputError('tag-rules', error.problem);
    throw error;
  }
}

/** `tags`, or tags computed from `tag-rules` + `flavor` (default rules when both are empty). */
export async function readTags(inputs: Inputs, images: ImageName[], env: Env): Promise<ImageReference[]> {
  const tags = inputs.list('tags');
  const tagRules = inputs.raw('tag-rules');
  const flavor = inputs.raw('flavor');
  if (tags.length > 0) {
    if (tagRules.trim() || flavor.trim())
      throw new InputError('tags', 'give either tags or tag-rules/flavor, not both');
    return parseTags(tags);
  }
  return computeTags(images, tagRules, flavor, env);
}

const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * `annotations`: `key=value` lines for the index; `index:key=value` (metadata-action's form) too.
 * Lines for other levels (`manifest:`, `manifest-descriptor:`...) belong to the per-platform
 * builds and are skipped.
 */
export function readAnnotations(inputs: Inputs): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of inputs.lines('annotations')) {
    const level = LEVEL_PREFIX.exec(line);
    if (level && level[1] !== 'index') continue;
    const entry = level ? line.slice(level[0].length) : line;
    const eq = entry.indexOf('=');
    const key = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!ANNOTATION_KEY.test(key)) {
      throw new InputError(
        'annotations',
        `"${line.slice(0, 80)}" is not key=value (allowed: [index:]key=value, one per line)`,
      );
    }
    result[key] = entry.slice(eq + 1);
  }
  return result;
}
