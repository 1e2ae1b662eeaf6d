// Image tags, labels and annotations from docker/metadata-action-style rules: the engine behind
// the compute-sha-tags action, also called in-process by the build action.
export {
  buildDate,
  isDefaultBranch,
  readEventPayload,
  readGitContext,
  readMetadataEnv,
  SHA_LENGTH,
  SHA_OVERRIDE,
  type GitContext,
  type MetadataEnv,
  type RefType,
} from './context.js';
export { checkDateFormat, checkTimeZone, DATE_TOKENS, formatDate } from './dates.js';
export { parseFlavor, type Flavor, type LatestMode } from './flavor.js';
export { parseImageEntries, parseImages, type ImageEntry } from './images.js';
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
export { ANNOTATION_LEVELS, parseAnnotationLevels } from './annotation-levels.js';
export {
  joinList,
  levelledAnnotations,
  metadataActionJson,
  metadataActionOutputs,
  outputEnvEntries,
  type MetadataActionJson,
  type OutputOptions,
} from './outputs.js';
export { formatPep440, parsePep440, type Pep440Version } from './pep440.js';
export { DEFAULT_TAG_RULES, parseTagRules, type RuleType, type TagRule } from './rules.js';
export { parseVersion } from './semver-pattern.js';
