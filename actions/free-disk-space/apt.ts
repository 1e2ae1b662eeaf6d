// The apt target (off by default: the slow path). One `apt-get remove` of only those packages from
// a known list that are installed (asked of dpkg-query first, so a list entry missing from a new
// runner image never breaks the removal). Packages that belong to another target are removed
// only when that target is chosen too: `targets: apt` alone never removes dotnet.
import { failure, type Exec, type SpecialResult } from './system-exec.js';

/** dpkg-query patterns (shell-style globs, matched by dpkg, never by a shell). */
export const APT_PACKAGES: { pattern: string; group?: string }[] = [
  { pattern: 'dotnet-*', group: 'dotnet' },
  { pattern: 'aspnetcore-*', group: 'dotnet' },
  { pattern: 'netstandard-targeting-pack-*', group: 'dotnet' },
  { pattern: 'powershell', group: 'powershell' },
  { pattern: 'azure-cli', group: 'azure-cli' },
  { pattern: 'google-cloud-cli', group: 'gcloud' },
  { pattern: 'google-cloud-sdk', group: 'gcloud' },
  { pattern: 'llvm-*' },
  { pattern: 'php*' },
  { pattern: 'mongodb-*' },
  { pattern: 'mysql-*' },
  { pattern: 'google-chrome-stable' },
  { pattern: 'microsoft-edge-stable' },
  { pattern: 'firefox' },
  { pattern: 'mono-devel' },
];

export function aptPatterns(targets: string[]): string[] {
  return APT_PACKAGES.filter((p) => !p.group || targets.includes(p.group)).map((p) => p.pattern);
}

/** Installed packages from `dpkg-query -W -f='${db:Status-Abbrev}\t${binary:Package}\t${Installed-Size}\n'`. */
export function installedPackages(text: string): { name: string; bytes: number }[] {
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([status, name]) => status?.startsWith('ii') && name)
    .map(([, name, kib]) => ({ name: name!, bytes: (Number(kib) || 0) * 1024 }));
}

export async function removeApt(
  exec: Exec,
  rootExec: Exec,
  opts: { targets: string[]; dryRun: boolean },
): Promise<SpecialResult> {
  let query;
  try {
    // Exit code 1 only means some pattern matched nothing; the matches are still printed.
    query = await exec('dpkg-query', [
      '-W',
      '-f=${db:Status-Abbrev}\t${binary:Package}\t${Installed-Size}\n',
      ...aptPatterns(opts.targets),
    ]);
  } catch {
    return { status: 'not present' };
  }
  const packages = installedPackages(query.stdout);
  if (!packages.length) return { status: 'not present' };
  const names = packages.map((p) => p.name);
  const bytes = packages.reduce((sum, p) => sum + p.bytes, 0);
  if (opts.dryRun) return { status: 'would remove', bytes, paths: names };
  // Through `env`, because sudo drops the caller's environment.
  const remove = await rootExec('env', [
    'DEBIAN_FRONTEND=noninteractive',
    'apt-get',
    'remove',
    '-y',
    '-q',
    '-o',
    'Dpkg::Use-Pty=0',
    ...names,
  ]);
  if (remove.exitCode !== 0)
    return { status: 'failed', errors: failure('apt-get remove', remove), paths: names };
  return { status: 'deleted', paths: names };
}
