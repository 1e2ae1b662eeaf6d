// Plays a chain of workflows linked by `on: workflow_run` the way GitHub does: a stage's run ends,
// its conclusion is computed from its real jobs, and every workflow whose
// `on.workflow_run.workflows` names it runs from a workflow_run event carrying that result
// (head_sha, head_branch, conclusion, event, head_repository). act itself matches neither the
// `workflows:` names nor the conclusion; this does the matching, the workflows' `if:` guards decide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { workflowRunEvent, type ActEvent, type WorkflowRunResult } from './events.js';
import type { ActJob } from './log.js';
import type { RehearsalSession, SessionRun } from './session.js';

export interface ChainWorkflow {
  file: string;
  /** the workflow's `name:` (its file name without extension when it has none) */
  name: string;
  /** names in `on.workflow_run.workflows` (empty when it is not started by workflow_run) */
  after: string[];
  /** its job ids */
  jobIds: string[];
}

export interface ChainStage {
  workflow: ChainWorkflow;
  /** the event it ran from */
  event: ActEvent;
  jobs: ActJob[];
  conclusion: WorkflowRunResult['conclusion'];
}

function workflowRunTrigger(on: unknown): string[] {
  if (!on || typeof on !== 'object' || Array.isArray(on)) return [];
  const trigger = (on as Record<string, unknown>).workflow_run;
  if (!trigger || typeof trigger !== 'object') return [];
  const names = (trigger as Record<string, unknown>).workflows;
  return Array.isArray(names) ? names.map(String) : [];
}

/** The repository's workflows with their names and workflow_run predecessors. */
export function readChain(workflowDir: string, files: string[]): ChainWorkflow[] {
  return files.map((file) => {
    const doc = parse(readFileSync(join(workflowDir, file), 'utf8')) as Record<string, unknown>;
    const name = typeof doc.name === 'string' ? doc.name : file.replace(/\.ya?ml$/, '');
    const jobs = doc.jobs && typeof doc.jobs === 'object' ? Object.keys(doc.jobs) : [];
    return { file, name, after: workflowRunTrigger(doc.on), jobIds: jobs };
  });
}

/** A job of a workflow: act names jobs "<workflow name>/<job name>". */
export const jobOfWorkflow = (job: ActJob, workflow: string): boolean => job.name.startsWith(`${workflow}/`);

/**
 * GitHub's conclusion of a run from its jobs: failure when one failed (or was cancelled), skipped
 * when none ran, success otherwise.
 */
export function conclusionOf(jobs: ActJob[]): WorkflowRunResult['conclusion'] {
  if (jobs.some((j) => j.result === 'failure' || j.result === 'cancelled')) return 'failure';
  if (!jobs.some((j) => j.result === 'success')) return 'skipped';
  return 'success';
}

/**
 * act logs a job whose `if:` is false (or whose needs were skipped) only at debug level: when act
 * exited 0, a job of the workflow that left no line was skipped. It is recorded as such in the
 * run, so the run's results say so (and a stage that ran no job is not mistaken for a failure).
 */
function recordSkippedJobs(run: SessionRun, workflow: ChainWorkflow): void {
  if (run.exitCode !== 0) return;
  for (const jobId of workflow.jobIds) {
    if (run.jobs.some((j) => j.jobId === jobId && jobOfWorkflow(j, workflow.name))) continue;
    run.jobs.push({
      name: `${workflow.name}/${jobId}`,
      jobId,
      matrix: {},
      result: 'skipped',
      startedAt: Date.now(),
      endedAt: Date.now(),
      outputs: {},
      lines: ['skipped: act ran none of its steps (its if: was false or a job it needs was skipped)'],
      ran: false,
    });
  }
}

function stagesOf(run: SessionRun, workflows: ChainWorkflow[], event: ActEvent): ChainStage[] {
  return workflows.map((workflow) => {
    recordSkippedJobs(run, workflow);
    const jobs = run.jobs.filter((j) => jobOfWorkflow(j, workflow.name));
    // act exiting non-zero with no failed job (a workflow it could not load) is a failure too
    const conclusion = run.exitCode !== 0 && jobs.length === 0 ? 'failure' : conclusionOf(jobs);
    return { workflow, event, jobs, conclusion };
  });
}

/**
 * Runs `first` from `event`, then each later stage from the workflow_run event of the stage it
 * names, stages started by the same run together (one act run, as GitHub starts them at once).
 * `headBranch` is the branch or tag the chain's first event was for.
 */
export async function playChain(
  session: RehearsalSession,
  opts: { first: string; event: ActEvent; headSha: string; headBranch: string; log?: (l: string) => void },
): Promise<ChainStage[]> {
  const chain = readChain(join(session.user.dir, '.github', 'workflows'), session.user.workflows);
  const start = chain.find((w) => w.file === opts.first);
  if (!start) throw new Error(`no workflow file ${opts.first} in the repository`);
  const stages: ChainStage[] = [];
  let wave: { workflows: ChainWorkflow[]; event: ActEvent }[] = [{ workflows: [start], event: opts.event }];
  while (wave.length) {
    const next: typeof wave = [];
    for (const { workflows, event } of wave) {
      const run = await session.run(event, { workflows: workflows.map((w) => w.file) });
      for (const stage of stagesOf(run, workflows, event)) {
        stages.push(stage);
        opts.log?.(`  ${stage.workflow.name} (${event.name}): ${stage.conclusion}`);
        const after = chain.filter((w) => w.after.includes(stage.workflow.name));
        if (after.length === 0) continue;
        const result: WorkflowRunResult = {
          name: stage.workflow.name,
          headSha: opts.headSha,
          headBranch: opts.headBranch,
          conclusion: stage.conclusion,
          event: event.name,
        };
        next.push({ workflows: after, event: workflowRunEvent(session.user, result) });
      }
    }
    wave = next;
  }
  return stages;
}
