// free-disk-space: the docker-images, swap and apt targets against scripted program answers (the
// real programs are never run here: removing swap or packages would change this machine), and the
// report/summary rendering.
import { describe, expect, it } from '@jest/globals';
import { aptPatterns, installedPackages, removeApt } from '../../actions/free-disk-space/apt.js';
import { pruneImages } from '../../actions/free-disk-space/docker-images.js';
import { headline, reportJson, summaryRows } from '../../actions/free-disk-space/report.js';
import { parseProcSwaps, removeSwap } from '../../actions/free-disk-space/swap.js';
import { asRoot, type Exec } from '../../actions/free-disk-space/system-exec.js';
import { SpawnError } from '../../packages/exec/index.js';

type Answer = { exitCode?: number; stdout?: string; stderr?: string } | 'missing';

/** An Exec answering from a table keyed by `command arg…`, recording every call. */
function scripted(answers: Record<string, Answer>) {
  const calls: string[] = [];
  const exec: Exec = async (command, args) => {
    const line = [command, ...args].join(' ');
    calls.push(line);
    const key = Object.keys(answers).find((k) => line === k || line.startsWith(`${k} `));
    const answer = key === undefined ? {} : answers[key]!;
    if (answer === 'missing') throw new SpawnError(command, 'ENOENT', `cannot run ${command}`);
    return { exitCode: answer.exitCode ?? 0, stdout: answer.stdout ?? '', stderr: answer.stderr ?? '' };
  };
  return { exec, calls };
}

describe('docker-images', () => {
  it('is "not present" without docker or without a daemon', async () => {
    expect(await pruneImages(scripted({ docker: 'missing' }).exec, false)).toEqual({ status: 'not present' });
    expect(await pruneImages(scripted({ 'docker version': { exitCode: 1 } }).exec, false)).toMatchObject({
      status: 'not present',
    });
  });
  it('prunes every unused image and reads the reclaimed space', async () => {
    const { exec, calls } = scripted({
      'docker image prune': { stdout: 'Deleted Images:\nuntagged: a\n\nTotal reclaimed space: 1.25GB\n' },
    });
    expect(await pruneImages(exec, false)).toEqual({ status: 'deleted', bytes: 1.25e9 });
    expect(calls).toContain('docker image prune --all --force');
  });
  it('dry-run reads what docker system df calls reclaimable, and prunes nothing', async () => {
    const { exec, calls } = scripted({
      'docker system df': { stdout: 'Images\t3.4GB (87%)\nContainers\t0B (0%)\n' },
    });
    expect(await pruneImages(exec, true)).toEqual({ status: 'would prune', bytes: 3.4e9 });
    expect(calls.some((c) => c.includes('prune'))).toBe(false);
  });
});

describe('swap', () => {
  const procSwaps =
    'Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n/mnt/swapfile                           file\t\t4194300\t\t0\t\t-2\n/dev/sda2 partition 1000 0 -3\n/host/my\\040swap file 1024 0 -4\n';
  it('parses /proc/swaps', () => {
    expect(parseProcSwaps(procSwaps)).toEqual([
      { path: '/mnt/swapfile', type: 'file', bytes: 4194300 * 1024 },
      { path: '/dev/sda2', type: 'partition', bytes: 1000 * 1024 },
      { path: '/host/my swap', type: 'file', bytes: 1024 * 1024 },
    ]);
  });
  it('turns off and deletes swap files under root only, leaving partitions alone', async () => {
    const { exec, calls } = scripted({});
    const result = await removeSwap(exec, { root: '/', dryRun: false, swaps: parseProcSwaps(procSwaps) });
    expect(result).toMatchObject({ status: 'deleted', paths: ['/mnt/swapfile', '/host/my swap'] });
    expect(calls).toEqual([
      'swapoff /mnt/swapfile',
      'rm -f -- /mnt/swapfile',
      'swapoff /host/my swap',
      'rm -f -- /host/my swap',
    ]);
    const under = scripted({});
    await removeSwap(under.exec, { root: '/host', dryRun: false, swaps: parseProcSwaps(procSwaps) });
    expect(under.calls).toEqual(['swapoff /host/my swap', 'rm -f -- /host/my swap']);
  });
  it('keeps a swap file swapoff could not release, and says why', async () => {
    const { exec, calls } = scripted({
      swapoff: { exitCode: 255, stderr: 'swapoff: /mnt/swapfile: Cannot allocate memory' },
    });
    const result = await removeSwap(exec, { root: '/mnt', dryRun: false, swaps: parseProcSwaps(procSwaps) });
    expect(result.status).toBe('failed');
    expect(result.errors!.join('\n')).toContain('Cannot allocate memory');
    expect(calls.some((c) => c.startsWith('rm'))).toBe(false);
  });
  it('dry-run only reports', async () => {
    const { exec, calls } = scripted({});
    expect(await removeSwap(exec, { root: '/mnt', dryRun: true, swaps: parseProcSwaps(procSwaps) })).toEqual({
      status: 'would delete',
      bytes: 4194300 * 1024,
      paths: ['/mnt/swapfile'],
    });
    expect(calls).toEqual([]);
  });
});

