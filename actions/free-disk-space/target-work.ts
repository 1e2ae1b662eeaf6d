// The work on one target of the plan: a paths target is measured (dry-run), moved to a trash
// folder (background) or queued for the shared rm pool (wait); a special target (docker-images,
// swap, apt) runs its tool. Each returns the target's report; the caller logs it.
import { accessSync, constants, lstatSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { core } from '../../packages/action-io/index.js';
import { removeApt } from './apt.js';
import { moveToTrash } from './background.js';
import type { Privilege } from './delete.js';
import { pruneImages } from './docker-images.js';
import type { FreeDiskInputs } from './inputs.js';
import { diskUsage, freeBytes } from './measure.js';
import { spareKept, type TargetPlan } from './plan.js';
import type { TargetReport } from './report.js';
import { parseProcSwaps, removeSwap } from './swap.js';
import type { Exec, SpecialResult } from './system-exec.js';

const STATE_NOTE: Record<string, string> = {
  kept: 'kept',
  symlink: 'skipped: a symlink (not followed)',
  'outside root': 'skipped: resolves outside root',
  'not present': 'not present',
};

function writable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Bytes freed on each distinct filesystem holding `dirs`, summed (statfs before and after). */
export function freeMeter(dirs: string[]): () => number {
  const byDev = new Map<number, string>();
  for (const parent of dirs) {
    const st = lstatSync(parent, { throwIfNoEntry: false });
    if (st && !byDev.has(st.dev)) byDev.set(st.dev, parent);
  }
  const before = [...byDev.values()].map((p) => [p, freeBytes(p)] as const);
  return () => before.reduce((sum, [p, free]) => sum + freeBytes(p) - free, 0);
}

export interface PathsWork {
  privilege: Privilege;
  /** The trash folder name (background mode). */
  trash: string;
  /** Trash folders and unmovable paths for the background deleter (background mode adds to it). */
  toDeleteLater: string[];
}

/** Plans, measures (dry-run) or moves (background) one path target; wait mode returns the units. */
export async function pathsTarget(
  target: TargetPlan,
  inputs: FreeDiskInputs,
  work: PathsWork,
): Promise<{ report: TargetReport; units?: string[] }> {
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
  if (work.privilege === 'user' && !units.every(writable)) {
    report.status = 'skipped: needs root (sudo -n is not available)';
    report.errors = [`not root and cannot write ${dirname(units[0]!)}`];
    return { report };
  }
  if (inputs.mode === 'background') {
    const moved = await moveToTrash(units, work.trash, work.privilege);
    work.toDeleteLater.push(...moved.trash, ...moved.inPlace);
    report.status = moved.inPlace.length ? 'deleting in place in the background' : 'moved to trash';
    if (moved.errors.length) report.errors = moved.errors;
    return { report };
  }
  report.status = 'queued';
  return { report, units };
}

export async function specialTarget(
  target: TargetPlan,
  inputs: FreeDiskInputs,
  exec: Exec,
  rootExec: Exec,
): Promise<TargetReport> {
  const freed = freeMeter([inputs.root]);
  let result: SpecialResult;
  // The runner's user is in the docker group: docker needs no sudo.
  if (target.kind === 'docker-images') result = await pruneImages(exec, inputs.dryRun);
  else if (target.kind === 'swap')
    result = await removeSwap(rootExec, {
      root: inputs.root,
      dryRun: inputs.dryRun,
      swaps: parseProcSwaps(readProcSwaps()),
    });
  else result = await removeApt(exec, rootExec, { targets: inputs.targets, dryRun: inputs.dryRun });
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
