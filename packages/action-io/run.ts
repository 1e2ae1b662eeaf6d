// The one entry wrapper every action's main.ts uses: failures become exactly one ::error::
// line and exit code 1; a stack trace is shown only with step debug logging on.
import { core } from './core.js';
import { InputError } from './inputs.js';
import { neutralize } from './log.js';

/** An expected failure whose message is complete for the user (no stack trace needed). */
export class ActionError extends Error {
  override name = 'ActionError';
}

export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    reportFailure(error);
  }
}

export function reportFailure(error: unknown): void {
  const err = error instanceof Error ? error : new Error(String(error));
  // Error messages quote inputs, tool output and server answers: none of it may act as a command.
  if (!(err instanceof InputError) && !(err instanceof ActionError) && err.stack)
    core.debug(neutralize(err.stack));
  core.setFailed(neutralize(err.message));
  process.exitCode = 1;
}
