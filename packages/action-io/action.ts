// The one skeleton every action's main.ts (and post.ts) uses: read the inputs once into a typed
// value, run, then write what the run returned (outputs, saved state, job summary) and turn a
// failure into exactly one ::error:: line and exit code 1, with no stack trace. `run` itself never
// writes outputs, state or the summary: it returns them, so unit tests call it and look.
import { core } from './core.js';
import { ActionError, reportFailure } from './run.js';
import { setOutputs, type OutputValue } from './outputs.js';
import { abandonedRequests } from '../time-limit/index.js';

export interface ActionResult {
  /** Step outputs; lists become one item per line, objects JSON. */
  outputs?: Record<string, OutputValue>;
  /** Environment variables for the job's later steps (`core.exportVariable`). */
  env?: Record<string, string>;
  /** Values for the post step (`core.saveState`). */
  state?: Record<string, string>;
  /** Markdown/HTML appended to the job summary (see summaryMarkup). */
  summary?: string;
  /** When set, the step fails with this message after the outputs and summary are written. */
  failure?: string;
}

export interface ActionDefinition<I> {
  /** Reads and checks every input; throws InputError (named input, what is allowed). */
  readInputs: (env: NodeJS.ProcessEnv) => I | Promise<I>;
  run: (inputs: I, env: NodeJS.ProcessEnv) => Promise<ActionResult>;
}

/** Writes a result the way the runner expects; exported for the few callers with two phases. */
export async function writeResult(result: ActionResult): Promise<void> {
  if (result.outputs) setOutputs(result.outputs);
  for (const [name, value] of Object.entries(result.state ?? {})) core.saveState(name, value);
  for (const [name, value] of Object.entries(result.env ?? {})) core.exportVariable(name, value);
  // A local run has no summary file: the summary is then left out, never an error.
  if (result.summary && process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(result.summary, !result.summary.endsWith('\n')).write();
  if (result.failure !== undefined) reportFailure(new ActionError(result.failure));
}

/** Runs one action phase; never throws. Ends the process if a request was abandoned at its limit. */
export async function runAction<I>(action: ActionDefinition<I>, env = process.env): Promise<void> {
  try {
    const inputs = await action.readInputs(env);
    await writeResult(await action.run(inputs, env));
  } catch (error) {
    reportFailure(error);
  }
  // A request abandoned at its time limit (the server never answered) can leave a socket that
  // keeps Node alive after the work is done; only then, end the process explicitly.
  if (abandonedRequests() > 0) process.exit();
}
