// Git contexts shared by the image-tags table tests (not a test file itself).
import type { GitContext, TagRulesInput } from '../packages/image-tags/index.js';

export const SHA = '0123456789abcdef0123456789abcdef01234567';
export const CREATED = new Date('2020-01-10T00:30:00Z');
export const push = (branch: string): GitContext => ({
  eventName: 'push',
  sha: SHA,
  ref: `refs/heads/${branch}`,
  refType: 'branch',
  branch,
  defaultBranch: 'main',
  repository: 'o/r',
  serverUrl: 'https://github.com',
});
export const tagPush = (tag: string): GitContext => ({
  ...push('main'),
  ref: `refs/tags/${tag}`,
  refType: 'tag',
  tag,
  branch: undefined,
});

/** A full computeImageMetadata input: one image, default rules and flavor, CREATED; `over` wins. */
export const rulesInput = (over: Partial<TagRulesInput> = {}): TagRulesInput => ({
  images: ['ghcr.io/o/r'],
  tagRules: '',
  flavor: '',
  shaLength: 7,
  labels: [],
  annotations: [],
  created: CREATED,
  ...over,
});
