// The merge-mode write loop (actions/append-image-digests-to-release/publish.ts) in-process
// against the GitHub API emulator, with a scripted rival writer whose stale copies remove our
// sub-section: we must notice, re-apply with a jittered backoff, and give up after bounded tries.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { backoffMs, publish, settleMs } from '../../actions/append-image-digests-to-release/publish.js';
import { createClient, ReleasesApi } from '../../packages/github-releases/index.js';
import type { ImageEntry } from '../../packages/release-notes/index.js';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';

const TOKEN = 'ghs_publish';
const ours: ImageEntry[] = [{ name: 'ghcr.io/o/r/api', tag: 'v1', digest: `sha256:${'a'.repeat(64)}` }];
const plan = {
  tag: 'v1',
  edit: { mode: 'merge' as const, title: 'Docker Images', entries: ours },
  createIfMissing: true,
  draft: false,
  prerelease: false,
};

let gh: GitHubApi;
beforeEach(async () => {
  gh = await startGitHubApi({ token: TOKEN });
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

/** Sleeps are recorded; during the n-th sleep, if `rivalAt(n)`, a rival's stale copy lands. */
function setup(rivalAt: (n: number) => boolean) {
  const release = gh.state.addRelease({ tag_name: 'v1', body: 'user text\n' });
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
    if (rivalAt(slept.length)) release.body = 'user text\n';
  };
  const { octokit, stats } = createClient({ token: TOKEN, baseUrl: gh.url, sleep });
  const api = new ReleasesApi(octokit, { owner: 'octo-org', repo: 'octo-repo' });
  return { release, slept, stats, deps: { api, sleep, random: () => 0.5, log: () => {} } };
}

describe('merge-mode write loop', () => {
  it('no rival: GET, PATCH, settle, verifying GET', async () => {
    const { deps, slept, stats } = setup(() => false);
    const done = await publish(plan, deps);
    expect(done).toMatchObject({ writes: 1, attempts: 1, created: false });
    expect(stats.requests).toBe(3);
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThanOrEqual(500);
  });

  it('a rival removes our sub-section twice: we notice and re-apply after a backoff', async () => {
    // Sleeps: settle (rival), backoff, settle (rival), backoff, settle.
    const { deps, slept, release } = setup((n) => n === 1 || n === 3);
    const done = await publish(plan, deps);
    expect(done).toMatchObject({ writes: 3, attempts: 3 });
    expect(slept).toHaveLength(5);
    expect(release.body).toContain('docker pull ghcr.io/o/r/api:v1');
    expect(release.body?.startsWith('user text\n')).toBe(true);
  });

  it('gives up after the bounded number of tries with a clear error', async () => {
    const { deps, release } = setup((n) => n % 2 === 1);
    await expect(publish(plan, { ...deps, maxAttempts: 3 })).rejects.toThrow(
      /another job kept overwriting release \d+ \(v1\): our services api were removed 3 times; re-run this job/,
    );
    expect(release.body).toBe('user text\n');
  });

  it.each([
    [0, 500],
    [100, 500],
    [1000, 3000],
    [60_000, 15_000],
  ])('settle after a %i ms read-modify-write: %i ms (+ up to 250 ms jitter)', (rmw, base) => {
    expect(settleMs(rmw, () => 0)).toBe(base);
    expect(settleMs(rmw, () => 0.999)).toBeLessThanOrEqual(base + 250);
  });

  it('backoff doubles per attempt, capped at 8 s, with jitter in the upper half', () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const cap = Math.min(8000, 250 * 2 ** attempt);
      expect(backoffMs(attempt, () => 0)).toBe(cap / 2);
      expect(backoffMs(attempt, () => 1)).toBe(cap);
    }
  });
});
