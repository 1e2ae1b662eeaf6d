// Acceptance 3 of issue 14: wait-for-manifests and append-image-digests-to-release behind a real
// forward proxy (tinyproxy, testkit/services/forward-proxy.ts). Loopback is never proxied, so the
// registries, the token server and the GitHub API emulator are addressed by names under
// dpa.test. Only the proxy can resolve them (its own /etc/hosts): an action request that went
// around the proxy would fail, so a right answer shows that every request went through it. The
// NO_PROXY and insecure-registries cases give the action the names too (runAction's `hosts`).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import { freePort, startForwardProxy, type ForwardProxy } from '../../testkit/services/forward-proxy.js';
import { ensureRegistry, type Registry } from '../../testkit/services/index.js';
import { startTokenRegistryView, type RegistryView } from '../../testkit/services/registry-view.js';
import {
  digestsOf,
  emptyDockerConfig,
  seedImage,
  uniqueRepo,
  type SourceManifest,
} from '../../testkit/wait-for-manifests.js';

const REGISTRY = 'registry.dpa.test';
const TOKENS = 'tokens.dpa.test';
const API = 'api.dpa.test';
const ALL_NAMES = { [REGISTRY]: '127.0.0.1', [TOKENS]: '127.0.0.1', [API]: '127.0.0.1' };
const TOKEN = 'ghs_proxytest';

let anonymous: Registry;
let token: Registry;
let view: RegistryView;
let anonymousSeed: SourceManifest;
let tokenSeed: SourceManifest;
let proxy: ForwardProxy;

beforeAll(async () => {
  anonymous = await ensureRegistry('anonymous');
  token = await ensureRegistry('token');
  view = await startTokenRegistryView(TOKENS);
  anonymousSeed = await seedImage(anonymous, uniqueRepo('proxy-anonymous'));
  tokenSeed = await seedImage(token, uniqueRepo('proxy-token'));
}, 300_000);
afterAll(async () => {
  await view?.close();
  await cleanupRunnerTemp();
});
beforeEach(async () => {
  proxy = await startForwardProxy({ hosts: ALL_NAMES });
});
afterEach(() => proxy.close());

const portOf = (host: string) => host.split(':')[1]!;
const anonymousHost = () => `${REGISTRY}:${portOf(anonymous.host)}`;
const tokenHost = () => `${REGISTRY}:${view.port}`;
const tokenServer = () => `${TOKENS}:${new URL(view.realm).port}`;
const anonymousRef = () => `${anonymousHost()}/${anonymousSeed.repository}:seed`;
const tokenRef = () => `${tokenHost()}/${tokenSeed.repository}:seed`;
const expectedDigests = () => ({ [anonymousRef()]: anonymousSeed.digest, [tokenRef()]: tokenSeed.digest });
const registryInputs = () => ({
  'insecure-registries': [anonymousHost(), tokenHost()].join('\n'),
  'registry-auth': JSON.stringify({ [tokenHost()]: { username: token.username, password: token.password } }),
});
const proxyEnv = (url = proxy.url) => ({
  HTTPS_PROXY: url,
  HTTP_PROXY: url,
  DOCKER_CONFIG: emptyDockerConfig(),
});
const connects = () => proxy.requests().map((line) => line.replace(/ HTTP\/1\.1$/, ''));

function waitForManifests(
  node: NodeVersion,
  inputs: Record<string, string>,
  env: Record<string, string>,
  hosts?: Record<string, string>,
) {
  return runAction({
    action: 'wait-for-manifests',
    node,
    inputs: { timeout: '20s', interval: '500ms', ...registryInputs(), ...inputs },
    env,
    hosts,
    secrets: [token.password ?? ''],
  });
}

