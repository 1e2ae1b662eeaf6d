// The main step: plan (refusing unsafe input before anything is touched), then each target in
// order — deleted in parallel (wait), moved to a trash folder for a detached deleter (background)
// or only measured (dry-run) — stopping once `min-free` bytes are free.
import { core } from '../../packages/action-io/index.js';
import { accessSync, constants, lstatSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatSize } from '../../packages/units/size.js';
import { removeApt } from './apt.js';
import { moveToTrash, startDeleter, trashName } from './background.js';
import { deleteJobs, deletePaths, type Privilege } from './delete.js';
import { pruneImages } from './docker-images.js';
import type { FreeDiskInputs } from './inputs.js';
import { diskUsage, freeBytes } from './measure.js';
import { planTargets, spareKept, type PlanEnv, type TargetPlan } from './plan.js';
import { headline, reportJson, writeSummary, type TargetReport } from './report.js';
import { parseProcSwaps, removeSwap } from './swap.js';
import { asRoot, type Exec, type SpecialResult } from './system-exec.js';

export interface RunEnv extends PlanEnv {
  /** RUNNER_ENVIRONMENT: 'github-hosted' on GitHub's runners. */
  runnerEnvironment?: string;
  /** Unique per run attempt: names the trash folders. */
  runId: string;
  uid: number;
  /** This bundle (the detached deleter is this file with --delete-worker). */
  bundle: string;
  exec: Exec;
}

export interface Outcome {
  freeBefore: number;
  freeAfter: number;
  seconds: number;
  reports: TargetReport[];
  /** Set when a background deleter was started (saved as the post step's state). */
  background?: { pid: number; jobFile: string; statusFile: string; dir: string };
}

const STATE_NOTE: Record<string, string> = {
  kept: 'kept',
  symlink: 'skipped: a symlink (not followed)',
  'outside root': 'skipped: resolves outside root',
  'not present': 'not present',
};

