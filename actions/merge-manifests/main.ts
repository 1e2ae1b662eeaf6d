// Entry point of merge-manifests (bundled to dist/merge-manifests/index.js).
import { runAction } from '../../packages/action-io/index.js';
import { readInputs } from './inputs.js';
import { run } from './run.js';

// No top-level await: it would make the bundle an async module (more runtime code to start).
void runAction({ readInputs, run });
