// Rehearses one example under act: starts a session, plays the example's events, and sums up
// what happened from the real results: jobs by result, the images the build steps reported and
// the registry holds, and the release in the GitHub API emulator. Progress lines per job (name,
// seconds, cache hits) go to `log` as jobs start and end; `npm run rehearse` and the demo print them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestDigest, type Registry } from '../services/index.js';
import { jobSeconds, type ActJob } from './log.js';
import { REPO_ROOT } from './repos.js';
import { RehearsalSession } from './session.js';
import type { ExampleOptions, ExampleRehearsal } from './examples/types.js';

export interface RehearsalSummary {
  example: string;
  succeeded: number;
  failed: number;
  /** image@digest references reported by the build steps and present in the registry */
  images: string[];
  /** tag of the newest release in the emulator */
  release?: string;
  seconds: number;
  /** the example's checks that failed (ExampleRehearsal.check), one sentence each */
  failedChecks: string[];
}

/** The closing line `npm run rehearse` prints. */
export function summaryLine(s: RehearsalSummary): string {
  return `rehearsal ${s.example}: ${s.succeeded} jobs succeeded, ${s.failed} failed; ${s.images.length} images pushed; release ${s.release ?? 'none'}`;
}

/** A step output of the job, whichever step set it. */
export function jobOutput(job: ActJob, name: string): string | undefined {
  for (const outputs of Object.values(job.outputs)) if (outputs[name] !== undefined) return outputs[name];
  return undefined;
}

export function progressLine(job: ActJob, phase: 'start' | 'end'): string {
  const matrix = Object.values(job.matrix)
    .map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
    .join(', ');
  const name = matrix ? `${job.name} (${matrix})` : job.name;
  if (phase === 'start') return `  ▶ ${name}`;
  const ratio = jobOutput(job, 'cache-hit-ratio');
  const cache = ratio === undefined ? '' : `, cache hits ${Math.round(Number(ratio) * 100)}%`;
  return `  ${job.result === 'success' ? '✓' : '✗'} ${name}: ${job.result} in ${jobSeconds(job).toFixed(1)} s${cache}`;
}

/** image@digest lines of every build step of the session, deduplicated, that the registry has. */
async function pushedImages(jobs: ActJob[], registry: Registry): Promise<string[]> {
  const refs = new Set<string>();
  for (const job of jobs) {
    for (const line of (jobOutput(job, 'image-refs') ?? '').split('\n'))
      if (line.trim()) refs.add(line.trim());
  }
  const present: string[] = [];
  for (const ref of refs) {
    const match = /^([^/]+)\/(.+)@(sha256:[0-9a-f]{64})$/.exec(ref);
    if (!match || match[1] !== registry.host) continue;
    if ((await manifestDigest(registry, match[2]!, match[3]!)) === match[3]) present.push(ref);
  }
  return present;
}

export async function summarize(example: string, session: RehearsalSession, started: number) {
  const jobs = session.runs.flatMap((r) => r.jobs);
  const releases = session.api.state.listReleases();
  const summary: RehearsalSummary = {
    example,
    succeeded: jobs.filter((j) => j.result === 'success').length,
    // A job calling a reusable workflow gets no result line of its own: its called jobs count.
    failed: jobs.filter((j) => j.result === 'failure' || j.result === 'cancelled').length,
    images: await pushedImages(jobs, session.registry),
    release: releases[0]?.tag_name,
    seconds: (Date.now() - started) / 1000,
    failedChecks: [],
  };
  return summary;
}

function writeJobLogs(dir: string, session: RehearsalSession): void {
  mkdirSync(dir, { recursive: true });
  session.runs.forEach((run, i) => {
    for (const job of run.jobs) {
      const file = `${i + 1}-${job.name}-${Object.values(job.matrix).join('-')}`.replace(/[^\w.-]+/g, '_');
      writeFileSync(join(dir, `${file}.log`), `${job.lines.join('\n')}\n`);
    }
    writeFileSync(join(dir, `${i + 1}-act.log`), `${run.otherLines.join('\n')}\n`);
  });
}

export interface RehearseOptions extends ExampleOptions {
  log?: (line: string) => void;
  /** act is killed when one run takes longer */
  runTimeoutMs?: number;
  /** write every job's output to <logDir>/<run>-<job>.log */
  logDir?: string;
  /** inspect the session before it is closed (tests assert on the registry and the emulator) */
  inspect?: (session: RehearsalSession, summary: RehearsalSummary) => Promise<void> | void;
}

export async function rehearse(
  example: ExampleRehearsal,
  opts: RehearseOptions = {},
): Promise<RehearsalSummary> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  const session = await RehearsalSession.start({
    exampleWorkflows: join(REPO_ROOT, 'examples', example.name, 'workflows'),
    files: example.files,
    rewrites: example.rewrites,
    secrets: example.secrets,
    concurrentJobs: example.concurrentJobs,
    prepareRunner: example.prepareRunner,
    matrixOutputs: example.matrixOutputs,
    runTimeoutMs: opts.runTimeoutMs,
    onJobStart: (job) => log(progressLine(job, 'start')),
    onJobEnd: (job) => log(progressLine(job, 'end')),
  });
  try {
    await example.play(session, opts);
    const summary = await summarize(example.name, session, started);
    for (const run of session.runs) {
      if (run.jobs.length === 0 || (run.exitCode !== 0 && !run.jobs.some((j) => j.result === 'failure'))) {
        log(
          `act exited ${run.exitCode} on ${run.event} (${run.workflows.join(', ')}):\n${run.otherLines.slice(-30).join('\n')}`,
        );
        summary.failed += 1;
      }
    }
    if (example.check) {
      summary.failedChecks = await example.check(session);
      for (const problem of summary.failedChecks) log(`  ✗ check: ${problem}`);
      if (summary.failedChecks.length === 0) log(`  ✓ checks of ${example.name} hold`);
    }
    await opts.inspect?.(session, summary);
    return summary;
  } finally {
    // also when play or a check threw: the logs show why
    if (opts.logDir) writeJobLogs(opts.logDir, session);
    await session.close();
  }
}
