// Every input of compute-sha-tags, read and checked once into typed values (rules, flavor,
// labels parsed here, never again): a bad value fails here, before any git, API or output work,
// with one error naming the input.
import { Inputs, InputError } from '../../packages/action-io/index.js';
import {
  parseTagRulesInput,
  readMetadataEnv,
  SHA_LENGTH,
  SHA_OVERRIDE,
  type OutputOptions,
  type ParsedTagRules,
} from '../../packages/image-tags/index.js';

export interface ComputeShaTagsInputs {
  /** Images (normalised), tag rules, flavor, sha length, labels and annotations, parsed. */
  rules: ParsedTagRules;
  /** Lower-cased commit override, or undefined. */
  sha?: string;
  prHeadSha: boolean;
  githubToken: string;
  /** Output separators and annotation levels (metadata-action's sep-* and DOCKER_METADATA_*). */
  output: OutputOptions;
  /** Export DOCKER_METADATA_OUTPUT_<NAME> for later steps. */
  setOutputEnv: boolean;
}

/** A separator input, exactly as given (`, ` keeps its space); empty means a newline. */
function separator(inputs: Inputs, name: string): string {
  const text = inputs.untrimmed(name);
  return text === '' ? '\n' : text;
}

export function readInputs(
  env: NodeJS.ProcessEnv = process.env,
  inputs = new Inputs(),
): ComputeShaTagsInputs {
  const fromEnv = readMetadataEnv(env);
  const rules = parseTagRulesInput({
    // Lines, not a comma list: `name=...,enable=...` holds commas (a plain line may list several names).
    images: inputs.lines('images'),
    tagRules: inputs.raw('tags'),
    flavor: inputs.raw('flavor'),
    shaLength: inputs.integer('sha-length', fromEnv.shortShaLength ?? SHA_LENGTH.default, SHA_LENGTH),
    labels: inputs.lines('labels'),
    annotations: inputs.lines('annotations'),
  });
  const sha = inputs.string('sha');
  if (sha !== '' && !SHA_OVERRIDE.test(sha)) {
    throw new InputError('sha', `"${sha}" is not a commit id (allowed: 7 to 40 hexadecimal digits)`);
  }
  return {
    rules,
    sha: sha === '' ? undefined : sha.toLowerCase(),
    prHeadSha: inputs.boolean('pr-head-sha', fromEnv.prHeadSha ?? true),
    githubToken: inputs.string('github-token'),
    output: {
      sepTags: separator(inputs, 'sep-tags'),
      sepLabels: separator(inputs, 'sep-labels'),
      sepAnnotations: separator(inputs, 'sep-annotations'),
      // Levelled (`manifest:key=value`) only when asked for: the plain form is this action's own.
      annotationLevels: env.DOCKER_METADATA_ANNOTATIONS_LEVELS?.trim() ? fromEnv.annotationLevels : undefined,
    },
    setOutputEnv: fromEnv.setOutputEnv,
  };
}
