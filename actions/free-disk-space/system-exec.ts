// How the docker, swap and apt targets run programs: argument arrays only, through `sudo -n` when
// the action is not root. Injected so unit tests can script the programs' answers.
import { run, type RunResult } from '../../packages/exec/index.js';
import type { Privilege } from './delete.js';

export type Exec = (command: string, args: string[], env?: Record<string, string>) => Promise<RunResult>;

export const realExec: Exec = (command, args, env) => run(command, args, { env });

/** `command args` as root: directly when root, through `sudo -n` otherwise. */
export function asRoot(exec: Exec, privilege: Privilege): Exec {
  return privilege === 'root' ? exec : (command, args, env) => exec('sudo', ['-n', command, ...args], env);
}

/** What a special target reports back to run.ts. */
export interface SpecialResult {
  status: string;
  /** Estimated or measured bytes, when the tool says. */
  bytes?: number;
  errors?: string[];
  /** What it touched, for the report's `paths`. */
  paths?: string[];
}

export function failure(what: string, result: RunResult): string[] {
  const lines = (result.stderr || result.stdout).split('\n').filter(Boolean).slice(-5);
  return [`${what} exited with code ${result.exitCode}`, ...lines];
}
