// Post step of free-disk-space (bundled to dist/free-disk-space/post/index.js): waits for the
// background deleter, if main started one, and reports how it went. Never fails the job.
import { core } from '../../packages/action-io/index.js';
import { finishBackground } from './finish.js';

try {
  await finishBackground((name) => core.getState(name));
} catch (error) {
  core.warning(`free-disk-space post step: ${(error as Error).message}`);
}
