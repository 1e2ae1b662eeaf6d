// Post step of free-disk-space (bundled to dist/free-disk-space/post/index.js): waits for the
// background deleter, if main started one, and reports how it went. Never fails the job.
import { runAction } from '../../packages/action-io/index.js';
import { finish } from './finish.js';
import { readPostState } from './post-state.js';

// No top-level await: it would make the bundle an async module (more runtime code to start).
void runAction({ readInputs: () => readPostState(), run: finish });
