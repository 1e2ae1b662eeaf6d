// Entry point of append-image-digests-to-release (bundled to dist/append-image-digests-to-release/index.js).
import { Inputs, neutralize, runMain, setOutputs } from '../../packages/action-io/index.js';
import { abandonedRequests } from '../../packages/time-limit/index.js';
import { readInputs } from './inputs.js';
import { run } from './run.js';

await runMain(async () => {
  try {
    const inputs = await readInputs(new Inputs(), process.env);
    setOutputs((await run(inputs, { env: process.env })).outputs);
  } catch (error) {
    // Messages can quote a tag, a registry's or GitHub's error text: never let them act as commands.
    if (error instanceof Error) error.message = neutralize(error.message);
    throw error;
  }
});

// A request abandoned at its time limit (the server never answered) can leave a socket that
// keeps Node alive after the work is done; only then, end the process explicitly.
if (abandonedRequests() > 0) process.exit();
