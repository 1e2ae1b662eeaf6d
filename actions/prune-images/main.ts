// Entry point of prune-images (bundled to dist/prune-images/index.js).
import { runAction } from '../../packages/action-io/index.js';
import { readInputs } from './inputs.js';
import { run } from './run.js';

// No top-level await: it would make the bundle an async module (more runtime code to start).
void runAction({ readInputs, run });