async function hasSudo(exec: Exec): Promise<boolean> {
  try {
    return (await exec('sudo', ['-n', 'true'])).exitCode === 0;
  } catch {
    return false;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Bytes freed on each distinct filesystem holding `dirs`, summed (statfs before and after). */
function freeMeter(dirs: string[]): () => number {
  const byDev = new Map<number, string>();
  for (const parent of dirs) {
    const st = lstatSync(parent, { throwIfNoEntry: false });
    if (st && !byDev.has(st.dev)) byDev.set(st.dev, parent);
  }
  const before = [...byDev.values()].map((p) => [p, freeBytes(p)] as const);
  return () => before.reduce((sum, [p, free]) => sum + freeBytes(p) - free, 0);
}

export async function freeDiskSpace(inputs: FreeDiskInputs, env: RunEnv): Promise<Outcome> {
  const started = performance.now();
  const plan = planTargets(inputs, env);
  const freeBefore = freeBytes(inputs.root);
  const done = (reports: TargetReport[], background?: Outcome['background']): Outcome => ({
    freeBefore,
    freeAfter: freeBytes(inputs.root),
    seconds: (performance.now() - started) / 1000,
    reports,
    background,
  });
  const skipAll = (status: string) =>
    done(plan.map((t) => ({ target: t.name, paths: t.paths.map((p) => p.name), status, seconds: 0 })));

  if (env.runnerEnvironment !== 'github-hosted' && !inputs.allowSelfHosted) {
    core.notice(
      `free-disk-space did nothing: this runner is not GitHub-hosted (RUNNER_ENVIRONMENT=${env.runnerEnvironment || 'unset'}), and its disk is not ours to clean. Set allow-self-hosted: true to run here anyway.`,
    );
    return skipAll('skipped: not a GitHub-hosted runner');
  }
  // A dry run deletes nothing: it adds up what it would have freed to tell where min-free stops.
  let projected = 0;
  const enough = () => inputs.minFree > 0 && freeBytes(inputs.root) + projected >= inputs.minFree;
  if (enough()) {
    core.info(
      `${formatSize(freeBefore)} is free already (min-free ${formatSize(inputs.minFree)}): nothing to do.`,
    );
    return skipAll('skipped: min-free already free');
  }

  const privilege: Privilege =
    inputs.dryRun || env.uid === 0 ? 'root' : (await hasSudo(env.exec)) ? 'sudo' : 'user';
  const rootExec = asRoot(env.exec, privilege);
  const trash = trashName(env.runId);
  const toDeleteLater: string[] = [];
  const reports: TargetReport[] = [];
  const log = (report: TargetReport) => {
    const size = report.bytes === undefined ? '' : `, ${formatSize(report.bytes)}`;
    core.info(`${report.target}: ${report.status}${size} in ${report.seconds.toFixed(2)} s`);
    if (report.errors?.length && report.status !== 'not present')
      core.warning(`${report.target}: ${report.status}: ${report.errors.slice(0, 3).join('; ')}`);
  };
  // Consecutive path targets in wait mode share one pool of rm processes (see deleteJobs).
  let segment: { report: TargetReport; units: string[] }[] = [];
  const flush = async () => {
    const jobs = segment;
    segment = [];
    if (!jobs.length) return;
    const freed = freeMeter([...new Set(jobs.flatMap((j) => j.units.map((u) => dirname(u))))]);
    let credited = 0;
    const opened = await deleteJobs(
      jobs.map((j) => j.units),
      { parallelism: inputs.parallelism, privilege },
      {
        // With min-free, a target starts only once the ones before it are done and still not enough
        // is free; without, the next target starts as soon as a worker is idle.
        barrier: inputs.minFree > 0,
        open: () => !enough(),
        done: (i, result) => {
          const report = jobs[i]!.report;
          // statfs deltas, credited to the target finishing: exact sums, per target exact unless
          // targets overlapped at their edges.
          const total = freed();
          report.bytes = total - credited;
          credited = total;
          report.seconds = result.seconds;
          report.status = result.errors.length ? 'partly deleted' : 'deleted';
          if (result.errors.length) report.errors = result.errors;
          log(report);
        },
      },
    );
    for (const job of jobs.slice(opened)) {
      job.report.status = 'skipped: min-free reached';
      log(job.report);
    }
  };
  for (const target of plan) {
    const deferrable = target.kind === 'paths' && !inputs.dryRun && inputs.mode === 'wait';
    if (!deferrable) await flush();
    if (!deferrable && enough()) {
      reports.push({
        target: target.name,
        paths: target.paths.map((p) => p.name),
        status: 'skipped: min-free reached',
        seconds: 0,
      });
      continue;
    }
    const t0 = performance.now();
    core.startGroup(
      `${target.name}${target.paths.length ? `: ${target.paths.map((p) => p.name).join(', ')}` : ''}`,
    );
    let report: TargetReport;
    let units: string[] | undefined;
    try {
      if (target.kind === 'paths')
        ({ report, units } = pathsTarget(target, inputs, privilege, trash, toDeleteLater));
      else report = await specialTarget(target, inputs, env, rootExec);
    } catch (error) {
      report = {
        target: target.name,
        paths: target.paths.map((p) => p.name),
        status: 'failed',
        seconds: 0,
        errors: [(error as Error).message],
      };
    }
    report.seconds = (performance.now() - t0) / 1000;
    for (const e of report.errors ?? []) core.info(`  ${e}`);
    core.endGroup();
    reports.push(report);
    if (units) segment.push({ report, units });
    else log(report);
    if (inputs.dryRun) projected += report.bytes ?? 0;
  }
  await flush();

  let background: Outcome['background'];
  if (toDeleteLater.length) {
    const dir = join(env.runnerTemp || '/tmp', `free-disk-space-${env.runId}`);
    const statusFile = join(dir, 'status.json');
    const started = startDeleter(
      { paths: toDeleteLater, parallelism: inputs.parallelism, privilege, statusFile },
      env.bundle,
      dir,
    );
    if (started.pid) {
      background = { ...started, statusFile, dir };
      core.info(
        `Deleting ${toDeleteLater.length} trash folder(s) in the background (pid ${started.pid}); the post step waits for it.`,
      );
    } else {
      core.warning(
        'free-disk-space: could not start the background deleter; deleting the trash now instead.',
      );
      const result = await deletePaths(toDeleteLater, { parallelism: inputs.parallelism, privilege });
      if (result.errors.length) core.warning(`free-disk-space: ${result.errors.slice(0, 3).join('; ')}`);
    }
  }
  return done(reports, background);
}

/** Plans, measures (dry-run) or moves (background) one path target; wait mode returns the units. */
function pathsTarget(
  target: TargetPlan,
  inputs: FreeDiskInputs,
  privilege: Privilege,
  trash: string,
  toDeleteLater: string[],
): { report: TargetReport; units?: string[] } {
  const report: TargetReport = {
    target: target.name,
    paths: target.paths.map((p) => p.name),
    status: '',
    seconds: 0,
  };
  for (const p of target.paths)
    core.info(`${p.name} -> ${p.path}: ${p.state}${p.keep.length ? ` (keeping ${p.keep.join(', ')})` : ''}`);
  const present = target.paths.filter((p) => p.state === 'present');
  if (!present.length) {
    report.status = STATE_NOTE[target.paths[0]?.state ?? 'not present'] ?? 'not present';
    return { report };
  }
  const units = present.flatMap((p) => spareKept(p.path, p.keep));
  core.info(`${units.length} path(s) to delete`);
  if (inputs.dryRun) {
    const seen = new Set<string>();
    report.bytes = units.reduce((sum, u) => sum + diskUsage(u, seen), 0);
    report.status = 'would delete';
    return { report };
  }
  if (privilege === 'user' && !units.every(writable)) {
    report.status = 'skipped: needs root (sudo -n is not available)';
    report.errors = [`not root and cannot write ${dirname(units[0]!)}`];
    return { report };
  }
  if (inputs.mode === 'background') {
    const moved = moveToTrash(units, trash, privilege);
    toDeleteLater.push(...moved.trash, ...moved.inPlace);
    report.status = moved.inPlace.length ? 'deleting in place in the background' : 'moved to trash';
    if (moved.errors.length) report.errors = moved.errors;
    return { report };
  }
  report.status = 'queued';
  return { report, units };
}

async function specialTarget(
  target: TargetPlan,
  inputs: FreeDiskInputs,
  env: RunEnv,
  rootExec: Exec,
): Promise<TargetReport> {
  const freed = freeMeter([inputs.root]);
  let result: SpecialResult;
  // The runner's user is in the docker group: docker needs no sudo.
  if (target.kind === 'docker-images') result = await pruneImages(env.exec, inputs.dryRun);
  else if (target.kind === 'swap')
    result = await removeSwap(rootExec, {
      root: inputs.root,
      dryRun: inputs.dryRun,
      swaps: parseProcSwaps(readProcSwaps()),
    });
  else result = await removeApt(env.exec, rootExec, { targets: inputs.targets, dryRun: inputs.dryRun });
  const measured = freed();
  return {
    target: target.name,
    paths: result.paths ?? [],
    status: result.status,
    seconds: 0,
    // A tool's own count where it has one (docker's data may live elsewhere), else statfs.
    bytes: result.bytes ?? (result.status === 'deleted' ? measured : undefined),
    ...(result.errors?.length ? { errors: result.errors } : {}),
  };
}

function readProcSwaps(): string {
  try {
    return readFileSync('/proc/swaps', 'utf8');
  } catch {
    return '';
  }
}

export { headline, reportJson, writeSummary };
