// Runs workflows with nektos/act the way this project rehearses them: jobs on this machine (host
// mode: every runs-on label maps to `-self-hosted`), our actions and reusable workflows and the
// third-party stand-ins mapped with --local-repository, nothing fetched (--action-offline-mode),
// act's artifact and cache servers on loopback, the event payload from a file, secrets from a
// file (never on a command line). Returns every job's result and step outputs from act's JSON log.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ActLog, type ActJob, type ActLogEvents } from './log.js';

export interface ActRunOptions {
  act: string;
  /** the repository act runs (a git checkout: act copies it into each job's workspace) */
  workdir: string;
  /** the workflow file or folder to run (-W), relative to workdir or absolute */
  workflows: string;
  event: { name: string; payload: Record<string, unknown> };
  /** runs-on labels, each mapped to the host */
  labels: string[];
  /** `owner/repo@ref` -> folder */
  localRepositories: Record<string, string>;
  /** env of every step (DOCKER_HOST, GITHUB_API_URL, ...); PATH also becomes act's own */
  env: Record<string, string>;
  secrets: Record<string, string>;
  vars?: Record<string, string>;
  actor: string;
  /** act's action cache and job workspaces */
  actionCachePath: string;
  cacheServerPath: string;
  artifactServerPath: string;
  artifactServerPort: number;
  concurrentJobs?: number;
  timeoutMs?: number;
  events?: ActLogEvents;
}

export interface ActRunResult {
  exitCode: number;
  jobs: ActJob[];
  /** act's own messages (not of a job), for diagnosing a run that failed early */
  otherLines: string[];
  seconds: number;
}

/** act's command line for these options (the secret file is passed in). */
export function actArgs(opts: ActRunOptions, eventFile: string, secretFile: string): string[] {
  const args = [opts.event.name, '--json', '-W', opts.workflows, '-e', eventFile];
  for (const label of opts.labels) args.push('-P', `${label}=-self-hosted`);
  for (const [repo, dir] of Object.entries(opts.localRepositories)) {
    args.push('--local-repository', `${repo}=${dir}`);
  }
  args.push('--action-offline-mode', '--action-cache-path', opts.actionCachePath);
  args.push('--cache-server-addr', '127.0.0.1', '--cache-server-path', opts.cacheServerPath);
  args.push('--artifact-server-addr', '127.0.0.1', '--artifact-server-path', opts.artifactServerPath);
  args.push('--artifact-server-port', String(opts.artifactServerPort));
  for (const [name, value] of Object.entries(opts.env)) args.push('--env', `${name}=${value}`);
  for (const [name, value] of Object.entries(opts.vars ?? {})) args.push('--var', `${name}=${value}`);
  args.push('--secret-file', secretFile, '--actor', opts.actor);
  if (opts.concurrentJobs) args.push('--concurrent-jobs', String(opts.concurrentJobs));
  return args;
}

/** act's own environment: a clean one (no NODE_OPTIONS of a test runner leaks into steps). */
function actEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['HOME', 'LANG', 'TMPDIR', 'USER'];
  const out: NodeJS.ProcessEnv = {};
  for (const key of keep) if (process.env[key]) out[key] = process.env[key];
  return { ...out, ...env };
}

function dotenv(values: Record<string, string>): string {
  for (const [name, value] of Object.entries(values)) {
    if (/[\r\n]/.test(value)) throw new Error(`secret ${name} must be one line for act's secret file`);
  }
  return Object.entries(values)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}\n`)
    .join('');
}

/** act process groups still running: killed when this process exits (a test that timed out). */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** Runs act once; resolves when act has exited (or was killed at the timeout). */
export async function runAct(opts: ActRunOptions): Promise<ActRunResult> {
  const started = Date.now();
  const files = mkdtempSync(join(tmpdir(), 'dpa-act-run-'));
  const eventFile = join(files, 'event.json');
  const secretFile = join(files, 'secrets.env');
  writeFileSync(eventFile, `${JSON.stringify(opts.event.payload, null, 2)}\n`);
  writeFileSync(secretFile, dotenv(opts.secrets), { mode: 0o600 });
  const log = new ActLog(opts.events);
  try {
    const child = spawn(opts.act, actArgs(opts, eventFile, secretFile), {
      cwd: opts.workdir,
      env: actEnv(opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    if (child.pid) running.add(child.pid);
    const timer = setTimeout(() => {
      log.otherLines.push(`act killed after ${opts.timeoutMs} ms`);
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, opts.timeoutMs ?? 1_800_000);
    const lines = [child.stdout, child.stderr].map((stream) => {
      const reader = createInterface({ input: stream });
      reader.on('line', (line) => log.feed(line));
      return new Promise<void>((resolve) => reader.on('close', resolve));
    });
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
    clearTimeout(timer);
    if (child.pid) running.delete(child.pid);
    await Promise.all(lines);
    return {
      exitCode,
      jobs: [...log.jobs.values()],
      otherLines: log.otherLines,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}
