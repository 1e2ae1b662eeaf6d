// free-disk-space: splitting for parallel deletion, the rm pool, du-equivalent sizes, moving to
// trash and the deleter's status file — on small trees in a temp folder.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  moveToTrash,
  runDeleteWorker,
  trashName,
  waitForDeleter,
} from '../../actions/free-disk-space/background.js';
import { deleteJobs, deletePaths, splitForDeletion } from '../../actions/free-disk-space/delete.js';
import { diskUsage, freeBytes } from '../../actions/free-disk-space/measure.js';

let dir: string;

/** `count` files spread over `width`^`depth` folders under `root`. */
function grow(root: string, depth: number, width: number, filesPerDir: number): void {
  mkdirSync(root, { recursive: true });
  for (let f = 0; f < filesPerDir; f++) writeFileSync(join(root, `f${f}`), 'x'.repeat(100 + f * 700));
  if (depth > 0) for (let w = 0; w < width; w++) grow(join(root, `d${w}`), depth - 1, width, filesPerDir);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fds-delete-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('splitForDeletion', () => {
  it('splits folders into pieces that together cover everything, folders first', () => {
    const a = join(dir, 'a');
    grow(a, 3, 3, 4);
    writeFileSync(join(dir, 'loose'), 'x');
    const pieces = splitForDeletion([a, join(dir, 'loose'), join(dir, 'missing')], 8);
    expect(pieces.length).toBeGreaterThanOrEqual(8);
    const paths = pieces.flat();
    expect(new Set(paths).size).toBe(paths.length);
    // Every file of the tree lies in exactly one piece.
    const files = (readdirSync(a, { recursive: true }) as string[])
      .map((p) => join(a, p))
      .filter((p) => /\/f\d+$/.test(p));
    expect(files.length).toBeGreaterThan(8); // the loop below checks something
    for (const f of files) expect(paths.filter((p) => f === p || f.startsWith(`${p}/`))).toHaveLength(1);
    expect(paths).toContain(join(dir, 'loose'));
    expect(pieces.findIndex((p) => p.some((x) => x.endsWith('/loose')))).toBeGreaterThan(0);
  });
  it('does not split beyond what is needed', () => {
    const a = join(dir, 'a');
    grow(a, 3, 3, 1);
    expect(splitForDeletion([a], 1)).toEqual([[a]]);
  });
  it('never descends through symlinks', () => {
    const outside = join(dir, 'outside');
    grow(outside, 1, 2, 2);
    const a = join(dir, 'a');
    grow(a, 1, 2, 1);
    symlinkSync(outside, join(a, 'link'));
    const paths = splitForDeletion([a], 50).flat();
    expect(paths).toContain(join(a, 'link'));
    expect(paths.some((p) => p.startsWith(`${outside}/`))).toBe(false);
  });
});

describe('deletePaths', () => {
  it.each([1, 4])(
    'deletes everything with %d process(es), not what symlinks point at',
    async (parallelism) => {
      const outside = join(dir, 'outside');
      grow(outside, 1, 2, 2);
      const a = join(dir, 'a');
      const b = join(dir, 'b');
      grow(a, 3, 4, 3);
      grow(b, 1, 2, 2);
      symlinkSync(outside, join(a, 'd0', 'link-dir'));
      symlinkSync(join(outside, 'f0'), join(b, 'link-file'));
      const result = await deletePaths([a, b, join(dir, 'missing')], { parallelism, privilege: 'root' });
      expect(result.errors).toEqual([]);
      expect(existsSync(a) || existsSync(b)).toBe(false);
      expect(readdirSync(outside).sort()).toEqual(['d0', 'd1', 'f0', 'f1']);
    },
  );
  it('reports what rm could not delete, and deletes the rest', async () => {
    const a = join(dir, 'a');
    grow(a, 2, 3, 2);
    const stuck = join(a, 'd1', 'd2', 'f1');
    execFileSync('chattr', ['+i', stuck]);
    try {
      const result = await deletePaths([a], { parallelism: 2, privilege: 'root' });
      expect(result.errors.join('\n')).toMatch(/cannot remove '.*\/d1\/d2\/f1': Operation not permitted/);
      expect(readdirSync(a)).toEqual(['d1']);
    } finally {
      execFileSync('chattr', ['-i', stuck]);
    }
  });
});

describe('deleteJobs', () => {
  it.each([false, true])(
    'runs jobs in order through one pool (barrier %s); open() can stop',
    async (barrier) => {
      const jobs = ['a', 'b', 'c', 'd'].map((name) => {
        grow(join(dir, name), 2, 3, 2);
        return [join(dir, name)];
      });
      const events: string[] = [];
      const opened = await deleteJobs(
        jobs,
        { parallelism: 3, privilege: 'root' },
        {
          barrier,
          open: (i) => {
            // With a barrier, every earlier job is completely gone when the next one opens.
            if (barrier) expect(jobs.slice(0, i).every(([p]) => !existsSync(p!))).toBe(true);
            events.push(`open ${i}`);
            return i < 3;
          },
          done: (i, r) => {
            expect(r.errors).toEqual([]);
            events.push(`done ${i}`);
          },
        },
      );
      expect(opened).toBe(3);
      expect(events.filter((e) => e.startsWith('open'))).toEqual(['open 0', 'open 1', 'open 2', 'open 3']);
      expect(events.filter((e) => e.startsWith('done')).sort()).toEqual(['done 0', 'done 1', 'done 2']);
      if (barrier)
        expect(events).toEqual(['open 0', 'done 0', 'open 1', 'done 1', 'open 2', 'done 2', 'open 3']);
      expect(readdirSync(dir)).toEqual(['d']);
    },
  );
});

describe('diskUsage', () => {
  it('counts allocated blocks like du -sB1, hard links once, symlinks not followed', () => {
    const a = join(dir, 'a');
    grow(a, 2, 3, 3);
    writeFileSync(join(a, 'big'), Buffer.alloc(300_000, 7));
    linkSync(join(a, 'big'), join(a, 'd0', 'big-link'));
    const outside = join(dir, 'outside');
    grow(outside, 0, 0, 3);
    symlinkSync(outside, join(a, 'link'));
    const du = Number(execFileSync('du', ['-sB1', a], { encoding: 'utf8' }).split('\t')[0]);
    expect(diskUsage(a)).toBe(du);
    expect(diskUsage(join(a, 'f1'))).toBe(
      Number(execFileSync('du', ['-sB1', join(a, 'f1')], { encoding: 'utf8' }).split('\t')[0]),
    );
    expect(diskUsage(join(dir, 'missing'))).toBe(0);
  });
  it('reads free space from statfs', () => {
    expect(freeBytes(dir)).toBeGreaterThan(0);
  });
});

describe('background', () => {
  it('moves paths into a trash folder beside them, and the worker empties it', async () => {
    const parent = join(dir, 'usr');
    grow(join(parent, 'dotnet'), 2, 2, 2);
    grow(join(parent, 'swift'), 1, 2, 2);
    writeFileSync(join(parent, 'keep-me'), 'k');
    const name = trashName('42-1-7');
    const moved = await moveToTrash(
      [join(parent, 'dotnet'), join(parent, 'swift'), join(parent, 'missing')],
      name,
      'root',
    );
    expect(moved).toEqual({ trash: [join(parent, name)], inPlace: [], errors: [] });
    expect(readdirSync(parent).sort()).toEqual(['.free-disk-space-trash-42-1-7', 'keep-me']);
    expect(readdirSync(join(parent, name)).sort()).toEqual(['dotnet', 'swift']);

    const statusFile = join(dir, 'status.json');
    const jobFile = join(dir, 'job.json');
    writeFileSync(
      jobFile,
      JSON.stringify({ paths: moved.trash, parallelism: 2, privilege: 'root', statusFile }),
    );
    await runDeleteWorker(jobFile);
    expect(readdirSync(parent)).toEqual(['keep-me']);
    const outcome = await waitForDeleter(statusFile, process.pid, 1000);
    expect(outcome).toMatchObject({ kind: 'finished', status: { errors: [] } });
  });
  it('notices a deleter that died without a report, and gives up after the timeout', async () => {
    const gone = execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).trim();
    expect(await waitForDeleter(join(dir, 'none.json'), Number(gone), 5000)).toEqual({ kind: 'vanished' });
    expect(await waitForDeleter(join(dir, 'none.json'), process.pid, 100)).toEqual({ kind: 'timeout' });
  });
});
