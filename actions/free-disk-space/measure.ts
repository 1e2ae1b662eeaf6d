// Free space (statfs, as the kernel counts it) and `du`-equivalent sizes.
import { lstatSync, readdirSync, statfsSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes an unprivileged writer may still use on the filesystem holding `path` (df's "Avail"). */
export function freeBytes(path: string): number {
  const s = statfsSync(path, { bigint: true });
  return Number(s.bavail * s.bsize);
}

/**
 * Allocated bytes under `path` the way `du -sxB1` counts them: st_blocks of every entry (folders,
 * symlinks, the path itself) without following symlinks, each hard-linked inode once (per `seen`),
 * staying on the filesystem of `path` (rm --one-file-system does not cross either).
 */
export function diskUsage(path: string, seen: Set<string> = new Set()): number {
  const top = lstatSync(path, { throwIfNoEntry: false, bigint: false });
  if (!top) return 0;
  let total = top.blocks * 512;
  if (!top.isDirectory()) return top.nlink > 1 && !once(seen, top.dev, top.ino) ? 0 : total;
  const dev = top.dev;
  const stack = [path];
  while (stack.length) {
    const dir = stack.pop()!;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // vanished or unreadable: du would warn and go on
    }
    for (const name of names) {
      const full = join(dir, name);
      const st = lstatSync(full, { throwIfNoEntry: false });
      if (!st || st.dev !== dev) continue;
      if (st.isDirectory()) {
        total += st.blocks * 512;
        stack.push(full);
      } else if (st.nlink < 2 || once(seen, st.dev, st.ino)) total += st.blocks * 512;
    }
  }
  return total;
}

/** True the first time an inode is seen. */
function once(seen: Set<string>, dev: number, ino: number): boolean {
  const key = `${dev}:${ino}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
