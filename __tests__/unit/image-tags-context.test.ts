import { describe, expect, it } from '@jest/globals';
import { buildDate, isDefaultBranch, readGitContext } from '../../packages/image-tags/index.js';

const SHA = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const RUN_HEAD = 'c'.repeat(40);
const env = (eventName: string, ref: string, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: eventName,
  GITHUB_REF: ref,
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'Org/Repo',
  GITHUB_SERVER_URL: 'https://github.example.com/',
  GITHUB_RUN_ID: '42',
  ...extra,
});
const repository = { full_name: 'Org/Repo', default_branch: 'main' };

describe('readGitContext', () => {
  it.each([
    [
      'push to the default branch',
      env('push', 'refs/heads/main'),
      { repository, head_commit: { id: SHA, timestamp: '2026-01-02T03:04:05Z' } },
      { refType: 'branch', branch: 'main', refName: 'main', sha: SHA, commitDate: '2026-01-02T03:04:05Z' },
    ],
    [
      'push to a feature branch',
      env('push', 'refs/heads/feature/x'),
      { repository, commits: [{ id: SHA, timestamp: '2026-01-01T00:00:00Z' }] },
      { refType: 'branch', branch: 'feature/x', commitDate: '2026-01-01T00:00:00Z' },
    ],
    [
      'tag push',
      env('push', 'refs/tags/v1.2.3'),
      { repository, base_ref: 'refs/heads/main' },
      { refType: 'tag', tag: 'v1.2.3', refName: 'v1.2.3', baseRef: 'main', sha: SHA },
    ],
    [
      'pull_request: the head sha',
      env('pull_request', 'refs/pull/7/merge', { GITHUB_BASE_REF: 'main' }),
      {
        repository,
        number: 7,
        pull_request: { number: 7, head: { sha: HEAD.toUpperCase() }, base: { ref: 'main' } },
      },
      {
        refType: 'pr',
        prNumber: 7,
        refName: '7/merge',
        sha: HEAD,
        baseRef: 'main',
        ref: 'refs/pull/7/merge',
      },
    ],
    [
      'pull_request_target: a PR even though the ref is the base branch',
      env('pull_request_target', 'refs/heads/main'),
      { repository, number: 9, pull_request: { number: 9, head: { sha: HEAD }, base: { ref: 'main' } } },
      { refType: 'pr', prNumber: 9, ref: 'refs/pull/9/merge', sha: HEAD },
    ],
    [
      'workflow_run: the triggering run head_sha, not GITHUB_SHA',
      env('workflow_run', 'refs/heads/main'),
      {
        repository,
        workflow_run: {
          head_sha: RUN_HEAD,
          head_branch: 'release/2',
          event: 'push',
          head_commit: { timestamp: '2026-02-02T00:00:00Z' },
        },
      },
      {
        refType: 'branch',
        branch: 'release/2',
        ref: 'refs/heads/release/2',
        sha: RUN_HEAD,
        commitDate: '2026-02-02T00:00:00Z',
      },
    ],
    [
      'workflow_run triggered by a pull request',
      env('workflow_run', 'refs/heads/main'),
      {
        repository,
        workflow_run: {
          head_sha: RUN_HEAD,
          head_branch: 'fix',
          event: 'pull_request',
          pull_requests: [{ number: 12, base: { ref: 'main' } }],
        },
      },
      { refType: 'pr', prNumber: 12, ref: 'refs/pull/12/merge', sha: RUN_HEAD, baseRef: 'main' },
    ],
    [
      'workflow_run triggered by a version tag push (head_branch holds the tag)',
      env('workflow_run', 'refs/heads/main'),
      { repository, workflow_run: { head_sha: RUN_HEAD, head_branch: 'v1.4.0-rc.2', event: 'push' } },
      { refType: 'tag', tag: 'v1.4.0-rc.2', ref: 'refs/tags/v1.4.0-rc.2', sha: RUN_HEAD },
    ],
    [
      'workflow_run from a branch that only looks a bit like a version',
      env('workflow_run', 'refs/heads/main'),
      { repository, workflow_run: { head_sha: RUN_HEAD, head_branch: 'v2-maintenance', event: 'push' } },
      { refType: 'branch', branch: 'v2-maintenance' },
    ],
    [
      'workflow_dispatch on a tag',
      env('workflow_dispatch', 'refs/tags/v3.0.0'),
      { repository, inputs: {} },
      { refType: 'tag', tag: 'v3.0.0' },
    ],
    [
      'schedule',
      env('schedule', 'refs/heads/main'),
      { repository, schedule: '0 0 * * *' },
      { refType: 'branch', branch: 'main' },
    ],
    [
      'release',
      env('release', 'refs/tags/v2.0.0'),
      { repository, action: 'published', release: { tag_name: 'v2.0.0' } },
      { refType: 'tag', tag: 'v2.0.0' },
    ],
    [
      'an unknown ref',
      env('push', 'refs/notes/x', { GITHUB_REF_NAME: 'x' }),
      {},
      { ref: 'refs/notes/x', refName: 'x' },
    ],
  ])('%s', (_name, environment, event, expected) => {
    const ctx = readGitContext(environment, event, { prHeadSha: true });
    expect(ctx).toMatchObject({
      repository: 'Org/Repo',
      serverUrl: 'https://github.example.com',
      runId: '42',
      ...expected,
    });
    expect(Object.values(ctx)).not.toContain(undefined);
  });

  it('pr-head-sha false keeps the merge commit', () => {
    const ctx = readGitContext(
      env('pull_request', 'refs/pull/7/merge'),
      { repository, pull_request: { number: 7, head: { sha: HEAD } } },
      { prHeadSha: false },
    );
    expect(ctx.sha).toBe(SHA);
  });

  it('the sha override wins over every event', () => {
    const override = 'ABCDEF1';
    for (const eventName of ['push', 'pull_request', 'workflow_run']) {
      const ctx = readGitContext(
        env(eventName, 'refs/heads/main'),
        { workflow_run: { head_sha: RUN_HEAD }, pull_request: { number: 1, head: { sha: HEAD } } },
        { prHeadSha: true, sha: override },
      );
      expect(ctx.sha).toBe('abcdef1');
    }
  });

  it('falls back to the payload for the repository and github.com for the server', () => {
    const ctx = readGitContext({ GITHUB_SHA: SHA }, { repository }, { prHeadSha: true });
    expect(ctx).toMatchObject({
      repository: 'Org/Repo',
      serverUrl: 'https://github.com',
      defaultBranch: 'main',
    });
  });
});

