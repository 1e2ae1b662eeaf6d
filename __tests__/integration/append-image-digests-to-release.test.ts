// append-image-digests-to-release: the real dist bundle, through the runner harness, against the
// OpenAPI-validated GitHub API emulator (and, for digests, the real local registry).
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import {
  cleanupRunnerTemp,
  NODE_VERSIONS,
  runAction,
  type NodeVersion,
  type RunResult,
} from '../../testkit/runner/index.js';

const ACTION = 'append-image-digests-to-release';
const TOKEN = 'ghs_releasenotes';
const START = '<!-- docker-pipeline-actions:images:start -->';
const END = '<!-- docker-pipeline-actions:images:end -->';
const D = (c: string) => `sha256:${c.repeat(64)}`;
const IMAGES = {
  'ghcr.io/octo-org/octo-repo/api:v1.2.3': D('a'),
  'ghcr.io/octo-org/octo-repo/web:v1.2.3': D('b'),
};

let api: GitHubApi;
beforeEach(async () => {
  api = await startGitHubApi({ token: TOKEN });
});
afterEach(async () => {
  api.assertNoViolations();
  await api.close();
});
afterAll(cleanupRunnerTemp);

function run(node: NodeVersion, inputs: Record<string, string>, event = 'push-tag'): Promise<RunResult> {
  return runAction({
    action: ACTION,
    node,
    event,
    inputs: { token: TOKEN, ...inputs },
    env: { GITHUB_API_URL: api.url },
    secrets: [TOKEN],
  });
}

const writes = () => api.requests.filter((r) => r.method !== 'GET');
const bodyOf = (tag = 'v1.2.3') => api.state.getReleaseByTag(tag)?.body ?? '';

function succeeded(result: RunResult): void {
  if (result.exitCode !== 0) throw new Error(`action failed:\n${result.log}`);
  expect(result.errors).toEqual([]);
}