describe.each(NODE_VERSIONS)('through the proxy on %s', (node) => {
  it('wait-for-manifests: every registry and token request, right digests', async () => {
    const r = await waitForManifests(node, { images: [anonymousRef(), tokenRef()].join('\n') }, proxyEnv());
    if (r.exitCode !== 0) throw new Error(r.log);
    expect(digestsOf(r.outputs)).toEqual(expectedDigests());
    expect(new Set(connects())).toEqual(
      new Set([`CONNECT ${anonymousHost()}`, `CONNECT ${tokenHost()}`, `CONNECT ${tokenServer()}`]),
    );
  });

  it('append-image-digests-to-release: registry, token and GitHub API requests, right release', async () => {
    const api: GitHubApi = await startGitHubApi({ token: TOKEN });
    try {
      const apiHost = `${API}:${portOf(new URL(api.url).host)}`;
      const r = await runAction({
        action: 'append-image-digests-to-release',
        node,
        event: 'push-tag',
        inputs: { token: TOKEN, images: [anonymousRef(), tokenRef()].join('\n'), ...registryInputs() },
        env: { ...proxyEnv(), GITHUB_API_URL: `http://${apiHost}` },
        secrets: [TOKEN, token.password ?? ''],
      });
      if (r.exitCode !== 0) throw new Error(r.log);
      const body = api.state.releases[0]?.body ?? '';
      for (const [ref, digest] of Object.entries(expectedDigests())) {
        expect(body).toContain(`${ref.replace(/:seed$/, '')}@${digest}`);
      }
      expect(new Set(connects())).toEqual(
        new Set([
          `CONNECT ${anonymousHost()}`,
          `CONNECT ${tokenHost()}`,
          `CONNECT ${tokenServer()}`,
          `CONNECT ${apiHost}`,
        ]),
      );
      api.assertNoViolations();
    } finally {
      await api.close();
    }
  });
});

describe('NO_PROXY', () => {
  it.each([
    [
      'the registry host: registries direct, the token server through the proxy',
      REGISTRY,
      () => [`CONNECT ${tokenServer()}`],
    ],
    ['a .domain suffix: nothing through the proxy', '.dpa.test', () => []],
  ])('%s', async (_name, noProxy, proxied) => {
    const env = { ...proxyEnv(), NO_PROXY: noProxy };
    const r = await waitForManifests(
      'node24',
      { images: [anonymousRef(), tokenRef()].join('\n') },
      env,
      ALL_NAMES,
    );
    if (r.exitCode !== 0) throw new Error(r.log);
    expect(digestsOf(r.outputs)).toEqual(expectedDigests());
    expect([...new Set(connects())]).toEqual(proxied());
    expect(proxy.requests().join('\n')).not.toContain(REGISTRY);
  });
});

describe('a proxy that refuses', () => {
  it.each([
    ['wait-for-manifests', 'registry'],
    ['append-image-digests-to-release', 'GitHub API'],
  ])('%s fails naming the proxy (%s), its credentials masked', async (action, _what) => {
    const port = await freePort();
    const env = proxyEnv(`http://proxyuser:pr0xy-secret@127.0.0.1:${port}`);
    const digest = `${anonymousHost()}/${anonymousSeed.repository}@${anonymousSeed.digest}`;
    const r = await runAction({
      action,
      node: 'node24',
      event: 'push-tag',
      inputs:
        action === 'wait-for-manifests'
          ? { images: anonymousRef(), timeout: '5s', interval: '500ms', ...registryInputs() }
          : { token: TOKEN, images: digest }, // digest given: only the GitHub API is asked
      env: { ...env, GITHUB_API_URL: `http://${API}:1` },
      timeoutMs: 60_000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`through the proxy http://***@127.0.0.1:${port}`);
    expect(r.log).not.toContain('pr0xy-secret');
  });
});

describe('insecure-registries with a registry name that is not loopback', () => {
  const hosts = { [REGISTRY]: '127.0.0.1' };
  it('plain HTTP when listed', async () => {
    const inputs = { images: anonymousRef(), 'insecure-registries': anonymousHost() };
    const r = await waitForManifests('node24', inputs, { DOCKER_CONFIG: emptyDockerConfig() }, hosts);
    if (r.exitCode !== 0) throw new Error(r.log);
    expect(digestsOf(r.outputs)).toEqual({ [anonymousRef()]: anonymousSeed.digest });
  });

  it('https when not listed: the check fails, saying to list it', async () => {
    const inputs = { images: anonymousRef(), 'insecure-registries': '', timeout: '3s' };
    const r = await waitForManifests('node24', inputs, { DOCKER_CONFIG: emptyDockerConfig() }, hosts);
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`https://${anonymousHost()}/v2/`);
    expect(r.errors[0]).toContain('must be listed in insecure-registries');
  });
});
