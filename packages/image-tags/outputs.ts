// docker/metadata-action's output formats, as pure functions of computed metadata: lists joined by
// `sep-tags`/`sep-labels`/`sep-annotations`, annotations prefixed with their level (`manifest:`,
// `index:`, as DOCKER_METADATA_ANNOTATIONS_LEVELS selects), its `json` shape (tags array, labels
// map, annotations array) and the DOCKER_METADATA_OUTPUT_<NAME> environment entries. The actions
// write what these return; nothing here touches the runner.
import { LEVEL_PREFIX } from './annotation-levels.js';
import type { ImageMetadata } from './metadata.js';

export interface OutputOptions {
  /** Separators; `\n` when not given (metadata-action's default). */
  sepTags?: string;
  sepLabels?: string;
  sepAnnotations?: string;
  /** Levels for the annotations; `['manifest']` when not given. */
  annotationLevels?: string[];
}

/** A list output: the items joined by `separator` (one per line by default). */
export function joinList(items: string[], separator = '\n'): string {
  return items.join(separator);
}

/**
 * `key=value` annotation lines, each once per level as `<level>:key=value`; a line whose key
 * already names a level (from the `annotations` input) is kept as written.
 */
export function levelledAnnotations(lines: string[], levels: string[] = ['manifest']): string[] {
  const out: string[] = [];
  for (const level of levels) {
    for (const line of lines) if (!LEVEL_PREFIX.test(line)) out.push(`${level}:${line}`);
  }
  for (const line of lines) if (LEVEL_PREFIX.test(line)) out.push(line);
  return out;
}

export interface MetadataActionJson {
  tags: string[];
  'tag-names': string[];
  labels: Record<string, string>;
  annotations: string[];
}

/** metadata-action's `json` output: tags and tag names, labels map, annotations array (levelled). */
export function metadataActionJson(meta: ImageMetadata, levels?: string[]): MetadataActionJson {
  return {
    tags: meta.tags,
    'tag-names': meta.tagNames,
    labels: { ...meta.json.labels },
    annotations: levelledAnnotations(meta.annotations, levels),
  };
}

/** The outputs metadata-action users script against, as strings with its separators. */
export function metadataActionOutputs(
  meta: ImageMetadata,
  options: OutputOptions = {},
): Record<string, string> {
  const annotations = levelledAnnotations(meta.annotations, options.annotationLevels);
  return {
    version: meta.version,
    tags: joinList(meta.tags, options.sepTags),
    'tag-names': joinList(meta.tagNames, options.sepTags),
    labels: joinList(meta.labels, options.sepLabels),
    annotations: joinList(annotations, options.sepAnnotations),
    json: JSON.stringify(metadataActionJson(meta, options.annotationLevels)),
  };
}

/** `DOCKER_METADATA_OUTPUT_<NAME>` entries for outputs (`tag-names` -> `..._TAG_NAMES`). */
export function outputEnvEntries(outputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, value]) => [
      `DOCKER_METADATA_OUTPUT_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`,
      value,
    ]),
  );
}
