// Parallel deletion: each path is split into smaller pieces (its children, and theirs, until there
// are enough to keep every worker busy), then a bounded pool of `rm -rf --one-file-system`
// processes deletes them, biggest first. rm is native code doing nothing but unlinkat(2), so the
// pool adds parallelism without adding per-file work in JavaScript.
//
// "Biggest" is an estimate: exact sizes need a walk over every inode, which costs about as much as
// deleting them. Folders go first (by their count of subfolders, from one lstat each), then the
// batches of loose files. The split only reads folder listings (getdents), never whole trees.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runInOwnSession } from '../../packages/exec/index.js';

export type Privilege = 'root' | 'sudo' | 'user';

/** The programs run for privileged work (tests point `sudo` at a stand-in). */
export const tools = { sudo: 'sudo' };

export interface DeleteOptions {
  /** Processes running at once. */
  parallelism: number;
  /** 'sudo' runs rm through `sudo -n`. */
  privilege: Privilege;
}

export interface DeleteResult {
  seconds: number;
  /** rm's complaints (first lines), empty when everything went. */
  errors: string[];
}

interface Piece {
  paths: string[];
  weight: number;
}

const MAX_BATCH = 256;
const MAX_ARG_BYTES = 96 * 1024;
/** Folders nested deeper than this are not split further (a chain of single folders ends it). */
const MAX_DEPTH = 16;

/**
 * The pieces `rm` processes get, biggest (estimated) first. `want` is how many pieces are enough;
 * folders on another filesystem than their top path are left out (rm would cross into them when
 * named on its command line; the final pass over the top paths skips them with a message).
 */
export function splitForDeletion(paths: string[], want: number): string[][] {
  const dirs: Piece[] = [];
  const files: Piece[] = [];
  let frontier: { path: string; dev: number; nlink: number }[] = [];
  for (const path of paths) {
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) frontier.push({ path, dev: st.dev, nlink: st.nlink });
    else files.push({ paths: [path], weight: 1 });
  }
  for (let depth = 0; frontier.length && depth < MAX_DEPTH && frontier.length + dirs.length < want; depth++) {
    const next: typeof frontier = [];
    for (const dir of frontier) {
      let entries;
      try {
        entries = readdirSync(dir.path, { withFileTypes: true });
      } catch {
        dirs.push({ paths: [dir.path], weight: dir.nlink });
        continue;
      }
      const loose: string[] = [];
      for (const entry of entries) {
        const full = join(dir.path, entry.name);
        if (!entry.isDirectory()) {
          loose.push(full);
          continue;
        }
        const st = lstatSync(full, { throwIfNoEntry: false });
        if (st && st.dev === dir.dev) next.push({ path: full, dev: st.dev, nlink: st.nlink });
      }
      for (const batch of chunk(loose)) files.push({ paths: batch, weight: batch.length / MAX_BATCH });
    }
    frontier = next;
  }
  for (const dir of frontier) dirs.push({ paths: [dir.path], weight: dir.nlink });
  dirs.sort((a, b) => b.weight - a.weight);
  files.sort((a, b) => b.weight - a.weight);
  // Many small folders: several per rm process, so process start-up stays a small cost.
  const perBatch = Math.max(1, Math.floor(dirs.length / Math.max(1, want)));
  const dirBatches: string[][] = [];
  for (let i = 0; i < dirs.length; i += perBatch)
    dirBatches.push(...chunk(dirs.slice(i, i + perBatch).flatMap((d) => d.paths)));
  return [...dirBatches, ...files.map((f) => f.paths)];
}

