// The project's one way to run a program: from an argument array (never a shell), streaming its
// output line by line. `run` is @actions/exec underneath; the two things @actions/exec cannot do
// (a child in a session of its own, and a detached child that outlives this process) are here too,
// so no other file starts processes. The child gets this process's environment plus any
// overrides, so runner variables such as ACTIONS_RUNTIME_TOKEN reach tools (buildx reads them).
import { exec } from '@actions/exec';
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

export interface RunOptions {
  /** Added to (and overriding) process.env; a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /**
   * Written to the child's standard input, then closed. The child must read it: @actions/exec
   * does not catch EPIPE from a child that exits without reading its input.
   */
  input?: string;
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Keep the whole stdout / stderr text in the result (default true; off for chatty programs). */
  capture?: boolean;
}

export interface RunResult {
  exitCode: number;
  /** Set when the program was ended by a signal (known for runInOwnSession only). */
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

/** Splits a byte stream into lines (UTF-8 kept whole across chunks); keeps the text if asked. */
class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private readonly kept: string[] = [];
  private keptLength = 0;

  constructor(
    private readonly onLine: ((line: string) => void) | undefined,
    private readonly keep: boolean,
    /** Most characters kept (the rest of a long text is dropped). */
    private readonly keepLimit = Infinity,
  ) {}

  push(chunk: Buffer): void {
    this.take(this.decoder.write(chunk));
  }

  end(): string {
    this.take(this.decoder.end());
    if (this.onLine && this.rest !== '') this.onLine(this.rest.replace(/\r$/, ''));
    this.rest = '';
    return this.kept.join('');
  }

  private take(text: string): void {
    if (text === '') return;
    if (this.keep && this.keptLength < this.keepLimit) {
      this.kept.push(text);
      this.keptLength += text.length;
    }
    if (!this.onLine) return;
    this.rest += text;
    let nl = this.rest.indexOf('\n');
    while (nl >= 0) {
      this.onLine(this.rest.slice(0, nl).replace(/\r$/, ''));
      this.rest = this.rest.slice(nl + 1);
      nl = this.rest.indexOf('\n');
    }
  }
}

/** @actions/exec's "cannot start" errors (not found, bad cwd, spawn failure) as a SpawnError. */
function spawnError(command: string, error: unknown): SpawnError {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /Unable to locate executable file|does not exist/.test(message);
  return new SpawnError(command, missing ? 'ENOENT' : undefined, `cannot run ${command}: ${message}`);
}

/** Runs `command args` to its end; a non-zero exit is a result, not an error. */
export async function run(
  command: string,
  args: readonly string[],
  opts: RunOptions = {},
): Promise<RunResult> {
  const capture = opts.capture ?? true;
  const out = new LineSplitter(opts.onStdoutLine, capture);
  const err = new LineSplitter(opts.onStderrLine, capture);
  let exitCode: number | null;
  try {
    exitCode = await exec(command, [...args], {
      cwd: opts.cwd,
      env: mergeEnv(opts.env) as Record<string, string>,
      silent: true,
      ignoreReturnCode: true,
      // Without input the child's stdin is a pipe nobody writes (closed when it exits): the tools
      // we run never read it. An empty Buffer would be written and could fail with EPIPE.
      ...(opts.input === undefined ? {} : { input: Buffer.from(opts.input) }),
      listeners: { stdout: (chunk) => out.push(chunk), stderr: (chunk) => err.push(chunk) },
    });
  } catch (error) {
    throw spawnError(command, error);
  }
  // A child ended by a signal has no exit code (@actions/exec gives null).
  return { exitCode: exitCode ?? 1, stdout: out.end(), stderr: err.end() };
}

/**
 * Runs `command args` in a session of its own (setsid), stdout discarded, the first `stderrLimit`
 * characters of stderr kept. With autogroup scheduling (Ubuntu's default) a session's processes
 * share one slice of CPU: processes that should run side by side each get their own. Never throws:
 * a program that cannot start is exit code 127 with the reason on stderr.
 */
export function runInOwnSession(
  command: string,
  args: readonly string[],
  stderrLimit = 8192,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, [...args], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const err = new LineSplitter(undefined, true, stderrLimit);
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e) => resolve({ exitCode: 127, stdout: '', stderr: `${command}: ${e.message}` }));
    child.on('close', (code, signal) =>
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        signal: signal ?? undefined,
        stdout: '',
        stderr: err.end(),
      }),
    );
  });
}

/**
 * Starts `command args` detached (its own session, not waited for, outliving this process), its
 * stdout and stderr appended to the open file descriptor `logFd`. Returns its pid, or undefined
 * when it could not be started.
 */
export function startDetached(command: string, args: readonly string[], logFd: number): number | undefined {
  const child = spawn(command, [...args], { detached: true, stdio: ['ignore', logFd, logFd] });
  child.on('error', () => undefined); // reported as no pid
  child.unref();
  return child.pid;
}
