// Entry point of append-image-digests-to-release (bundled to dist/append-image-digests-to-release/index.js).
import { Inputs, runMain, setOutputs } from '../../packages/action-io/index.js';
import { readInputs } from './inputs.js';
import { run } from './run.js';

await runMain(async () => {
  const inputs = readInputs(new Inputs(), process.env);
  setOutputs((await run(inputs, { env: process.env })).outputs);
});
