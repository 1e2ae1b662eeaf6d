// Entry point of wait-for-manifests (bundled to dist/wait-for-manifests/index.js).
import { runMain } from '../../packages/action-io/index.js';
import { readInputs } from './inputs.js';
import { run } from './run.js';

await runMain(async () => {
  await run(await readInputs(), process.env);
});
