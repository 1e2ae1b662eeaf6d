// The harness's public types (re-exported by runner.ts, which is what tests import).
import type { Annotation } from './commands.js';
import type { EventSpec } from './env.js';
import type { NodeVersion } from './node.js';

export interface RunOptions {
  /** 'compute-sha-tags': <repo>/compute-sha-tags/action.yml -> runs.main (../dist/compute-sha-tags/index.js). */
  action: string;
  phase?: 'main' | 'post';
  /** Become INPUT_<NAME>; inputs not given get their action.yml default (or ''), like the runner. */
  inputs?: Record<string, string>;
  /** Fixture name (testkit/fixtures/events) or spec; default 'push-branch'. */
  event?: string | EventSpec;
  /** Extra env, applied last (wins over everything); `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** STATE_<name> (for the post phase). */
  state?: Record<string, string>;
  node?: NodeVersion;
  /** GITHUB_WORKSPACE and cwd; default a fresh temp dir. */
  workspace?: string;
  /** Kill the process group and throw ActionTimeoutError after this long (default 120000). */
  timeoutMs?: number;
  stdin?: string;
  /** Run this script instead of the action's bundle (harness tests, throwaway actions). */
  entry?: string;
  /** With `entry`: the script runWithPost runs as the post step. */
  postEntry?: string;
  /** Folder with the action.yml to use (GITHUB_ACTION_PATH); default <repo>/<action>, or entry's folder. */
  actionDir?: string;
  /** RUNNER_TEMP / RUNNER_TOOL_CACHE to reuse (runWithPost passes main's); default fresh dirs. */
  runnerTemp?: string;
  toolCache?: string;
  /** Values the workflow knows as secrets: masked from the start (GITHUB_TOKEN from env always is). */
  secrets?: string[];
  /**
   * Extra host names for the action process only, e.g. `{ 'registry.test': '127.0.0.1' }`: it runs
   * in a private mount namespace with its own /etc/hosts (./hosts.ts; needs root).
   */
  hosts?: Record<string, string>;
}

export interface RunResult {
  exitCode: number;
  signal?: string;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** From GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** `::set-output` lines: NOT honoured (the runner still would, with a deprecation warning). */
  legacyOutputs: Record<string, string>;
  /** `::save-state` lines: likewise not honoured. */
  legacyState: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  /** GITHUB_PATH entries in file order (the runner prepends them, last one first). */
  path: string[];
  /** GITHUB_STEP_SUMMARY as written (unmasked). */
  summary: string;
  /** The step's annotations, including ones the runner adds (unexpected inputs, failed commands). */
  annotations: Annotation[];
  errors: string[];
  warnings: string[];
  notices: string[];
  /** `::debug::` messages (masked); in `log` only when env RUNNER_DEBUG=1. */
  debug: string[];
  /** Values registered with `::add-mask::`. */
  masked: string[];
  groups: string[];
  /** The step log as the runner writes it: stdout and stderr lines, commands processed, secrets ***. */
  log: string;
  /** Workflow/file commands the runner rejects; any makes `conclusion` 'failure'. */
  commandErrors: string[];
  /** The runner's verdict: exit code 0 and no rejected command. */
  conclusion: 'success' | 'failure' | 'skipped';
  /** Set when a post step did not run because of its `post-if`. */
  skipped?: boolean;
  tempDir: string;
  workspace: string;
  toolCache: string;
  /** `process.version` of the node that ran it. */
  nodeVersion: string;
}

export class ActionTimeoutError extends Error {
  override name = 'ActionTimeoutError';
  constructor(
    readonly result: RunResult,
    timeoutMs: number,
    what: string,
  ) {
    super(`${what} timed out after ${timeoutMs}ms and was killed; log tail:\n${result.log.slice(-2000)}`);
  }
}
