// Runs the plan's targets one after another and keeps their reports. Consecutive path targets in
// wait mode share one pool of rm processes (see deleteJobs): they are queued as a segment and
// deleted together when a target of another kind comes, or at the end (`flush`). With min-free,
// a target starts only while not enough is free (a dry run counts what it would have freed).
import { dirname } from 'node:path';
import { core } from '../../packages/action-io/index.js';
import { formatSize } from '../../packages/units/size.js';
import { deleteJobs } from './delete.js';
import type { FreeDiskInputs } from './inputs.js';
import { freeBytes } from './measure.js';
import type { TargetPlan } from './plan.js';
import type { TargetReport } from './report.js';
import type { Exec } from './system-exec.js';
import { freeMeter, pathsTarget, specialTarget, type PathsWork } from './target-work.js';

export interface TargetWork extends PathsWork {
  exec: Exec;
  rootExec: Exec;
}

function logReport(report: TargetReport): void {
  const size = report.bytes === undefined ? '' : `, ${formatSize(report.bytes)}`;
  core.info(`${report.target}: ${report.status}${size} in ${report.seconds.toFixed(2)} s`);
  if (report.errors?.length && report.status !== 'not present')
    core.warning(`${report.target}: ${report.status}: ${report.errors.slice(0, 3).join('; ')}`);
}

export class TargetRunner {
  readonly reports: TargetReport[] = [];
  private segment: { report: TargetReport; units: string[] }[] = [];
  /** Bytes a dry run would have freed so far (it deletes nothing). */
  private projected = 0;

  constructor(
    private readonly inputs: FreeDiskInputs,
    readonly work: TargetWork,
  ) {}

  private enough(): boolean {
    const { minFree, root } = this.inputs;
    return minFree > 0 && freeBytes(root) + this.projected >= minFree;
  }

  async run(target: TargetPlan): Promise<void> {
    const { inputs } = this;
    const deferrable = target.kind === 'paths' && !inputs.dryRun && inputs.mode === 'wait';
    if (!deferrable) await this.flush();
    if (!deferrable && this.enough()) {
      const paths = target.paths.map((p) => p.name);
      this.reports.push({ target: target.name, paths, status: 'skipped: min-free reached', seconds: 0 });
      return;
    }
    const t0 = performance.now();
    core.startGroup(
      `${target.name}${target.paths.length ? `: ${target.paths.map((p) => p.name).join(', ')}` : ''}`,
    );
    const { report, units } = await this.targetWork(target);
    report.seconds = (performance.now() - t0) / 1000;
    for (const e of report.errors ?? []) core.info(`  ${e}`);
    core.endGroup();
    this.reports.push(report);
    if (units) this.segment.push({ report, units });
    else logReport(report);
    if (inputs.dryRun) this.projected += report.bytes ?? 0;
  }

  /** One target's work; an unexpected error is that target's failure, not the step's. */
  private async targetWork(target: TargetPlan): Promise<{ report: TargetReport; units?: string[] }> {
    try {
      if (target.kind === 'paths') return await pathsTarget(target, this.inputs, this.work);
      return { report: await specialTarget(target, this.inputs, this.work.exec, this.work.rootExec) };
    } catch (error) {
      const paths = target.paths.map((p) => p.name);
      const errors = [(error as Error).message];
      return { report: { target: target.name, paths, status: 'failed', seconds: 0, errors } };
    }
  }

  /** Deletes the queued segment through one rm pool, crediting freed bytes to each target. */
  async flush(): Promise<void> {
    const jobs = this.segment;
    this.segment = [];
    if (!jobs.length) return;
    const freed = freeMeter([...new Set(jobs.flatMap((j) => j.units.map((u) => dirname(u))))]);
    let credited = 0;
    const opened = await deleteJobs(
      jobs.map((j) => j.units),
      { parallelism: this.inputs.parallelism, privilege: this.work.privilege },
      {
        // With min-free, a target starts only once the ones before it are done and still not enough
        // is free; without, the next target starts as soon as a worker is idle.
        barrier: this.inputs.minFree > 0,
        open: () => !this.enough(),
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
          logReport(report);
        },
      },
    );
    for (const job of jobs.slice(opened)) {
      job.report.status = 'skipped: min-free reached';
      logReport(job.report);
    }
  }
}
