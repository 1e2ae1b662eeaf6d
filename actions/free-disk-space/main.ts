// Entry point of free-disk-space (bundled to dist/free-disk-space/index.js). Background mode's
// detached deleter is its own bundle (worker.ts), the post step another (post.ts).
import { runAction } from '../../packages/action-io/index.js';
import { readInputs } from './inputs.js';
import { run } from './run.js';

// No top-level await: it would make the bundle an async module (more runtime code to start).
void runAction({ readInputs, run });