describe.each(NODE_VERSIONS)('%s', (node) => {
  it('creates a missing release with the section (tag from GITHUB_REF, published, not a pre-release)', async () => {
    const result = await run(node, { digests: JSON.stringify(IMAGES) });
    succeeded(result);
    const [release] = api.state.releases;
    expect(api.state.releases).toHaveLength(1);
    expect(release).toMatchObject({ tag_name: 'v1.2.3', draft: false, prerelease: false });
    expect(release.body).toContain(`docker pull ghcr.io/octo-org/octo-repo/api@${D('a')}`);
    expect(release.body).toContain('docker pull ghcr.io/octo-org/octo-repo/web:v1.2.3');
    expect(result.outputs).toEqual({
      'release-id': String(release.id),
      'release-url': expect.stringContaining('/releases/tag/v1.2.3'),
      'images-written': '2',
    });
    expect(result.summary).toContain('### api');
    expect(api.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 404', 'GET 200', 'POST 201']);
  });

  it('a semver pre-release tag creates a pre-release', async () => {
    succeeded(
      await run(
        node,
        { digests: JSON.stringify({ 'ghcr.io/o/api:v2.0.0-rc.1': D('c') }) },
        'push-tag-prerelease',
      ),
    );
    expect(api.state.getReleaseByTag('v2.0.0-rc.1')).toMatchObject({ prerelease: true, draft: false });
  });

  it('the tag input works on any event, also written as refs/tags/...', async () => {
    api.state.addRelease({ tag_name: 'v1.0.0', body: 'old release\n' });
    const result = await run(
      node,
      { tag: 'refs/tags/v1.0.0', digests: JSON.stringify(IMAGES) },
      'workflow-dispatch',
    );
    succeeded(result);
    expect(bodyOf('v1.0.0').startsWith('old release\n')).toBe(true);
    expect(bodyOf('v1.0.0')).toContain(D('a'));
  });

  it.each([
    ['LF', '## Changes\n\n- fixed a bug\n'],
    ['CRLF (edited in the web UI)', '## Changes\r\n\r\n- fixed a bug\r\n'],
    ['no trailing newline', '## Changes\r\n- fixed'],
  ])('updates an existing release, keeping the user text byte for byte (%s)', async (_, text) => {
    api.state.addRelease({ tag_name: 'v1.2.3', body: text });
    succeeded(await run(node, { digests: JSON.stringify(IMAGES) }));
    expect(bodyOf().startsWith(text)).toBe(true);
    expect(bodyOf().endsWith(END)).toBe(true);
  });

  it.each([
    ['LF', 'Intro\n\n', '\n\n## Footer\n'],
    ['CRLF', 'Intro\r\n\r\n', '\r\n\r\n## Footer\r\nthanks\r\n'],
  ])(
    'replaces an existing section between text above and below (%s), then is idempotent',
    async (_, above, below) => {
      // A section we rendered earlier (one image missing then): replaced as a whole.
      const old = `${START}\n## Docker Images\n\n> [!WARNING]\n> 1 image is missing from this release:\n> - \`ghcr.io/old/content:v0\`\n\n${END}`;
      api.state.addRelease({ tag_name: 'v1.2.3', body: above + old + below });
      succeeded(await run(node, { digests: JSON.stringify(IMAGES) }));
      const first = bodyOf();
      expect(first.startsWith(above + START)).toBe(true);
      expect(first.endsWith(END + below)).toBe(true);
      expect(first).not.toContain('old/content');
      expect(writes()).toHaveLength(1);
      // Acceptance 2: a second identical run leaves the body byte-identical and writes nothing.
      const second = await run(node, { digests: JSON.stringify(IMAGES) });
      succeeded(second);
      expect(bodyOf()).toBe(first);
      expect(writes()).toHaveLength(1);
      expect(second.outputs['images-written']).toBe('2');
    },
  );

  // Issue 15, point 6: generated notes quote PR titles; marker text inside them is not a marker.
  it('a PR title carrying the start marker and another carrying the end marker: notes kept, section appended', async () => {
    const notes = `## What's Changed\n* feat: ${START} by @mallory in #1\n* docs: keep me\n* fix: ${END} by @mallory in #2\n`;
    api.state.addRelease({ tag_name: 'v1.2.3', body: notes });
    succeeded(await run(node, { digests: JSON.stringify(IMAGES) }));
    const first = bodyOf();
    expect(first.startsWith(notes)).toBe(true);
    expect(first.endsWith(END)).toBe(true);
    const second = await run(node, { digests: JSON.stringify(IMAGES) });
    succeeded(second);
    expect(bodyOf()).toBe(first);
  });

  it('matches digests to images however they are written (Docker Hub names, bare names get the tag)', async () => {
    const result = await run(node, {
      images: 'nginx:1.27\nghcr.io/Octo-Org/octo-repo/api',
      digests: JSON.stringify({
        'docker.io/library/nginx:1.27': D('d'),
        'ghcr.io/octo-org/octo-repo/api:v1.2.3': D('e'),
      }),
    });
    succeeded(result); // no registry is reachable here: every digest came from the input
    expect(bodyOf()).toContain(`docker pull nginx@${D('d')}`);
    expect(bodyOf()).toContain(`docker pull ghcr.io/octo-org/octo-repo/api@${D('e')}`);
    expect(bodyOf().match(/^### /gm)).toHaveLength(2); // one sub-section each, no duplicates
    expect(result.outputs['images-written']).toBe('2');
  });

  it('finds and updates a draft release (invisible to GET by tag), creating nothing', async () => {
    for (let i = 0; i < 120; i++) api.state.addRelease({ tag_name: `v0.0.${i}`, body: 'old' });
    const draft = api.state.addRelease({
      tag_name: 'v1.2.3',
      draft: true,
      body: 'Draft notes\n',
      created_at: '2020-01-01T00:00:00Z',
    });
    const result = await run(node, { digests: JSON.stringify(IMAGES) });
    succeeded(result);
    expect(api.state.releases.filter((r) => r.tag_name === 'v1.2.3')).toHaveLength(1);
    expect(draft.draft).toBe(true);
    expect(draft.body?.startsWith('Draft notes\n')).toBe(true);
    expect(draft.body).toContain(`ghcr.io/octo-org/octo-repo/web@${D('b')}`);
    expect(result.outputs['release-id']).toBe(String(draft.id));
    expect(writes().map((r) => r.method)).toEqual(['PATCH']);
    expect(api.requests.filter((r) => r.operationId === 'repos/list-releases').length).toBe(2); // 121 releases, 100 a page
  });

  it('400 images stay under 125000 characters; missing images are listed under a warning', async () => {
    const digests: Record<string, string> = {};
    for (let i = 0; i < 400; i++)
      digests[`ghcr.io/octo-org/octo-repo/service-${i}:v1.2.3`] =
        `sha256:${i.toString(16).padStart(64, '0')}`;
    const missing = ['ghcr.io/octo-org/octo-repo/late:v1.2.3', 'ghcr.io/octo-org/octo-repo/broken:v1.2.3'];
    api.state.addRelease({ tag_name: 'v1.2.3', body: 'Notes\n'.repeat(2000) });
    const result = await run(node, { digests: JSON.stringify(digests), missing: missing.join('\n') });
    succeeded(result);
    const body = bodyOf();
    expect([...body].length).toBeLessThanOrEqual(125000);
    expect(body.startsWith('Notes\n'.repeat(2000))).toBe(true);
    expect(body).toContain('> 2 images are missing from this release');
    for (const ref of missing) expect(body).toContain(`| \`${ref}\` | ⚠️ missing |`);
    expect(body.split('\n').filter((l) => l.startsWith('| service-'))).toHaveLength(400);
    expect(result.outputs['images-written']).toBe('400');
    expect(result.warnings.join('\n')).toContain('2 image(s) missing');
  });

  it('a 403 "Resource not accessible by integration" tells the user to grant contents: write', async () => {
    api.state.addRelease({ tag_name: 'v1.2.3', body: 'Notes\n' });
    api.fault({ match: { method: 'PATCH' }, status: 403 });
    const result = await run(node, { digests: JSON.stringify(IMAGES) });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/Resource not accessible by integration/);
    expect(result.errors[0]).toMatch(/permissions:\s+contents: write/);
    expect(result.log).not.toMatch(/\n\s+at /); // no stack trace
    expect(bodyOf()).toBe('Notes\n');
  });

  it('a 429 with retry-after is waited out and retried', async () => {
    api.state.addRelease({ tag_name: 'v1.2.3', body: 'Notes\n' });
    api.fault({ match: { method: 'PATCH' }, status: 429, headers: { 'retry-after': '1' } });
    const result = await run(node, { digests: JSON.stringify(IMAGES) });
    succeeded(result);
    const patches = api.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.status)).toEqual([429, 200]);
    expect(patches[1].at - patches[0].at).toBeGreaterThanOrEqual(900);
    expect(result.log).toMatch(/rate limited \(429\), waiting 1 s/);
    expect(bodyOf()).toContain(D('a'));
  });

  it('a primary rate limit (403, x-ratelimit-remaining 0) waits until x-ratelimit-reset', async () => {
    api.state.addRelease({ tag_name: 'v1.2.3', body: 'Notes\n' });
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    api.fault({
      match: { method: 'GET' },
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    });
    const result = await run(node, { digests: JSON.stringify(IMAGES) });
    succeeded(result);
    expect(result.log).toMatch(/rate limited \(403\), waiting \d s/);
    expect(bodyOf()).toContain(D('a'));
  });

  it.each([
    [
      'tag missing outside a tag event',
      { digests: JSON.stringify(IMAGES) },
      'push-branch',
      /Input "tag": is required outside a tag event/,
    ],
    [
      'malformed digests JSON',
      { tag: 'v1.2.3', digests: '{"ghcr.io/o/api:v1": ' },
      'push-tag',
      /Input "digests": is not valid JSON/,
    ],
    [
      'digest not sha256 + 64 hex',
      { digests: JSON.stringify({ 'ghcr.io/o/api:v1': 'sha256:abc' }) },
      'push-tag',
      /Input "digests": the digest for "ghcr.io\/o\/api:v1" is "sha256:abc"/,
    ],
    [
      'unknown mode',
      { digests: JSON.stringify(IMAGES), mode: 'append' },
      'push-tag',
      /Input "mode": "append" is not one of: replace, merge/,
    ],
    [
      'malformed image reference',
      { images: 'ghcr.io/o/API!:v1', digests: JSON.stringify(IMAGES) },
      'push-tag',
      /Input "images": .*invalid path component/,
    ],
  ])('bad input (%s): one ::error::, exit 1, release untouched', async (_, inputs, event, message) => {
    api.state.addRelease({ tag_name: 'v1.2.3', body: 'Notes\n' });
    const result = await run(node, inputs, event);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(api.requests).toEqual([]);
    expect(bodyOf()).toBe('Notes\n');
  });
});