describe('apt', () => {
  const dpkg =
    'ii \tfirefox\t250000\nun \tmono-devel\t\nii \tllvm-18:amd64\t120000\nrc \tphp8.3\t10\nii \tdotnet-sdk-8.0\t400000\n';
  it('removes a group-owned package only when that group is a target too', () => {
    expect(aptPatterns(['apt'])).not.toContain('dotnet-*');
    expect(aptPatterns(['apt', 'dotnet'])).toEqual(expect.arrayContaining(['dotnet-*', 'aspnetcore-*']));
    expect(aptPatterns(['apt'])).toEqual(expect.arrayContaining(['llvm-*', 'firefox']));
  });
  it('keeps only installed packages (status ii)', () => {
    expect(installedPackages(dpkg).map((p) => p.name)).toEqual([
      'firefox',
      'llvm-18:amd64',
      'dotnet-sdk-8.0',
    ]);
  });
  it('runs one apt-get remove of the installed ones, as root through sudo -n', async () => {
    const { exec, calls } = scripted({ 'dpkg-query': { exitCode: 1, stdout: dpkg } });
    const result = await removeApt(exec, asRoot(exec, 'sudo'), { targets: ['apt'], dryRun: false });
    expect(result.status).toBe('deleted');
    expect(calls[0]).toMatch(
      /^dpkg-query -W -f=\$\{db:Status-Abbrev\}\t\$\{binary:Package\}\t\$\{Installed-Size\}\n /,
    );
    expect(calls[1]).toBe(
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q -o Dpkg::Use-Pty=0 firefox llvm-18:amd64 dotnet-sdk-8.0',
    );
    expect(calls).toHaveLength(2);
  });
  it('is "not present" when nothing on the list is installed or dpkg is missing', async () => {
    expect(
      await removeApt(scripted({}).exec, scripted({}).exec, { targets: ['apt'], dryRun: false }),
    ).toEqual({
      status: 'not present',
    });
    const none = scripted({ 'dpkg-query': 'missing' });
    expect(await removeApt(none.exec, none.exec, { targets: ['apt'], dryRun: false })).toEqual({
      status: 'not present',
    });
  });
  it('dry-run estimates from Installed-Size and removes nothing', async () => {
    const { exec, calls } = scripted({ 'dpkg-query': { stdout: dpkg } });
    expect(await removeApt(exec, exec, { targets: ['apt'], dryRun: true })).toMatchObject({
      status: 'would remove',
      bytes: (250000 + 120000 + 400000) * 1024,
    });
    expect(calls).toHaveLength(1);
  });
});

describe('report', () => {
  const reports = [
    {
      target: 'android',
      paths: ['/usr/local/lib/android'],
      status: 'deleted',
      seconds: 6.2345,
      bytes: 9.6e9,
    },
    { target: 'extra-paths', paths: ['/opt/<odd>'], status: 'not present', seconds: 0.0001 },
  ];
  it('renders the summary table in human units, escaping paths', () => {
    expect(summaryRows(reports)).toEqual([
      ['android', '/usr/local/lib/android', 'deleted', '9.6 GB', '6.2 s'],
      ['extra-paths', '/opt/&lt;odd&gt;', 'not present', '—', '0.0 s'],
    ]);
  });
  it('rounds seconds in the JSON report and drops empty errors', () => {
    expect(JSON.parse(JSON.stringify(reportJson(reports)))).toEqual([
      {
        target: 'android',
        paths: ['/usr/local/lib/android'],
        status: 'deleted',
        seconds: 6.235,
        bytes: 9.6e9,
      },
      { target: 'extra-paths', paths: ['/opt/<odd>'], status: 'not present', seconds: 0 },
    ]);
  });
  it.each([
    [
      { freeBefore: 14e9, freeAfter: 45.2e9, seconds: 7.26, mode: 'wait', dryRun: false },
      'Free space 14 GB → 45.2 GB (freed 31.2 GB) in 7.3 s, mode wait.',
    ],
    [
      { freeBefore: 14e9, freeAfter: 14e9, seconds: 1, mode: 'wait', dryRun: true },
      'Dry run: nothing deleted. 14 GB free.',
    ],
  ])('headline %#', (totals, line) => {
    expect(headline(totals)).toBe(line);
  });
});
