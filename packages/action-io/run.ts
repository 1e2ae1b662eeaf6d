// How a failure reaches the user: exactly one ::error:: line and exit code 1 (runAction calls it);
// a stack trace is shown only with step debug logging on, and only for unexpected errors.
import { core } from './core.js';
import { InputError } from './inputs.js';
import { neutralize } from './log.js';

/** An expected failure whose message is complete for the user (no stack trace needed). */
export class ActionError extends Error {
  override name = 'ActionError';
}

export function reportFailure(error: unknown): void {
  const err = error instanceof Error ? error : new Error(String(error));
  // Error messages quote inputs, tool output and server answers: none of it may act as a command.
  if (!(err instanceof InputError) && !(err instanceof ActionError) && err.stack)
    core.debug(neutralize(err.stack));
  core.setFailed(neutralize(err.message));
  process.exitCode = 1;
}
