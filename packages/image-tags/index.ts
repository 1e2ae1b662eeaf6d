// Image tags, labels and annotations from docker/metadata-action-style rules: the engine behind
// the compute-sha-tags action, also called in-process by the build action.
export { buildDate, isDefaultBranch, readGitContext, type GitContext, type RefType } from './context.js';
export { parseFlavor, type Flavor, type LatestMode } from './flavor.js';
export { parseImages } from './images.js';
export { parseEntries } from './labels.js';
export { decideAutoLatest, higherStableTag } from './latest.js';
export {
  computeImageMetadata,
  computeParsedMetadata,
  parseTagRulesInput,
  type ImageMetadata,
  type ParsedTagRules,
  type ImageMetadataJson,
  type TagRulesInput,
} from './metadata.js';
export { DEFAULT_TAG_RULES, parseTagRules, type TagRule } from './rules.js';
export { parseVersion } from './semver-pattern.js';

/** A `sha` input: 7 to 40 hex digits (a commit id, possibly abbreviated). */
export const SHA_OVERRIDE = /^[0-9a-fA-F]{7,40}$/;
export const SHA_LENGTH = { min: 4, max: 40, default: 7 } as const;
