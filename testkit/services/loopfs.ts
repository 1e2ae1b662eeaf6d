// A real ext4 filesystem mounted from a loop file, so tests and benches see free space measured by
// the kernel (statfs) and `du` sizes of real allocated blocks. Needs root (mount, losetup, mkfs.ext4).
//
// Each filesystem lives under the repo's git-ignored .cache/loopfs/<name>-<pid>/ (image file +
// mount point). A run killed before its cleanup leaves the mount and the loop device behind; the
// next mountLoopFs() sweeps those of dead pids (unmount, detach, delete) before making its own.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface LoopFs {
  /** Where the filesystem is mounted (an absolute path). */
  mountPoint: string;
  /** The sparse file backing the loop device. */
  image: string;
  /** Free bytes an unprivileged writer may use (bavail * bsize), as df's "Avail". */
  free(): number;
  /** Unmounts, detaches the loop device and deletes the image. Safe to call twice. */
  dispose(): void;
}

export interface LoopFsOptions {
  /** Size of the filesystem in MiB (the image is sparse: only written blocks use real disk). */
  sizeMiB: number;
  /** Inodes to create (default: mkfs's ratio, about one per 16 KiB); trees of many small files need more. */
  inodes?: number;
  /** Parent folder for the image and mount point (default: <repo>/.cache/loopfs). */
  home?: string;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Mount points (from /proc/self/mountinfo) at or below `dir`, deepest first. */
export function mountsUnder(dir: string): string[] {
  const unescape = (s: string) =>
    s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => unescape(line.split(' ')[4]))
    .filter((m) => m === dir || m.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
}

/** Unmounts everything at or below `dir` and detaches loop devices backed by `image`. */
export function cleanupStale(dir: string, image: string): void {
  for (const m of mountsUnder(dir)) {
    try {
      run('umount', [m]);
    } catch {
      run('umount', ['-l', m]);
    }
  }
  if (existsSync(image)) {
    const attached = run('losetup', ['-j', image])
      .split('\n')
      .map((l) => l.split(':')[0])
      .filter(Boolean);
    for (const dev of attached) run('losetup', ['-d', dev]);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Unmounts and deletes every filesystem under `home` whose owning process is gone. */
export function sweepStale(home: string): void {
  if (!existsSync(home)) return;
  for (const dir of readdirSync(home)) {
    const owner = Number(/-(\d+)$/.exec(dir)?.[1]);
    if (owner && alive(owner)) continue;
    cleanupStale(join(home, dir, 'mnt'), join(home, dir, 'image.ext4'));
    rmSync(join(home, dir), { recursive: true, force: true });
  }
}

/**
 * Makes and mounts a fresh ext4 filesystem at <home>/<name>-<pid>/mnt. Filesystems left behind by
 * killed runs (their pid is gone) are unmounted, detached and deleted first; ones of live
 * processes (another test or bench running at the same time) are left alone.
 */
export function mountLoopFs(name: string, options: LoopFsOptions): LoopFs {
  const root = options.home ?? join(repoRoot, '.cache', 'loopfs');
  sweepStale(root);
  const home = join(root, `${name}-${process.pid}`);
  const image = join(home, 'image.ext4');
  const mountPoint = join(home, 'mnt');
  cleanupStale(mountPoint, image);
  rmSync(image, { force: true });
  mkdirSync(mountPoint, { recursive: true });
  writeFileSync(image, '');
  truncateSync(image, options.sizeMiB * 1024 * 1024);
  // -m 0: no reserved blocks, so root and users see the same free space. nodiscard: the image is
  // sparse already. Full inode/journal init now, so no lazy-init thread writes during a test.
  const mkfsArgs = ['-F', '-q', '-m', '0', '-E', 'nodiscard,lazy_itable_init=0,lazy_journal_init=0'];
  if (options.inodes) mkfsArgs.push('-N', String(options.inodes));
  run('mkfs.ext4', [...mkfsArgs, image]);
  run('mount', ['-o', 'loop', image, mountPoint]);
  let disposed = false;
  return {
    mountPoint,
    image,
    free() {
      const s = statfsSync(mountPoint, { bigint: true });
      return Number(s.bavail * s.bsize);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      cleanupStale(mountPoint, image);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Flushes dirty data of the filesystem holding `path` (so statfs and du agree on allocations). */
export function syncFs(path: string): void {
  run('sync', ['-f', path]);
}
