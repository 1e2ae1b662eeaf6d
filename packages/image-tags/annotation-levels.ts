// The annotation levels of DOCKER_METADATA_ANNOTATIONS_LEVELS (buildx's `manifest`, `index`,
// `manifest-descriptor`, `index-descriptor`), checked once; shared by the environment reader and
// the output formatting.
import { InputError } from '../action-io/inputs.js';

/** buildx's annotation levels; a level may name platforms: `manifest[linux/amd64]`. */
export const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'] as const;
const LEVEL = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[^\]]+\])?$/;
/** A key that already names its level (`index:org.example=1`), from the `annotations` input. */
export const LEVEL_PREFIX = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[^\]]+\])?:/;
export const ANNOTATION_LEVELS_VARIABLE = 'DOCKER_METADATA_ANNOTATIONS_LEVELS';

/** The comma-separated levels of DOCKER_METADATA_ANNOTATIONS_LEVELS (empty: manifest). */
export function parseAnnotationLevels(text: string | undefined): string[] {
  // Commas inside a platform list (`manifest[linux/amd64,linux/arm64]`) do not separate levels.
  const levels = (text ?? '')
    .split(/,(?![^[]*\])/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const level of levels) {
    if (!LEVEL.test(level)) {
      throw new InputError(
        ANNOTATION_LEVELS_VARIABLE,
        `"${level}" is not an annotation level (allowed: ${ANNOTATION_LEVELS.join(', ')}, each optionally with [platform,...])`,
      );
    }
  }
  return levels.length ? [...new Set(levels)] : ['manifest'];
}
