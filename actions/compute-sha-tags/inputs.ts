// Every input of compute-sha-tags, read and checked once into typed values (rules, flavor,
// labels parsed here, never again): a bad value fails here, before any git, API or output work,
// with one error naming the input.
import { Inputs, InputError } from '../../packages/action-io/index.js';
import {
  parseTagRulesInput,
  SHA_LENGTH,
  SHA_OVERRIDE,
  type ParsedTagRules,
} from '../../packages/image-tags/index.js';

export interface ComputeShaTagsInputs {
  /** Images (normalised), tag rules, flavor, sha length, labels and annotations, parsed. */
  rules: ParsedTagRules;
  /** Lower-cased commit override, or undefined. */
  sha?: string;
  prHeadSha: boolean;
  githubToken: string;
}

export function readInputs(
  _env: NodeJS.ProcessEnv = process.env,
  inputs = new Inputs(),
): ComputeShaTagsInputs {
  const rules = parseTagRulesInput({
    images: inputs.list('images'),
    tagRules: inputs.raw('tags'),
    flavor: inputs.raw('flavor'),
    shaLength: inputs.integer('sha-length', SHA_LENGTH.default, SHA_LENGTH),
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
    prHeadSha: inputs.boolean('pr-head-sha', true),
    githubToken: inputs.string('github-token'),
  };
}