function chunk(paths: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const p of paths) {
    if (current.length && (current.length >= MAX_BATCH || bytes + p.length + 1 > MAX_ARG_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(p);
    bytes += p.length + 1;
  }
  if (current.length) out.push(current);
  return out;
}

/** One `rm -rf --one-file-system -- paths…`; resolves with its stderr lines (empty when it succeeded). */
export async function removeBatch(paths: string[], privilege: Privilege): Promise<string[]> {
  const rm = ['rm', '-rf', '--one-file-system', '--', ...paths];
  const [command, ...args] = privilege === 'sudo' ? [tools.sudo, '-n', ...rm] : rm;
  // Each rm in a session of its own: with autogroup scheduling (Ubuntu's default) a session's
  // processes share one slice of CPU, so on a busy machine rm processes in the action's session
  // would take turns instead of running side by side.
  const result = await runInOwnSession(command!, args);
  if (result.exitCode === 0) return [];
  const lines = result.stderr.split('\n').filter(Boolean);
  return lines.length ? lines : [`${command} exited with code ${result.exitCode}`];
}

export interface JobHooks {
  /**
   * Called in order before job `i` starts; false stops there (job i and the rest are not run).
   * With `barrier`, called only once every earlier job has finished (so it sees their effect).
   */
  open?: (i: number) => boolean;
  /** Called when job `i` has finished (its final pass included). */
  done?: (i: number, result: DeleteResult) => void;
  barrier?: boolean;
}

/**
 * Deletes several jobs (each a list of paths) in order through ONE pool of rm processes: the next
 * job is split and queued as soon as the pool runs out of work, so no worker idles while another
 * finishes the tail of a job. Each job ends with a final pass over its own paths (the folders the
 * split walked through, empty by then). Returns how many jobs were opened; never throws.
 */
export async function deleteJobs(
  jobs: string[][],
  opts: DeleteOptions,
  hooks: JobHooks = {},
): Promise<number> {
  const want = opts.parallelism * 8;
  const queue: { job: number; paths: string[] }[] = [];
  const state = jobs.map(() => ({ pending: 0, started: 0, errors: [] as string[] }));
  let next = 0;
  let running = 0; // jobs opened and not yet done
  let stopped = false;
  let wake: (() => void)[] = [];
  const signal = () => {
    const waiting = wake;
    wake = [];
    for (const w of waiting) w();
  };

  const finish = async (j: number) => {
    for (const batch of chunk(jobs[j]!)) state[j]!.errors.push(...(await removeBatch(batch, opts.privilege)));
    running--;
    const errors = [...new Set(state[j]!.errors)].slice(0, 50);
    hooks.done?.(j, { seconds: (performance.now() - state[j]!.started) / 1000, errors });
    signal();
  };

  /** Opens the next job; false when there is none (or open() said stop). */
  const openNext = async (): Promise<boolean> => {
    if (stopped || next >= jobs.length) return false;
    const j = next++;
    if (hooks.open && !hooks.open(j)) {
      stopped = true;
      signal();
      return false;
    }
    running++;
    state[j]!.started = performance.now();
    const batches = splitForDeletion(jobs[j]!, want);
    state[j]!.pending = batches.length;
    for (const paths of batches) queue.push({ job: j, paths });
    signal();
    if (!batches.length) await finish(j);
    return true;
  };

  const worker = async () => {
    for (;;) {
      const item = queue.shift();
      if (item) {
        state[item.job]!.errors.push(...(await removeBatch(item.paths, opts.privilege)));
        if (--state[item.job]!.pending === 0) await finish(item.job);
        continue;
      }
      if (stopped || next >= jobs.length) return;
      if (hooks.barrier && running > 0) {
        await new Promise<void>((r) => wake.push(r));
        continue;
      }
      await openNext();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.parallelism) }, worker));
  return next - (stopped ? 1 : 0);
}

/** Deletes `paths` (all of each) with a pool of rm processes; never throws. */
export async function deletePaths(paths: string[], opts: DeleteOptions): Promise<DeleteResult> {
  let result: DeleteResult = { seconds: 0, errors: [] };
  await deleteJobs([paths], opts, { done: (_, r) => (result = r) });
  return result;
}
