// free-disk-space's main flow called directly (not through the bundle) for what the integration
// tests cannot reach as root: running as a non-root user, through `sudo -n` (a stand-in `sudo`
// that records its arguments) or skipping a target it cannot delete without it.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, mapInputs } from '../../packages/action-io/index.js';
import { tools } from '../../actions/free-disk-space/delete.js';
import { readInputs } from '../../actions/free-disk-space/inputs.js';
import { freeDiskSpace, type RunEnv } from '../../actions/free-disk-space/clean.js';
import { finish } from '../../actions/free-disk-space/finish.js';
import { readPostState } from '../../actions/free-disk-space/post-state.js';
import { run } from '../../actions/free-disk-space/run.js';
import type { Exec } from '../../actions/free-disk-space/system-exec.js';

let dir: string;
let bin: string;
let sudoLog: string;

beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), 'fds-bin-'));
  sudoLog = join(bin, 'sudo.log');
  // Stand-in sudo: log the arguments, drop -n, run the rest.
  writeFileSync(
    join(bin, 'sudo'),
    `#!/bin/sh\nprintf "%s\\n" "$*" >> ${sudoLog}\n[ "$1" = -n ] && shift\nexec "$@"\n`,
  );
  chmodSync(join(bin, 'sudo'), 0o755);
  // jest's process.env is a copy children do not see: point the action at the stand-in directly.
  tools.sudo = join(bin, 'sudo');
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterAll(() => {
  tools.sudo = 'sudo';
  rmSync(bin, { recursive: true, force: true });
  jest.restoreAllMocks();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fds-run-'));
  rmSync(sudoLog, { force: true });
  for (const p of ['usr/share/dotnet/sdk/8', 'usr/local/share/boost/include']) {
    mkdirSync(join(dir, p), { recursive: true });
    writeFileSync(join(dir, p, 'file'), 'x'.repeat(5000));
  }
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function env(sudoWorks: boolean): RunEnv {
  const exec: Exec = async (command, args) => ({
    exitCode: command === 'sudo' && args.join(' ') === '-n true' ? (sudoWorks ? 0 : 1) : 0,
    stdout: '',
    stderr: '',
  });
  return { runnerEnvironment: 'github-hosted', runId: 't', uid: 1001, workerBundle: '/nonexistent', exec };
}

const inputs = (values: Record<string, string>) =>
  readInputs({}, new Inputs(mapInputs({ root: dir, ...values })));

describe('not root', () => {
  it('deletes through sudo -n when sudo works without a password', async () => {
    const outcome = await freeDiskSpace(inputs({ targets: 'dotnet, boost' }), env(true));
    expect(outcome.reports.map((r) => [r.status, r.errors])).toEqual([
      ['deleted', undefined],
      ['deleted', undefined],
    ]);
    expect(existsSync(join(dir, 'usr/share/dotnet'))).toBe(false);
    const calls = readFileSync(sudoLog, 'utf8').trim().split('\n');
    expect(calls.every((c) => c.startsWith('-n rm -rf --one-file-system -- '))).toBe(true);
  });

  it('moves to trash through sudo -n in background mode', async () => {
    const outcome = await freeDiskSpace(inputs({ targets: 'dotnet', mode: 'background' }), {
      ...env(true),
      runnerTemp: dir,
    });
    expect(outcome.reports[0]!.status).toBe('moved to trash');
    const calls = readFileSync(sudoLog, 'utf8').trim().split('\n');
    expect(calls[0]).toBe(`-n mkdir -p -- ${join(dir, 'usr/share/.free-disk-space-trash-t')}`);
    expect(calls[1]).toBe(
      `-n mv -t ${join(dir, 'usr/share/.free-disk-space-trash-t')} -- ${join(dir, 'usr/share/dotnet')}`,
    );
    // The deleter's bundle does not exist here; it was started and the post step would report it.
    expect(outcome.background?.pid).toBeGreaterThan(0);
  });

  it('without sudo, skips what it cannot delete with a warning and deletes what it can', async () => {
    // An immutable parent folder refuses writes even to root, like a root-owned one to a user.
    execFileSync('chattr', ['+i', join(dir, 'usr/share')]);
    try {
      const outcome = await freeDiskSpace(inputs({ targets: 'dotnet, boost' }), env(false));
      expect(outcome.reports.map((r) => [r.target, r.status])).toEqual([
        ['dotnet', 'skipped: needs root (sudo -n is not available)'],
        ['boost', 'deleted'],
      ]);
      expect(existsSync(join(dir, 'usr/share/dotnet/sdk/8/file'))).toBe(true);
      expect(existsSync(sudoLog)).toBe(false);
    } finally {
      execFileSync('chattr', ['-i', join(dir, 'usr/share')]);
    }
  });

  it('min-free already free: a dry run reports that nothing would be deleted', async () => {
    const outcome = await freeDiskSpace(
      inputs({ targets: 'dotnet, boost', 'dry-run': 'true', 'min-free': String(1) }),
      env(false),
    );
    expect(outcome.reports.map((r) => r.status)).toEqual([
      'skipped: min-free already free',
      'skipped: min-free already free',
    ]);
  });
});

describe('the action phases return their results (nothing written by run)', () => {
  const runnerEnv = () => ({ RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_TEMP: dir, GITHUB_RUN_ID: '9' });

  it.each([
    ['dry run: outputs and summary, no post state', { 'dry-run': 'true' }, false],
    ['background: the deleter is saved for the post step', { mode: 'background' }, true],
  ])('%s', async (_name, values, background) => {
    const result = await run(inputs({ targets: 'dotnet', ...values }), runnerEnv());
    expect(Object.keys(result.outputs ?? {}).sort()).toEqual([
      'free-after',
      'free-before',
      'freed',
      'report',
      'seconds',
    ]);
    expect(result.summary).toContain('<table>');
    expect(result.failure).toBeUndefined();
    expect(result.state === undefined).toBe(!background);
    if (background) {
      const state = readPostState((name) => result.state?.[name] ?? '');
      expect(state).toMatchObject({ root: dir, timeoutMs: 15 * 60_000 });
      expect(state.unreadable).toBeUndefined();
      expect(state.deleter?.pid).toBeGreaterThan(0);
      expect(state.reports.map((r) => r.status)).toEqual(['moved to trash']);
    }
  });

  it.each([
    ['no deleter: nothing to wait for, no summary', {}, undefined],
    ['unreadable state: a warning, never a failure', { deleter: '{' }, undefined],
  ])('post step, %s', async (_name, saved: Record<string, string>, summary) => {
    const result = await finish(readPostState((name) => saved[name] ?? ''));
    expect(result).toEqual({});
    expect(result.summary).toBe(summary);
  });

  it('post step: a finished deleter is reported in the summary', async () => {
    const statusFile = join(dir, 'status.json');
    writeFileSync(statusFile, JSON.stringify({ seconds: 1, errors: [] }));
    const deleter = { pid: process.pid, jobFile: '', statusFile, dir: join(dir, 'gone') };
    const saved: Record<string, string> = {
      deleter: JSON.stringify(deleter),
      'free-before': '0',
      root: dir,
      report: JSON.stringify([{ target: 'dotnet', paths: [], status: 'moved to trash', seconds: 0 }]),
    };
    const result = await finish(readPostState((name) => saved[name] ?? ''));
    expect(result.summary).toContain('deleted in the background');
    expect(result.failure).toBeUndefined();
  });
});
