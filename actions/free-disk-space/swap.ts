// The swap target (off by default: runners have 4 GB of swap on /mnt, and removing it caused OOM
// kills): `swapoff` each swap file under root, then delete it. Swap partitions are left alone.
import { isWithin } from './plan.js';
import { failure, type Exec, type SpecialResult } from './system-exec.js';

export interface SwapEntry {
  path: string;
  type: string;
  bytes: number;
}

/** /proc/swaps: `Filename Type Size Used Priority`, sizes in KiB, spaces in names as \040. */
export function parseProcSwaps(text: string): SwapEntry[] {
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 3)
    .map(([path, type, size]) => ({
      path: path!.replace(/\\040/g, ' '),
      type: type!,
      bytes: Number(size) * 1024,
    }));
}

export async function removeSwap(
  rootExec: Exec,
  opts: { root: string; dryRun: boolean; swaps: SwapEntry[] },
): Promise<SpecialResult> {
  const files = opts.swaps.filter((s) => s.type === 'file' && isWithin(s.path, opts.root));
  if (!files.length) return { status: 'not present' };
  const paths = files.map((f) => f.path);
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  if (opts.dryRun) return { status: 'would delete', bytes, paths };
  const errors: string[] = [];
  for (const file of files) {
    const off = await rootExec('swapoff', [file.path]);
    if (off.exitCode !== 0) {
      errors.push(...failure(`swapoff ${file.path}`, off));
      continue;
    }
    const rm = await rootExec('rm', ['-f', '--', file.path]);
    if (rm.exitCode !== 0) errors.push(...failure(`rm ${file.path}`, rm));
  }
  return {
    status: errors.length ? 'failed' : 'deleted',
    bytes: errors.length ? undefined : bytes,
    errors,
    paths,
  };
}
