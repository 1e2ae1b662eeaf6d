// Entry point of compute-sha-tags (bundled to dist/compute-sha-tags/index.js).
import { runMain } from '../../packages/action-io/index.js';
import { abandonedRequests } from '../../packages/time-limit/index.js';
import { readInputs } from './inputs.js';
import { computeShaTags } from './run.js';

// No top-level await: it would make the bundle an async module (more runtime code to start).
void runMain(async () => {
  await computeShaTags(readInputs(), process.env);
}).then(() => {
  // A GitHub API request abandoned at its time limit can leave a socket that keeps Node alive
  // after the work is done; only then, end the process explicitly.
  if (abandonedRequests() > 0) process.exit();
});
