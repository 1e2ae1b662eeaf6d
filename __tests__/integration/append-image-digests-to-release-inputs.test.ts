// append-image-digests-to-release inputs that had no test: `section-title`, an explicit
// `prerelease` (true and false), `list-platforms` and `registry-auth`, each as action.yml and the
// README document them. The real dist bundle through the runner harness, against the GitHub API
// emulator and the real local registries (anonymous, and token auth for registry-auth).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFaultProxy, type FaultProxy } from '../../testkit/faults/fault-proxy.js';
import { emulatorPerTest } from '../../testkit/github-api/testing.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import {
  ensureRegistry,
  getRegistryToken,
  pushRandomImage,
  type Registry,
} from '../../testkit/services/index.js';

const ACTION = 'append-image-digests-to-release';
const TOKEN = 'ghs_inputs_test';
const D = (c: string) => `sha256:${c.repeat(64)}`;
const API_IMAGE = 'ghcr.io/octo-org/octo-repo/api:v1.2.3';

const emulator = emulatorPerTest({ token: TOKEN });
afterAll(cleanupRunnerTemp);

function run(
  node: NodeVersion,
  inputs: Record<string, string>,
  opts: { event?: string; secrets?: string[] } = {},
) {
  return runAction({
    action: ACTION,
    node,
    event: opts.event ?? 'push-tag',
    inputs: { token: TOKEN, ...inputs },
    env: { GITHUB_API_URL: emulator.api.url },
    secrets: [TOKEN, ...(opts.secrets ?? [])],
  });
}

/** The whole section the action writes for one image of service `api` (tag v1.2.3, digest `digest`). */
function apiSection(title: string, digest: string): string {
  return [
    '<!-- docker-pipeline-actions:images:start -->',
    `## ${title}`,
    '',
    '<!-- docker-pipeline-actions:image:api:start -->',
    '### api',
    '',
    '```bash',
    '# Pull by version tag',
    'docker pull ghcr.io/octo-org/octo-repo/api:v1.2.3',
    '',
    '# Pull by digest (immutable)',
    `docker pull ghcr.io/octo-org/octo-repo/api@${digest}`,
    '```',
    '',
    `- **Image Digest:** \`${digest}\``,
    '',
    '<!-- docker-pipeline-actions:image:api:end -->',
    '<!-- docker-pipeline-actions:images:end -->',
  ].join('\n');
}

const bodyOf = (tag = 'v1.2.3') => emulator.api.state.getReleaseByTag(tag)?.body ?? '';