describe('isDefaultBranch', () => {
  const base = {
    eventName: 'push',
    sha: SHA,
    ref: '',
    repository: 'o/r',
    serverUrl: 'https://github.com',
    defaultBranch: 'main',
  };
  it.each([
    [{ refType: 'branch' as const, branch: 'main' }, true],
    [{ refType: 'branch' as const, branch: 'dev' }, false],
    [{ refType: 'tag' as const, tag: 'main' }, false],
    [{ refType: 'pr' as const, prNumber: 1 }, false],
    [{ eventName: 'schedule', refType: 'branch' as const, branch: 'dev' }, true],
    [{ refType: 'branch' as const, branch: 'main', defaultBranch: undefined }, false],
  ])('%j -> %s', (extra, expected) => {
    expect(isDefaultBranch({ ...base, ...extra })).toBe(expected);
  });
});

describe('buildDate', () => {
  it.each([
    [{}, '2030-01-01T00:00:00.000Z'],
    [{ SOURCE_DATE_EPOCH: '1700000000' }, '2023-11-14T22:13:20.000Z'],
    [{ SOURCE_DATE_EPOCH: ' 0 ' }, '1970-01-01T00:00:00.000Z'],
  ])('%j', (environment, iso) => {
    expect((buildDate(environment, new Date('2030-01-01T00:00:00Z')) as Date).toISOString()).toBe(iso);
  });

  it('rejects a malformed SOURCE_DATE_EPOCH', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toMatch(/SOURCE_DATE_EPOCH "yesterday"/);
  });
});
