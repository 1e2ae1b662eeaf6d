// The docker-images target: `docker image prune --all --force` (every image no container uses).
// Skipped as "not present" when docker is not installed or its daemon does not answer.
import { parseSize } from '../../packages/units/size.js';
import { failure, type Exec, type SpecialResult } from './system-exec.js';

/** Docker prints sizes in decimal units (go-units HumanSize): `1.23GB`, `14.8kB`, `0B`. */
function dockerSize(text: string | undefined): number | undefined {
  try {
    return text ? parseSize(text) : undefined;
  } catch {
    return undefined;
  }
}

export async function pruneImages(exec: Exec, dryRun: boolean): Promise<SpecialResult> {
  let probe;
  try {
    probe = await exec('docker', ['version', '--format', '{{.Server.Version}}']);
  } catch {
    return { status: 'not present' };
  }
  if (probe.exitCode !== 0) return { status: 'not present', errors: ['docker daemon not reachable'] };
  if (dryRun) {
    const df = await exec('docker', ['system', 'df', '--format', '{{.Type}}\t{{.Reclaimable}}']);
    const line = df.stdout.split('\n').find((l) => l.startsWith('Images\t'));
    return { status: 'would prune', bytes: dockerSize(line?.split('\t')[1]?.split(' ')[0]) };
  }
  const prune = await exec('docker', ['image', 'prune', '--all', '--force']);
  if (prune.exitCode !== 0) return { status: 'failed', errors: failure('docker image prune', prune) };
  const reclaimed = /Total reclaimed space:\s*(\S+)/.exec(prune.stdout)?.[1];
  return { status: 'deleted', bytes: dockerSize(reclaimed) };
}
