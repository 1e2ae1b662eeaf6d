// Runs a real dist/ bundle the way the GitHub Actions runner runs a node action: the hosted-runner
// environment (and nothing from this process but PATH and HOME), INPUT_* with action.yml defaults,
// an event payload file, fresh file-command files, commands parsed from the output, and the files
// read back afterwards. Modelled on actions/runner (ActionRunner.cs, NodeScriptActionHandler.cs,
// ActionCommandManager.cs, FileCommandManager.cs). See runner-*.ts for the pieces.
//
//   describe.each(NODE_VERSIONS)('compute-sha-tags on %s', (node) => {
//     afterAll(cleanupRunnerTemp);
//     it('tags the PR head', async () => {
//       const r = await runAction({ action: 'compute-sha-tags', node, event: 'pull-request',
//                                   inputs: { images: 'ghcr.io/octo-org/api' } });
//       expect(r.conclusion).toBe('success');
//       expect(r.outputs.tags).toContain(':sha-5a5a5a5');
//       expect(r.legacyOutputs).toEqual({});
//     });
//   });
//
// Differences from the real runner are listed where they are made; the main ones: no problem
// matchers, no annotation count cap (10 per type on GitHub), set-output/save-state not honoured.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CommandProcessor, type Annotation } from './commands.js';
import {
  assertHermeticDocker,
  baseEnv,
  loadEvent,
  loadManifest,
  resolveInputs,
  type ActionManifest,
} from './env.js';
import { binaryVersion, nodeBinary, REPO_ROOT } from './node.js';
import { inputEnvName } from './parse.js';
import { writeHostsFile } from './hosts.js';
import { FILE_PREFIXES, readFileCommands, spawnAction, type FileCommandFiles } from './process.js';
import { ActionTimeoutError, type RunOptions, type RunResult } from './types.js';

export { NODE_VERSIONS, nodeBinary, type NodeVersion } from './node.js';
export { loadEvent, NO_DOCKER_HOST, type EventSpec } from './env.js';
export type { Annotation } from './commands.js';
export { ActionTimeoutError, type RunOptions, type RunResult } from './types.js';

const roots: string[] = [];

