// The main step's work: plan (refusing unsafe input before anything is touched), then each target
// in order — deleted in parallel (wait), moved to a trash folder for a detached deleter
// (background) or only measured (dry-run) — stopping once `min-free` bytes are free.
import { join } from 'node:path';
import { core } from '../../packages/action-io/index.js';
import { formatSize } from '../../packages/units/size.js';
import { startDeleter, trashName } from './background.js';
import { deletePaths, type Privilege } from './delete.js';
import type { FreeDiskInputs } from './inputs.js';
import { freeBytes } from './measure.js';
import { planTargets, type PlanEnv } from './plan.js';
import type { TargetReport } from './report.js';
import { asRoot, type Exec } from './system-exec.js';
import { TargetRunner } from './target-runner.js';

export interface RunEnv extends PlanEnv {
  /** RUNNER_ENVIRONMENT: 'github-hosted' on GitHub's runners. */
  runnerEnvironment?: string;
  /** Unique per run attempt: names the trash folders. */
  runId: string;
  uid: number;
  /** The background deleter's bundle (worker.ts, started as `node <bundle> <job.json>`). */
  workerBundle: string;
  exec: Exec;
}

export interface BackgroundDeleter {
  pid: number;
  jobFile: string;
  statusFile: string;
  dir: string;
}

export interface Outcome {
  freeBefore: number;
  freeAfter: number;
  seconds: number;
  reports: TargetReport[];
  /** Set when a background deleter was started (saved as the post step's state). */
  background?: BackgroundDeleter;
}

async function hasSudo(exec: Exec): Promise<boolean> {
  try {
    return (await exec('sudo', ['-n', 'true'])).exitCode === 0;
  } catch {
    return false;
  }
}

export async function freeDiskSpace(inputs: FreeDiskInputs, env: RunEnv): Promise<Outcome> {
  const started = performance.now();
  const plan = planTargets(inputs, env);
  const freeBefore = freeBytes(inputs.root);
  const done = (reports: TargetReport[], background?: BackgroundDeleter): Outcome => ({
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
  if (inputs.minFree > 0 && freeBefore >= inputs.minFree) {
    core.info(
      `${formatSize(freeBefore)} is free already (min-free ${formatSize(inputs.minFree)}): nothing to do.`,
    );
    return skipAll('skipped: min-free already free');
  }

  const privilege: Privilege =
    inputs.dryRun || env.uid === 0 ? 'root' : (await hasSudo(env.exec)) ? 'sudo' : 'user';
  const runner = new TargetRunner(inputs, {
    exec: env.exec,
    rootExec: asRoot(env.exec, privilege),
    privilege,
    trash: trashName(env.runId),
    toDeleteLater: [],
  });
  for (const target of plan) await runner.run(target);
  await runner.flush();
  const later = runner.work.toDeleteLater;
  return done(runner.reports, later.length ? await deleteLater(later, inputs, env, privilege) : undefined);
}

/** Starts the detached deleter for `paths`; if it cannot start, deletes them now instead. */
async function deleteLater(
  paths: string[],
  inputs: FreeDiskInputs,
  env: RunEnv,
  privilege: Privilege,
): Promise<BackgroundDeleter | undefined> {
  const dir = join(env.runnerTemp || '/tmp', `free-disk-space-${env.runId}`);
  const statusFile = join(dir, 'status.json');
  const job = { paths, parallelism: inputs.parallelism, privilege, statusFile };
  const started = startDeleter(job, env.workerBundle, dir);
  if (started.pid) {
    core.info(
      `Deleting ${paths.length} trash folder(s) in the background (pid ${started.pid}); the post step waits for it.`,
    );
    return { ...started, statusFile, dir };
  }
  core.warning('free-disk-space: could not start the background deleter; deleting the trash now instead.');
  const result = await deletePaths(paths, { parallelism: inputs.parallelism, privilege });
  if (result.errors.length) core.warning(`free-disk-space: ${result.errors.slice(0, 3).join('; ')}`);
  return undefined;
}
