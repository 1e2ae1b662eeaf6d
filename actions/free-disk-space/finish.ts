// The post step's work: wait (bounded) for the detached deleter, then report its outcome —
// failures as warnings, never as errors (the job's own steps decide whether it passes).
import { core } from '../../packages/action-io/index.js';
import { rmSync } from 'node:fs';
import { formatSize } from '../../packages/units/size.js';
import { waitForDeleter } from './background.js';
import { freeBytes } from './measure.js';
import { writeSummary, type TargetReport } from './report.js';

export async function finishBackground(state: (name: string) => string): Promise<void> {
  const text = state('deleter');
  if (!text) {
    core.info('No background deletion to wait for.');
    return;
  }
  const deleter = JSON.parse(text) as { pid: number; statusFile: string; dir: string };
  const timeoutMs = Number(state('post-timeout')) || 15 * 60_000;
  const started = performance.now();
  core.info(`Waiting for the background deleter (pid ${deleter.pid})…`);
  const outcome = await waitForDeleter(deleter.statusFile, deleter.pid, timeoutMs);
  const waited = (performance.now() - started) / 1000;
  const freeBefore = Number(state('free-before'));
  const freeNow = freeBytes(state('root') || '/');
  const reports = (JSON.parse(state('report') || '[]') as TargetReport[]).map((r) => ({ ...r }));
  let status: string;
  if (outcome.kind === 'finished') {
    const { errors, seconds } = outcome.status;
    status = errors.length ? 'partly deleted in the background' : 'deleted in the background';
    core.info(
      `The deleter finished in ${seconds.toFixed(1)} s (the post step waited ${waited.toFixed(1)} s).`,
    );
    if (errors.length)
      core.warning(
        `free-disk-space: the background deletion left some files: ${errors.slice(0, 5).join('; ')}`,
      );
    rmSync(deleter.dir, { recursive: true, force: true });
  } else if (outcome.kind === 'vanished') {
    status = 'background deleter died';
    core.warning(
      `free-disk-space: the background deleter (pid ${deleter.pid}) exited without a report; see ${deleter.dir}/deleter.log`,
    );
  } else {
    status = 'still deleting at the end of the job';
    core.warning(
      `free-disk-space: the background deletion did not finish within ${Math.round(timeoutMs / 1000)} s`,
    );
  }
  for (const r of reports)
    if (r.status === 'moved to trash' || r.status.startsWith('deleting in place')) r.status = status;
  const line = `Background deletion: ${status}. Free space ${formatSize(freeBefore)} → ${formatSize(freeNow)} (freed ${formatSize(freeNow - freeBefore)} since the main step).`;
  core.info(line);
  await writeSummary('free-disk-space (post)', line, reports);
}
