// Acceptance 4: per-service jobs in `merge` mode writing the same release at the same moment.
// The emulator's PATCH is last-writer-wins (like GitHub) and each request waits a random latency,
// so read-modify-write races really happen; every service must be in the body at the end.
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import { cleanupRunnerTemp, runAction, type NodeVersion } from '../../testkit/runner/index.js';

const TOKEN = 'ghs_mergetest';
const WRITERS = 20;

let api: GitHubApi;
beforeEach(async () => {
  api = await startGitHubApi({ token: TOKEN, latencyMs: [10, 250] });
});
afterEach(async () => {
  api.assertNoViolations();
  await api.close();
});
afterAll(cleanupRunnerTemp);

const digestOf = (i: number) => `sha256:${(i + 1).toString(16).padStart(64, 'e')}`;

async function writeAtOnce(node: NodeVersion, inputs: Record<string, string> = {}) {
  const results = await Promise.all(
    Array.from({ length: WRITERS }, (_, i) =>
      runAction({
        action: 'append-image-digests-to-release',
        node,
        event: 'push-tag',
        inputs: {
          token: TOKEN,
          mode: 'merge',
          digests: JSON.stringify({ [`ghcr.io/octo-org/octo-repo/svc-${i}:v1.2.3`]: digestOf(i) }),
          ...inputs,
        },
        env: { GITHUB_API_URL: api.url },
        secrets: [TOKEN],
        timeoutMs: 240_000,
      }),
    ),
  );
  for (const r of results) {
    if (r.exitCode !== 0) throw new Error(`a writer failed:\n${r.log}`);
  }
  return results;
}

function expectAllServices(body: string): void {
  const missing = Array.from({ length: WRITERS }, (_, i) => i).filter(
    (i) => !body.includes(`docker pull ghcr.io/octo-org/octo-repo/svc-${i}@${digestOf(i)}`),
  );
  expect(missing).toEqual([]);
  for (let i = 0; i < WRITERS; i++) {
    expect(body.split(`<!-- docker-pipeline-actions:image:svc-${i}:start -->`)).toHaveLength(2);
  }
}

describe('merge mode under concurrency', () => {
  it(`node24: ${WRITERS} writers, existing release with user text: all sub-sections present`, async () => {
    const text = '## Changes\r\n\r\n- many things\r\n';
    const release = api.state.addRelease({ tag_name: 'v1.2.3', body: text });
    const results = await writeAtOnce('node24');
    expectAllServices(release.body ?? '');
    expect(release.body?.startsWith(text)).toBe(true);
    const retried = results.filter((r) => /writing them again/.test(r.log)).length;
    const patches = api.requests.filter((r) => r.method === 'PATCH').length;
    console.log(
      `merge: ${WRITERS} writers, ${patches} PATCHes, ${retried} writer(s) re-applied after a lost update`,
    );
  });

  it(`node20: ${WRITERS} writers racing to create the release: one release, all sub-sections present`, async () => {
    await writeAtOnce('node20');
    expect(api.state.releases).toHaveLength(1);
    expectAllServices(api.state.releases[0].body ?? '');
  });

  it(`node24: ${WRITERS} writers racing to create a draft: one draft left, all sub-sections present`, async () => {
    await writeAtOnce('node24', { draft: 'true' });
    expect(api.state.releases).toHaveLength(1);
    expect(api.state.releases[0].draft).toBe(true);
    expectAllServices(api.state.releases[0].body ?? '');
  });
});