describe.each(NODE_VERSIONS)('section-title on %s', (node) => {
  it.each([
    ['a plain title', 'Container images', 'Container images'],
    ['comment delimiters, defused', 'Images <!-- x --> y', 'Images &lt;!-- x --&gt; y'],
  ])('%s: the heading of the section written', async (_name, title, heading) => {
    const r = await run(node, { 'section-title': title, digests: JSON.stringify({ [API_IMAGE]: D('a') }) });
    expect(r.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    expect(bodyOf()).toBe(apiSection(heading, D('a')));
  });

  it('a section written under another title is replaced, not added to', async () => {
    emulator.api.state.addRelease({
      tag_name: 'v1.2.3',
      body: `Notes\n\n${apiSection('Docker Images', D('b'))}\n`,
    });
    const r = await run(node, {
      'section-title': 'Images',
      digests: JSON.stringify({ [API_IMAGE]: D('a') }),
    });
    expect(r.exitCode).toBe(0);
    expect(bodyOf()).toBe(`Notes\n\n${apiSection('Images', D('a'))}\n`);
  });

  it('a title of two lines: one ::error:: naming section-title, the release untouched', async () => {
    const r = await run(node, {
      'section-title': 'Docker\nImages',
      digests: JSON.stringify({ [API_IMAGE]: D('a') }),
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual(['Input "section-title": must be one line']);
    expect(emulator.api.requests).toEqual([]);
  });
});

describe.each(NODE_VERSIONS)('prerelease on %s', (node) => {
  it.each([
    ['true on a release tag', 'true', 'push-tag', 'v1.2.3', true],
    ['false on a semver pre-release tag', 'false', 'push-tag-prerelease', 'v2.0.0-rc.1', false],
    ['empty on a release tag (the default: not a pre-release)', '', 'push-tag', 'v1.2.3', false],
    ['empty on a semver pre-release tag (a pre-release)', '', 'push-tag-prerelease', 'v2.0.0-rc.1', true],
  ])('%s: a created release is marked as told', async (_name, prerelease, event, tag, expected) => {
    const r = await run(
      node,
      { prerelease, digests: JSON.stringify({ [`ghcr.io/o/api:${tag}`]: D('c') }) },
      { event },
    );
    expect(r.exitCode).toBe(0);
    expect(emulator.api.state.releases).toHaveLength(1);
    expect(emulator.api.state.getReleaseByTag(tag)).toMatchObject({
      tag_name: tag,
      prerelease: expected,
      draft: false,
    });
  });

  it.each([
    ['true', false],
    ['false', true],
  ])('%s on an existing release: it keeps its own state', async (prerelease, existing) => {
    emulator.api.state.addRelease({ tag_name: 'v1.2.3', body: 'notes\n', prerelease: existing });
    const r = await run(node, { prerelease, digests: JSON.stringify({ [API_IMAGE]: D('a') }) });
    expect(r.exitCode).toBe(0);
    expect(emulator.api.state.releases).toHaveLength(1);
    expect(emulator.api.state.getReleaseByTag('v1.2.3')).toMatchObject({ prerelease: existing });
  });
});

describe('registry inputs', () => {
  let anonymous: Registry;
  let tokenRegistry: Registry;
  let proxy: FaultProxy;
  let multiRepo: string;
  let multiDigest: string;
  let privateRepo: string;
  let privateDigest: string;

  beforeAll(async () => {
    [anonymous, tokenRegistry] = await Promise.all([ensureRegistry('anonymous'), ensureRegistry('token')]);
    const run = Date.now().toString(36);
    multiRepo = `inputs-${run}/web`;
    privateRepo = `inputs-${run}/worker`;
    [multiDigest, privateDigest] = await Promise.all([
      pushRandomImage(anonymous, multiRepo, 'v1.2.3', { platforms: ['linux/amd64', 'linux/arm64'] }),
      pushRandomImage(tokenRegistry, privateRepo, 'v1.2.3'),
    ]);
    // A pass-through proxy (no faults) that logs what the action asks the registry.
    proxy = await startFaultProxy(anonymous.url);
  }, 300_000);
  afterAll(async () => {
    await proxy?.close();
  });

  describe.each(NODE_VERSIONS)('list-platforms on %s', (node) => {
    const PLATFORMS = '- **Platforms:** `linux/amd64`, `linux/arm64`';
    it.each([
      [
        'true (the default): HEAD, then one GET of the index; platforms listed',
        'true',
        [PLATFORMS],
        ['HEAD tag', 'GET digest'],
      ],
      ['false: one HEAD only; no platforms', 'false', [], ['HEAD tag']],
    ])('%s', async (_name, listPlatforms, platformLines, requests) => {
      const image = `${proxy.host}/${multiRepo}:v1.2.3`;
      proxy.log.length = 0;
      const r = await run(node, { images: image, 'list-platforms': listPlatforms });
      expect(r.exitCode).toBe(0);
      expect(r.errors).toEqual([]);
      const body = bodyOf();
      expect(body).toContain(`docker pull ${proxy.host}/${multiRepo}@${multiDigest}`);
      expect(body.split('\n').filter((l) => l.includes('**Platforms:**'))).toEqual(platformLines);
      const named = (path: string) =>
        path
          .replace(`/v2/${multiRepo}/manifests/v1.2.3`, 'tag')
          .replace(`/v2/${multiRepo}/manifests/${multiDigest}`, 'digest');
      expect(proxy.log.map((e) => `${e.method} ${named(e.path)}`)).toEqual(requests);
    });
  });

  describe.each(NODE_VERSIONS)('registry-auth (token registry) on %s', (node) => {
    const image = () => `${tokenRegistry.host}/${privateRepo}:v1.2.3`;
    const b64 = (s: string) => Buffer.from(s).toString('base64');

    it.each([
      [
        'JSON {username, password}',
        () => JSON.stringify({ [tokenRegistry.host]: { username: 'testuser', password: 'testpassword' } }),
        ['testpassword'],
      ],
      [
        'YAML {auth}',
        () => `${tokenRegistry.host}:\n  auth: ${b64('testuser:testpassword')}\n`,
        [b64('testuser:testpassword')],
      ],
    ])(
      '%s: reads the digest from the private registry and masks the secret',
      async (_name, auth, secrets) => {
        const r = await run(node, { images: image(), 'registry-auth': auth() });
        expect(r.exitCode).toBe(0);
        expect(r.errors).toEqual([]);
        expect(bodyOf()).toContain(`docker pull ${tokenRegistry.host}/${privateRepo}@${privateDigest}`);
        expect(r.outputs['images-written']).toBe('1');
        for (const secret of secrets) expect(r.masked).toContain(secret);
        expect(r.log).not.toContain('testpassword');
      },
    );

    it('{token}: a registry bearer token is sent as is', async () => {
      const token = await getRegistryToken(tokenRegistry, [`repository:${privateRepo}:pull`]);
      const r = await run(node, {
        images: image(),
        'registry-auth': JSON.stringify({ [tokenRegistry.host]: { token } }),
      });
      expect(r.exitCode).toBe(0);
      expect(bodyOf()).toContain(`@${privateDigest}`);
      expect(r.masked).toContain(token);
    });

    it('takes precedence over username/password', async () => {
      const r = await run(node, {
        images: image(),
        username: 'nobody',
        password: 'wrong-password',
        'registry-auth': JSON.stringify({
          [tokenRegistry.host]: { username: 'testuser', password: 'testpassword' },
        }),
      });
      expect(r.exitCode).toBe(0);
      expect(bodyOf()).toContain(`@${privateDigest}`);
    });

    it('wrong credentials in registry-auth: one error, the release untouched', async () => {
      const r = await run(node, {
        images: image(),
        'registry-auth': JSON.stringify({ [tokenRegistry.host]: { username: 'testuser', password: 'nope' } }),
      });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/could not read 1 digest\(s\) from the registry/);
      expect(emulator.api.requests).toEqual([]);
    });
  });
});
