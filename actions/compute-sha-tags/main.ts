// Entry point of compute-sha-tags (bundled to dist/compute-sha-tags/index.js).
import { runMain } from '../../packages/action-io/index.js';
import { readInputs } from './inputs.js';
import { computeShaTags } from './run.js';

void runMain(async () => {
  await computeShaTags(readInputs(), process.env);
});
