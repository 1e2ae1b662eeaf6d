// Every input of compute-sha-tags, read and checked once: a bad value fails here, before any
// git, API or output work, with one error naming the input.
import { Inputs, InputError } from '../../packages/action-io/index.js';
import {
  parseEntries,
  parseFlavor,
  parseImages,
  parseTagRules,
  SHA_LENGTH,
  SHA_OVERRIDE,
} from '../../packages/image-tags/index.js';

export interface ComputeShaTagsInputs {
  /** Normalised image names. */
  images: string[];
  /** Rule text as given (empty: the default rules). */
  tags: string;
  flavor: string;
  shaLength: number;
  /** Lower-cased commit override, or undefined. */
  sha?: string;
  prHeadSha: boolean;
  labels: string[];
  annotations: string[];
  githubToken: string;
}

export function readInputs(inputs = new Inputs()): ComputeShaTagsInputs {
  const images = parseImages(inputs.list('images'));
  const tags = inputs.raw('tags');
  parseTagRules(tags);
  const flavor = inputs.raw('flavor');
  parseFlavor(flavor);
  const shaLength = inputs.integer('sha-length', SHA_LENGTH.default, SHA_LENGTH);
  const sha = inputs.string('sha');
  if (sha !== '' && !SHA_OVERRIDE.test(sha)) {
    throw new InputError('sha', `"${sha}" is not a commit id (allowed: 7 to 40 hexadecimal digits)`);
  }
  const prHeadSha = inputs.boolean('pr-head-sha', true);
  const labels = inputs.lines('labels');
  parseEntries('labels', labels);
  const annotations = inputs.lines('annotations');
  parseEntries('annotations', annotations);
  return {
    images,
    tags,
    flavor,
    shaLength,
    sha: sha === '' ? undefined : sha.toLowerCase(),
    prHeadSha,
    labels,
    annotations,
    githubToken: inputs.string('github-token'),
  };
}
