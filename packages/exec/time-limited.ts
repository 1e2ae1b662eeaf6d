// A short-lived helper program whose whole output is its answer (a Docker credential helper):
// input on stdin, stdout and stderr collected up to a size limit, ended after a time limit.
// Beside ./index.ts (the streaming runner the build uses), with the same spawn rules: an
// argument array, never a shell.
import { spawn } from 'node:child_process';
import { SpawnError } from './index.js';

export interface TimeLimitedOptions {
  /** The child's whole environment (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Written to the child's standard input, then closed. */
  input?: string;
  /** The child is killed (SIGTERM) after this long. */
  timeoutMs: number;
  /** Output beyond this many bytes (each of stdout, stderr) is dropped (default 1 MiB). */
  maxOutputBytes?: number;
}

export interface TimeLimitedResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Killed at the time limit. */
  timedOut: boolean;
}

/** Runs `command` to completion or its time limit; rejects with SpawnError when it cannot start. */
export function runWithTimeLimit(
  command: string,
  args: readonly string[],
  opts: TimeLimitedOptions,
): Promise<TimeLimitedResult> {
  const limit = opts.maxOutputBytes ?? 1 << 20;
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      env: opts.env ?? process.env,
      shell: false,
      windowsHide: true,
      timeout: opts.timeoutMs,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const output = { stdout: '', stderr: '' };
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream]?.setEncoding('utf8').on('data', (chunk: string) => {
        if (output[stream].length < limit) output[stream] += chunk.slice(0, limit - output[stream].length);
      });
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new SpawnError(command, error.code, `cannot run ${command}: ${error.message}`));
    });
    child.stdin?.on('error', () => undefined); // a child that exits without reading its input
    child.stdin?.end(opts.input);
    const finish = (code: number | null) =>
      resolve({ exitCode: code ?? 128, ...output, timedOut: child.killed });
    child.on('close', finish);
    // Killed at the limit: answer now, even if a grandchild still holds its output open.
    child.on('exit', (code) => {
      if (!child.killed) return;
      child.stdout?.destroy();
      child.stderr?.destroy();
      finish(code);
    });
  });
}
