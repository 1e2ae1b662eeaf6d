// The step's process and its file commands: spawn node on the entry script (own process group,
// stdin closed, stdout+stderr fed line by line to the command processor), then read back
// GITHUB_PATH/ENV/STEP_SUMMARY/STATE/OUTPUT as FileCommandManager.ProcessFiles does.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { CommandProcessor } from './commands.js';
import { withHostsFile } from './hosts.js';
import { FileCommandError, keyValuePairs, LineSplitter, parsePathFile } from './parse.js';

/** File-command files, named as the runner names them under RUNNER_TEMP/_runner_file_commands. */
export const FILE_PREFIXES = {
  GITHUB_PATH: 'add_path_',
  GITHUB_ENV: 'set_env_',
  GITHUB_STEP_SUMMARY: 'step_summary_',
  GITHUB_STATE: 'save_state_',
  GITHUB_OUTPUT: 'set_output_',
} as const;
export type FileCommandFiles = Record<keyof typeof FILE_PREFIXES, string>;
const SUMMARY_LIMIT = 1024 * 1024;

export interface SpawnOutcome {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

export interface SpawnSpec {
  binary: string;
  entry: string;
  cwd: string;
  env: Record<string, string>;
  stdin?: string;
  timeoutMs: number;
  /** Run with this file as /etc/hosts (./hosts.ts). */
  hostsFile?: string;
}

export function spawnAction(spec: SpawnSpec, processor: CommandProcessor): Promise<SpawnOutcome> {
  const { binary, entry, cwd, env, stdin, timeoutMs, hostsFile } = spec;
  const [command, args] = hostsFile ? withHostsFile(hostsFile, binary, [entry]) : [binary, [entry]];
  return new Promise((done, fail) => {
    const started = performance.now();
    // Own process group, so a timeout kills whatever the action started too.
    const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const text = { stdout: '', stderr: '' };
    let timedOut = false;
    for (const stream of ['stdout', 'stderr'] as const) {
      const splitter = new LineSplitter((line) => processor.line(line));
      child[stream].setEncoding('utf8');
      child[stream].on('data', (chunk: string) => {
        text[stream] += chunk;
        splitter.push(chunk);
      });
      child[stream].on('end', () => splitter.end());
    }
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, ...text, durationMs: Math.round(performance.now() - started), timedOut });
    });
    child.stdin.on('error', () => undefined); // the action may exit without reading stdin
    child.stdin.end(stdin ?? '');
  });
}

/** FileCommandManager.ProcessFiles, in the runner's order; a rejected file fails the step. */
export function readFileCommands(files: FileCommandFiles, processor: CommandProcessor) {
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const path = parsePathFile(read(files.GITHUB_PATH));
  const pairs = (name: string, file: string, apply: (k: string, v: string) => void) => {
    try {
      for (const [key, value] of keyValuePairs(read(file))) apply(key, value);
    } catch (error) {
      if (!(error instanceof FileCommandError)) throw error;
      processor.fail(`Unable to process file command '${name}' successfully.`, error.message);
    }
  };
  const env: Record<string, string> = {};
  pairs('env', files.GITHUB_ENV, (key, value) => {
    if (key.toUpperCase() === 'NODE_OPTIONS') {
      processor.issue('error', "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
    } else env[key] = value;
  });
  const summary = read(files.GITHUB_STEP_SUMMARY);
  const size = existsSync(files.GITHUB_STEP_SUMMARY) ? statSync(files.GITHUB_STEP_SUMMARY).size : 0;
  if (size > SUMMARY_LIMIT) {
    processor.issue(
      'error',
      `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, got ${Math.floor(size / 1024)}k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`,
    );
  }
  const state: Record<string, string> = {};
  pairs('state', files.GITHUB_STATE, (key, value) => (state[key] = value));
  const outputs: Record<string, string> = {};
  pairs('output', files.GITHUB_OUTPUT, (key, value) => (outputs[key] = value));
  return { outputs, state, env, path, summary };
}
