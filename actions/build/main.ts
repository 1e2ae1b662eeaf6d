// Entry point of the build action (bundled to dist/build/index.js).
import { existsSync, readFileSync } from 'node:fs';
import { Inputs, runMain, setOutputs } from '../../packages/action-io/index.js';
import { readBuildInputs } from './inputs.js';
import { runBuild } from './run.js';

await runMain(async () => {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readBuildInputs(new Inputs(), workspace);
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const event =
    eventPath && existsSync(eventPath)
      ? (JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>)
      : {};
  setOutputs(await runBuild(inputs, { env: process.env, workspace, event }));
});
