// Tags and labels: the `tags` input as given, or, when it is empty, computed in-process from
// `images` + `tag-rules` + `flavor` by the same engine as compute-sha-tags (one step instead of two).
import { InputError } from '../../packages/action-io/index.js';
import {
  buildDate,
  computeImageMetadata,
  readGitContext,
  SHA_LENGTH,
} from '../../packages/image-tags/index.js';
import type { BuildInputs } from './inputs.js';

export interface ResolvedTags {
  tags: string[];
  labels: string[];
  /** Where the tags came from, for the log and summary. */
  source: 'tags' | 'images' | 'none';
  notices: string[];
  warnings: string[];
}

export function resolveTags(
  inputs: BuildInputs,
  env: Record<string, string | undefined>,
  event: Record<string, unknown>,
): ResolvedTags {
  if (inputs.pushByDigest)
    return { ...computeTags(inputs, env, event, false), tags: [], source: 'none', notices: [] };
  if (inputs.tags.length > 0 || inputs.images.length === 0) {
    if (inputs.push && inputs.tags.length === 0 && !inputs.outputs.some((o) => /(^|,)name=/.test(o))) {
      throw new InputError('tags', 'push: true needs tags, or images to compute them from');
    }
    return {
      tags: inputs.tags,
      labels: inputs.labels,
      source: inputs.tags.length > 0 ? 'tags' : 'none',
      notices: [],
      warnings: [],
    };
  }
  return computeTags(inputs, env, event, inputs.push);
}

/**
 * Tags and OCI labels from images + tag-rules + flavor (push-by-digest keeps only the labels);
 * `needTags`: no tag is an error (nothing to push).
 */
function computeTags(
  inputs: BuildInputs,
  env: Record<string, string | undefined>,
  event: Record<string, unknown>,
  needTags: boolean,
): ResolvedTags {
  const created = buildDate(env);
  if (typeof created === 'string') throw new InputError('SOURCE_DATE_EPOCH', created);
  try {
    const ctx = readGitContext(env, event, { prHeadSha: true });
    const meta = computeImageMetadata(
      {
        images: inputs.images.map((i) => i.name),
        tagRules: inputs.tagRules,
        flavor: inputs.flavor,
        shaLength: SHA_LENGTH.default,
        labels: inputs.labels,
        annotations: [],
        created,
      },
      ctx,
    );
    if (needTags && meta.tags.length === 0) {
      throw new InputError(
        'tag-rules',
        `no rule produced a tag for this ${ctx.eventName || 'event'}; nothing to push`,
      );
    }
    return {
      tags: meta.tags,
      labels: meta.labels,
      source: 'images',
      notices: meta.notices,
      warnings: meta.warnings,
    };
  } catch (error) {
    // The engine names compute-sha-tags' input `tags`; here the rules live in `tag-rules`.
    if (error instanceof InputError && error.input === 'tags')
      throw new InputError('tag-rules', error.problem);
    throw error;
  }
}
