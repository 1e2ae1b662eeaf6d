// Entry point of the build action (bundled to dist/build/index.js).
import { runAction } from '../../packages/action-io/index.js';
import { readInputs } from './action-inputs.js';
import { runBuild } from './run.js';

await runAction({ readInputs, run: runBuild });
