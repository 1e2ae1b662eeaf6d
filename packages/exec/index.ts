// Runs a program from an argument array (never a shell), streaming its output line by line.
// The child gets this process's environment plus any overrides, so runner variables such as
// ACTIONS_RUNTIME_TOKEN reach tools (buildx reads them itself).
import { spawn } from 'node:child_process';

export interface RunOptions {
  /** Added to (and overriding) process.env; a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Written to the child's standard input, then closed. */
  input?: string;
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Keep the whole stdout / stderr text in the result (default true; off for chatty programs). */
  capture?: boolean;
}

export interface RunResult {
  exitCode: number;
  /** Set when the program was ended by a signal. */
  signal?: NodeJS.Signals;
  stdout: string;
  stderr: string;
}

/** Thrown when the program cannot be started at all (not found, not executable). */
export class SpawnError extends Error {
  override name = 'SpawnError';
  constructor(
    readonly command: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export function mergeEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Splits a byte stream into lines, handling chunks cut in the middle of a line. */
function lineSplitter(onLine: ((line: string) => void) | undefined, keep: string[] | undefined) {
  let rest = '';
  return {
    push(chunk: string) {
      keep?.push(chunk);
      if (!onLine) return;
      rest += chunk;
      let nl = rest.indexOf('\n');
      while (nl >= 0) {
        onLine(rest.slice(0, nl).replace(/\r$/, ''));
        rest = rest.slice(nl + 1);
        nl = rest.indexOf('\n');
      }
    },
    end() {
      if (onLine && rest !== '') onLine(rest.replace(/\r$/, ''));
      rest = '';
    },
  };
}

export function run(command: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const capture = opts.capture ?? true;
  const outChunks: string[] | undefined = capture ? [] : undefined;
  const errChunks: string[] | undefined = capture ? [] : undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: opts.cwd,
      env: mergeEnv(opts.env),
      shell: false,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out = lineSplitter(opts.onStdoutLine, outChunks);
    const err = lineSplitter(opts.onStderrLine, errChunks);
    child.stdout?.setEncoding('utf8').on('data', (c: string) => out.push(c));
    child.stderr?.setEncoding('utf8').on('data', (c: string) => err.push(c));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new SpawnError(command, error.code, `cannot run ${command}: ${error.message}`));
    });
    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined); // a child that exits early closes its stdin
      child.stdin.end(opts.input);
    }
    child.on('close', (code, signal) => {
      out.end();
      err.end();
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        signal: signal ?? undefined,
        stdout: outChunks?.join('') ?? '',
        stderr: errChunks?.join('') ?? '',
      });
    });
  });
}
