// Background mode: each target is renamed into a trash folder beside it (same filesystem, so the
// rename is instant and later steps never see a half-deleted folder), then a detached deleter —
// the worker bundle (worker.ts) started with `<job.json>` — empties the trash while the job goes
// on. The post step waits for it (bounded) and turns its failures into warnings.
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { run, startDetached } from '../../packages/exec/index.js';
import { sleep } from '../../packages/time-limit/sleep.js';
import { deletePaths, tools, type Privilege } from './delete.js';

export interface DeleteJob {
  /** Trash folders (and paths that could not be moved) to delete. */
  paths: string[];
  parallelism: number;
  privilege: Privilege;
  /** Where the deleter writes its DeleterStatus when done. */
  statusFile: string;
}

export interface DeleterStatus {
  seconds: number;
  errors: string[];
}

export interface Moved {
  /** Trash folders now holding the moved paths. */
  trash: string[];
  /** Paths that could not be renamed (another filesystem, a mount point): deleted where they are. */
  inPlace: string[];
  errors: string[];
}

export function trashName(runId: string): string {
  return `.free-disk-space-trash-${runId}`;
}

/** Renames each path into `<its parent>/<trash name>/`; needs no time proportional to size. */
export async function moveToTrash(paths: string[], name: string, privilege: Privilege): Promise<Moved> {
  const moved: Moved = { trash: [], inPlace: [], errors: [] };
  const byParent = new Map<string, string[]>();
  for (const path of paths) {
    const parent = dirname(path);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    // A mount point (or anything on another filesystem than its parent) cannot be renamed there.
    if (st.dev !== lstatSync(parent).dev) moved.inPlace.push(path);
    else byParent.set(parent, [...(byParent.get(parent) ?? []), path]);
  }
  for (const [parent, group] of byParent) {
    const trash = join(parent, name);
    try {
      if (privilege === 'sudo') {
        // `mv -t` would copy across filesystems; both sides were checked to be on one above.
        await sudo(['mkdir', '-p', '--', trash]);
        await sudo(['mv', '-t', trash, '--', ...group]);
      } else {
        mkdirSync(trash, { recursive: true });
        for (const path of group) renameSync(path, join(trash, basename(path)));
      }
      moved.trash.push(trash);
    } catch (error) {
      moved.errors.push(`${parent}: ${(error as Error).message}`);
      // Whatever did not move is deleted where it is; whatever did is in the trash.
      for (const path of group) if (existsSync(path)) moved.inPlace.push(path);
      if (existsSync(trash)) moved.trash.push(trash);
    }
  }
  return moved;
}

async function sudo(args: string[]): Promise<void> {
  const result = await run(tools.sudo, ['-n', ...args]);
  if (result.exitCode !== 0) throw new Error(result.stderr.trim() || `sudo ${args[0]} failed`);
}

/**
 * Starts the detached deleter (`node <worker bundle> <job.json>`) and returns its pid at once (0
 * when it could not start); its output goes to `<dir>/deleter.log`.
 */
export function startDeleter(
  job: DeleteJob,
  workerBundle: string,
  dir: string,
): { pid: number; jobFile: string } {
  mkdirSync(dir, { recursive: true });
  const jobFile = join(dir, 'job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  const log = openSync(join(dir, 'deleter.log'), 'a');
  try {
    return { pid: startDetached(process.execPath, [workerBundle, jobFile], log) ?? 0, jobFile };
  } finally {
    closeSync(log); // the child has its own copy
  }
}

/** The deleter process: delete, then write the status file (atomically, by rename). */
export async function runDeleteWorker(jobFile: string): Promise<void> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as DeleteJob;
  const result = await deletePaths(job.paths, { parallelism: job.parallelism, privilege: job.privilege });
  const status: DeleterStatus = { seconds: result.seconds, errors: result.errors };
  writeFileSync(`${job.statusFile}.tmp`, JSON.stringify(status));
  renameSync(`${job.statusFile}.tmp`, job.statusFile);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // An exited child nobody has reaped yet still answers signal 0.
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

export type WaitOutcome =
  { kind: 'finished'; status: DeleterStatus } | { kind: 'vanished' } | { kind: 'timeout' };

/** Polls for the status file until it appears, the deleter dies without one, or time runs out. */
export async function waitForDeleter(
  statusFile: string,
  pid: number,
  timeoutMs: number,
): Promise<WaitOutcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(statusFile))
      return { kind: 'finished', status: JSON.parse(readFileSync(statusFile, 'utf8')) as DeleterStatus };
    if (!alive(pid)) {
      // It may have written the file between the two checks.
      if (existsSync(statusFile)) continue;
      return { kind: 'vanished' };
    }
    if (Date.now() >= deadline) return { kind: 'timeout' };
    await sleep(50);
  }
}