/** Removes every temp dir runAction made in this process (set DPA_KEEP_RUNNER_TEMP=1 to keep them). */
export async function cleanupRunnerTemp(): Promise<void> {
  if (process.env.DPA_KEEP_RUNNER_TEMP === '1') return;
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Files left in RUNNER_TEMP, ignoring the runner's own `_runner_file_commands` and `_github_workflow`. */
export function leftoverFiles(tempDir: string): string[] {
  if (!existsSync(tempDir)) return [];
  return readdirSync(tempDir, { recursive: true })
    .map(String)
    .filter((f) => !/^(_runner_file_commands|_github_workflow)(\/|$)/.test(f))
    .filter((f) => statSync(join(tempDir, f)).isFile())
    .sort();
}

interface Carry {
  env: Record<string, string>;
  path: string[];
}

export async function runAction(opts: RunOptions): Promise<RunResult> {
  return execute(opts);
}

async function execute(opts: RunOptions, carry?: Carry): Promise<RunResult> {
  const phase = opts.phase ?? 'main';
  const node = opts.node ?? 'node20';
  const actionDir = actionDirOf(opts);
  const manifest = loadManifest(actionDir);
  const entry = resolveEntry(opts, manifest, phase);
  const binary = nodeBinary(node);
  const event = typeof opts.event === 'object' ? opts.event : loadEvent(opts.event ?? 'push-branch');

  let root: string | undefined;
  const fresh = (name: string) => {
    if (!root) roots.push((root = mkdtempSync(join(tmpdir(), 'dpa-run-'))));
    return join(root, name);
  };
  const runnerTemp = opts.runnerTemp ?? fresh('temp');
  const toolCache = opts.toolCache ?? fresh('tool-cache');
  const workspace = resolve(opts.workspace ?? fresh('workspace'));
  for (const dir of [runnerTemp, toolCache, workspace]) mkdirSync(dir, { recursive: true });
  const eventPath = join(runnerTemp, '_github_workflow', 'event.json');
  mkdirSync(dirname(eventPath), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(event.payload, null, 2));
  const commandDir = join(runnerTemp, '_runner_file_commands');
  mkdirSync(commandDir, { recursive: true });
  const suffix = randomUUID();
  const files = Object.fromEntries(
    Object.entries(FILE_PREFIXES).map(([name, prefix]) => [name, join(commandDir, prefix + suffix)]),
  ) as FileCommandFiles;
  for (const file of Object.values(files)) writeFileSync(file, '');

  const env = baseEnv({
    actionName: opts.action,
    actionDir,
    event,
    eventPath,
    files,
    workspace,
    runnerTemp,
    toolCache,
  });
  Object.assign(env, carry?.env);
  if (carry?.path.length) env.PATH = [...[...carry.path].reverse(), env.PATH].join(':');
  const userEnv = Object.fromEntries(
    Object.entries(opts.env ?? {}).filter(([, v]) => v !== undefined),
  ) as Record<string, string>;
  const processor = new CommandProcessor({
    stepDebug: (opts.env?.RUNNER_DEBUG ?? env.RUNNER_DEBUG) === '1',
    workspace,
    repository: userEnv.GITHUB_REPOSITORY ?? env.GITHUB_REPOSITORY,
    allowUnsecureCommands: /^true$/i.test(userEnv.ACTIONS_ALLOW_UNSECURE_COMMANDS ?? ''),
    allowUnsecureStopTokens: /^true$/i.test(userEnv.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS ?? ''),
  });
  for (const secret of [...(opts.secrets ?? []), userEnv.GITHUB_TOKEN ?? '']) processor.masker.add(secret);

  const ctx = { env: { ...env, ...userEnv }, workflowEnv: userEnv, payload: event.payload };
  const { inputs, warnings } = resolveInputs(opts.inputs ?? {}, manifest, ctx);
  for (const warning of warnings) processor.issue('warning', warning);
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  assertHermeticDocker(env);

  const what = `${opts.action} (${phase}, ${node})`;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const hostsFile = opts.hosts ? writeHostsFile(fresh('hosts'), opts.hosts) : undefined;
  const run = await spawnAction(
    { binary, entry, cwd: workspace, env, stdin: opts.stdin, timeoutMs, hostsFile },
    processor,
  );
  const files$ = readFileCommands(files, processor);
  const exitCode = run.code ?? 128 + (constants.signals[run.signal as keyof typeof constants.signals] ?? 0);
  const byLevel = (level: Annotation['level']) =>
    processor.annotations.filter((a) => a.level === level).map((a) => a.message);
  const result: RunResult = {
    exitCode,
    ...(run.signal ? { signal: run.signal } : {}),
    stdout: run.stdout,
    stderr: run.stderr,
    durationMs: run.durationMs,
    ...files$,
    legacyOutputs: processor.legacyOutputs,
    legacyState: processor.legacyState,
    annotations: processor.annotations,
    errors: byLevel('error'),
    warnings: byLevel('warning'),
    notices: byLevel('notice'),
    debug: processor.debug,
    masked: processor.masked,
    groups: processor.groups,
    log: processor.log.join('\n'),
    commandErrors: processor.commandErrors,
    conclusion:
      exitCode === 0 && !run.timedOut && processor.commandErrors.length === 0 ? 'success' : 'failure',
    tempDir: runnerTemp,
    workspace,
    toolCache,
    nodeVersion: binaryVersion(binary),
  };
  if (run.timedOut) throw new ActionTimeoutError(result, timeoutMs, what);
  return result;
}

function actionDirOf(opts: RunOptions): string {
  return resolve(opts.actionDir ?? (opts.entry ? dirname(opts.entry) : join(REPO_ROOT, opts.action)));
}

function resolveEntry(opts: RunOptions, manifest: ActionManifest, phase: 'main' | 'post'): string {
  let entry: string;
  if (opts.entry) entry = resolve(opts.entry);
  else if (manifest.file) {
    const target = phase === 'main' ? manifest.main : manifest.post;
    if (!target) throw new Error(`${manifest.file} has no runs.${phase}`);
    entry = resolve(manifest.dir, target);
  } else
    entry = join(REPO_ROOT, 'dist', opts.action, ...(phase === 'main' ? ['index.js'] : ['post', 'index.js']));
  if (!existsSync(entry)) {
    throw new Error(`${entry} does not exist; build it with \`node scripts/build.mjs ${opts.action}\``);
  }
  return entry;
}

/** The post step's `post-if` (default always()) against the main step's result. */
function postShouldRun(condition: string | undefined, main: RunResult): boolean {
  const expr = (condition ?? 'always()').replace(/^\$\{\{(.*)\}\}$/s, '$1').trim();
  const table: Record<string, boolean> = {
    'always()': true,
    '!cancelled()': true,
    'cancelled()': false,
    'success()': main.conclusion === 'success',
    'failure()': main.conclusion === 'failure',
  };
  if (!(expr in table)) throw new Error(`runner harness cannot evaluate post-if: ${condition}`);
  return table[expr]!;
}

/** What runWithPost reports for a post step its `post-if` skipped. */
function skippedResult(main: RunResult): RunResult {
  return {
    ...main,
    exitCode: 0,
    stdout: '',
    stderr: '',
    durationMs: 0,
    outputs: {},
    legacyOutputs: {},
    legacyState: {},
    state: {},
    env: {},
    path: [],
    summary: '',
    annotations: [],
    errors: [],
    warnings: [],
    notices: [],
    debug: [],
    masked: [],
    groups: [],
    log: '',
    commandErrors: [],
    conclusion: 'skipped',
    skipped: true,
  };
}

/**
 * main, then post (if its post-if allows) with STATE_* from main's GITHUB_STATE, the same RUNNER_TEMP,
 * tool cache and workspace, and main's GITHUB_ENV/GITHUB_PATH applied as later steps see them.
 */
export async function runWithPost(opts: RunOptions): Promise<{ main: RunResult; post: RunResult }> {
  if (opts.entry && !opts.postEntry) throw new Error('runWithPost with `entry` needs `postEntry` too');
  const main = await execute({ ...opts, phase: 'main' });
  if (!postShouldRun(loadManifest(actionDirOf(opts)).postIf, main))
    return { main, post: skippedResult(main) };
  const post = await execute(
    {
      ...opts,
      phase: 'post',
      entry: opts.postEntry,
      runnerTemp: main.tempDir,
      toolCache: main.toolCache,
      workspace: main.workspace,
      state: { ...opts.state, ...main.state },
    },
    { env: main.env, path: main.path },
  );
  return { main, post };
}
