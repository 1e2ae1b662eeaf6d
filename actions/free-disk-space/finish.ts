// The post step's work: wait (bounded) for the detached deleter, then report its outcome —
// failures as warnings, never as errors (the job's own steps decide whether it passes).
import { rmSync } from 'node:fs';
import { core, type ActionResult } from '../../packages/action-io/index.js';
import { formatSize } from '../../packages/units/size.js';
import { waitForDeleter, type WaitOutcome } from './background.js';
import type { BackgroundDeleter } from './clean.js';
import { freeBytes } from './measure.js';
import type { PostState } from './post-state.js';
import { summaryText } from './report.js';

/** The post step: never fails; a problem of its own is a warning. */
export async function finish(state: PostState): Promise<ActionResult> {
  try {
    return await finishBackground(state);
  } catch (error) {
    core.warning(`free-disk-space post step: ${(error as Error).message}`);
    return {};
  }
}

export async function finishBackground(state: PostState): Promise<ActionResult> {
  if (state.unreadable) throw new Error(`cannot read the main step's state: ${state.unreadable}`);
  const { deleter } = state;
  if (!deleter) {
    core.info('No background deletion to wait for.');
    return {};
  }
  const started = performance.now();
  core.info(`Waiting for the background deleter (pid ${deleter.pid})…`);
  const outcome = await waitForDeleter(deleter.statusFile, deleter.pid, state.timeoutMs);
  const status = outcomeStatus(outcome, deleter, state.timeoutMs, (performance.now() - started) / 1000);
  const reports = state.reports.map((r) =>
    r.status === 'moved to trash' || r.status.startsWith('deleting in place') ? { ...r, status } : r,
  );
  const freeNow = freeBytes(state.root);
  const line = `Background deletion: ${status}. Free space ${formatSize(state.freeBefore)} → ${formatSize(freeNow)} (freed ${formatSize(freeNow - state.freeBefore)} since the main step).`;
  core.info(line);
  return { summary: summaryText('free-disk-space (post)', line, reports) };
}

/** The targets' new status; logs how the deleter ended (its failures as warnings). */
function outcomeStatus(
  outcome: WaitOutcome,
  deleter: BackgroundDeleter,
  timeoutMs: number,
  waited: number,
): string {
  if (outcome.kind === 'finished') {
    const { errors, seconds } = outcome.status;
    core.info(
      `The deleter finished in ${seconds.toFixed(1)} s (the post step waited ${waited.toFixed(1)} s).`,
    );
    if (errors.length)
      core.warning(
        `free-disk-space: the background deletion left some files: ${errors.slice(0, 5).join('; ')}`,
      );
    rmSync(deleter.dir, { recursive: true, force: true });
    return errors.length ? 'partly deleted in the background' : 'deleted in the background';
  }
  if (outcome.kind === 'vanished') {
    core.warning(
      `free-disk-space: the background deleter (pid ${deleter.pid}) exited without a report; see ${deleter.dir}/deleter.log`,
    );
    return 'background deleter died';
  }
  core.warning(
    `free-disk-space: the background deletion did not finish within ${Math.round(timeoutMs / 1000)} s`,
  );
  return 'still deleting at the end of the job';
}
