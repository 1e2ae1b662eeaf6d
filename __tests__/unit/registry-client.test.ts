import { afterEach, describe, expect, it } from '@jest/globals';
import { parseReference } from '../../packages/image-ref/index.js';
import {
  createRegistryClient,
  isLoopbackRegistry,
  parseRetryAfter,
  type Credential,
  type CredentialStore,
  type ResolvedCredential,
} from '../../packages/registry-client/index.js';
import {
  fakeServers,
  manifest,
  OCI_INDEX,
  OCI_MANIFEST,
  startServer,
  startTokenServer,
  type FakeServer,
} from '../../testkit/fakes/registry-client.js';
import { startConnectProxy } from '../../testkit/fakes/connect-proxy.js';

const servers = fakeServers();
afterEach(servers.closeAll);
const registry = servers.registry;
const open = { push: (server: { close(): Promise<void> }) => servers.track(server) };

const store = (credential?: Credential): CredentialStore => ({
  get: async () => (credential ? ({ ...credential, source: 'test' } as ResolvedCredential) : undefined),
});

const client = (credentials = store(), extra: Partial<Parameters<typeof createRegistryClient>[0]> = {}) =>
  createRegistryClient({ credentials, retryBaseMs: 10, requestTimeoutMs: 2_000, ...extra });

const image = manifest(OCI_MANIFEST, { config: { digest: 'sha256:' + '1'.repeat(64) }, layers: [] });

describe('checkManifest: presence', () => {
  it('HEADs with every manifest media type and returns the registry digest', async () => {
    const r = await registry();
    r.put('team/api', 'v1', image);
    const c = client();
    const result = await c.checkManifest(parseReference(`${r.server.host}/team/api:v1`));
    expect(result).toEqual({ status: 'present', digest: image.digest, mediaType: OCI_MANIFEST });
    const head = r.server.requests.find((q) => q.method === 'HEAD')!;
    expect(head.url).toBe('/v2/team/api/manifests/v1');
    for (const type of [
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
    ])
      expect(head.accept).toContain(type);
    // No GET /v2/ ping: the first HEAD itself shows the registry wants no credentials.
    expect(r.server.requests.map((q) => q.method)).toEqual(['HEAD']);
    expect(c.requestCount).toBe(1);
  });

  it('falls back to GET and hashes the body when HEAD has no Docker-Content-Digest', async () => {
    const r = await registry({ omitDigestOnHead: true });
    r.put('api', 'v1', image);
    const result = await client().checkManifest(parseReference(`${r.server.host}/api:v1`));
    expect(result).toEqual({ status: 'present', digest: image.digest, mediaType: OCI_MANIFEST });
  });

  it('checks by digest', async () => {
    const r = await registry();
    r.put('api', 'v1', image);
    const c = client();
    expect(await c.checkManifest(parseReference(`${r.server.host}/api@${image.digest}`))).toMatchObject({
      status: 'present',
      digest: image.digest,
    });
    expect(await c.checkManifest(parseReference(`${r.server.host}/api@sha256:${'9'.repeat(64)}`))).toEqual({
      status: 'missing',
    });
  });

  it('404 is missing', async () => {
    const r = await registry();
    expect(await client().checkManifest(parseReference(`${r.server.host}/api:v9`))).toEqual({
      status: 'missing',
    });
  });

  it('rejects with the signal reason when aborted', async () => {
    const r = await registry();
    r.server.hooks.push(() => true); // never answers
    const controller = new AbortController();
    const pending = client().checkManifest(parseReference(`${r.server.host}/api:v1`), {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('deadline')), 50);
    await expect(pending).rejects.toThrow('deadline');
  });
});

describe('checkManifest: auth', () => {
  it('Basic: answers the challenge with the credentials', async () => {
    const r = await registry({ auth: { kind: 'basic', username: 'u', password: 'p' } });
    r.put('api', 'v1', image);
    const c = client(store({ kind: 'basic', username: 'u', password: 'p' }));
    expect(await c.checkManifest(parseReference(`${r.server.host}/api:v1`))).toMatchObject({
      status: 'present',
    });
    expect(await c.checkManifest(parseReference(`${r.server.host}/api:v2`))).toEqual({ status: 'missing' });
    // the first HEAD learns the scheme; every later request carries the credentials at once
    expect(r.server.requests.map((q) => `${q.method} ${q.authorization ? 'auth' : 'anon'}`)).toEqual([
      'HEAD anon',
      'HEAD auth',
      'HEAD auth',
    ]);
  });

  it.each([
    [
      'wrong credentials',
      store({ kind: 'basic', username: 'u', password: 'nope' }),
      /refused the credentials from test/,
    ],
    ['no credentials', store(), /wants credentials and none were given/],
  ])('Basic with %s is unauthorized, not a crash', async (_name, credentials, detail) => {
    const r = await registry({ auth: { kind: 'basic', username: 'u', password: 'p' } });
    r.put('api', 'v1', image);
    const result = await client(credentials).checkManifest(parseReference(`${r.server.host}/api:v1`));
    expect(result).toEqual({ status: 'unauthorized', detail: expect.stringMatching(detail) });
  });

  it.each(['token', 'access_token'] as const)(
    'Bearer: one %s per repository scope, fetched with Basic credentials',
    async (field) => {
      const tokens = await startTokenServer({ username: 'u', password: 'p', token: 'T', field });
      open.push(tokens);
      const r = await registry({ auth: { kind: 'bearer', realm: `${tokens.url}/token`, token: 'T' } });
      r.put('a', 'v1', image);
      r.put('a', 'v2', image);
      r.put('b', 'v1', image);
      const c = client(store({ kind: 'basic', username: 'u', password: 'p' }));
      const refs = ['a:v1', 'a:v2', 'b:v1', 'a:v3'].map((t) => parseReference(`${r.server.host}/${t}`));
      const results = await Promise.all(refs.map((ref) => c.checkManifest(ref)));
      expect(results.map((x) => x.status)).toEqual(['present', 'present', 'present', 'missing']);
      const scopes = tokens.requests.map((q) => new URL(q.url, 'http://x').searchParams.get('scope'));
      expect(scopes.sort()).toEqual(['repository:a:pull', 'repository:b:pull']);
      expect(new URL(tokens.requests[0].url, 'http://x').searchParams.get('service')).toBe('fake-registry');
      expect(tokens.requests.every((q) => q.authorization?.startsWith('Basic '))).toBe(true);
    },
  );

  it('Bearer: of 12 checks started together only the first goes out without a token', async () => {
    const tokens = await startTokenServer({ token: 'T', anonymous: true });
    open.push(tokens);
    const r = await registry({ auth: { kind: 'bearer', realm: `${tokens.url}/token`, token: 'T' } });
    r.put('a', 'v1', image);
    const c = client();
    const refs = Array.from({ length: 12 }, (_, i) => parseReference(`${r.server.host}/a:v${i + 1}`));
    const results = await Promise.all(refs.map((ref) => c.checkManifest(ref)));
    expect(results.map((x) => x.status)).toEqual(['present', ...Array(11).fill('missing')]);
    const heads = r.server.requests.filter((q) => q.method === 'HEAD');
    expect(heads.filter((q) => !q.authorization).map((q) => q.url)).toEqual(['/v2/a/manifests/v1']);
    expect(heads).toHaveLength(13); // the first HEAD twice (its 401 taught the challenge), the others once
    expect(tokens.requests).toHaveLength(1);
  });

  it('the first request failing teaches nothing: the next ones still meet the challenge', async () => {
    const tokens = await startTokenServer({ token: 'T', anonymous: true });
    open.push(tokens);
    const r = await registry({ auth: { kind: 'bearer', realm: `${tokens.url}/token`, token: 'T' } });
    r.put('a', 'v1', image);
    let resets = 4; // more than one check's retries: the first check fails outright
    r.server.hooks.push((req) => {
      if (resets <= 0) return false;
      resets--;
      req.socket.destroy();
      return true;
    });
    const c = client();
    const ref = parseReference(`${r.server.host}/a:v1`);
    expect(await c.checkManifest(ref)).toMatchObject({ status: 'error' });
    expect(await c.checkManifest(ref)).toMatchObject({ status: 'present' });
  });

  it('Bearer: a token is reused until it expires (expires_in), then fetched again', async () => {
    const tokens = await startTokenServer({ token: 'T', anonymous: true, expiresIn: 30 });
    open.push(tokens);
    const r = await registry({ auth: { kind: 'bearer', realm: `${tokens.url}/token`, token: 'T' } });
    r.put('a', 'v1', image);
    let clock = 1_000_000;
    const c = client(store(), { now: () => clock });
    const ref = parseReference(`${r.server.host}/a:v1`);
    await c.checkManifest(ref);
    clock += 20_000;
    await c.checkManifest(ref);
    expect(tokens.requests).toHaveLength(1);
    clock += 20_000; // 40 s > 30 s lifetime
    expect(await c.checkManifest(ref)).toMatchObject({ status: 'present' });
    expect(tokens.requests).toHaveLength(2);
  });

  it('Bearer: a token server refusing the credentials is unauthorized', async () => {
    const tokens = await startTokenServer({ username: 'u', password: 'p', token: 'T' });
    open.push(tokens);
    const r = await registry({ auth: { kind: 'bearer', realm: `${tokens.url}/token`, token: 'T' } });
    const result = await client(store({ kind: 'basic', username: 'u', password: 'bad' })).checkManifest(
      parseReference(`${r.server.host}/a:v1`),
    );
    expect(result).toEqual({
      status: 'unauthorized',
      detail: `the token server ${tokens.host} refused the credentials (HTTP 401)`,
    });
  });

  it('Bearer: a token without the scope (insufficient_scope) is unauthorized without asking again', async () => {
    const tokens = await startTokenServer({ token: 'T', anonymous: true });
    open.push(tokens);
    const r = await registry({ auth: { kind: 'bearer', realm: `${tokens.url}/token`, token: 'T' } });
    r.server.hooks.push((req, res) => {
      if (!req.url?.includes('/manifests/') || !req.headers.authorization) return false;
      const scope = 'scope="repository:private:pull",error="insufficient_scope"';
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="${tokens.url}/token",service="fake-registry",${scope}`,
      });
      res.end();
      return true;
    });
    const c = client();
    const ref = parseReference(`${r.server.host}/private:v1`);
    expect(await c.checkManifest(ref)).toMatchObject({ status: 'unauthorized' });
    expect(await c.checkManifest(ref)).toMatchObject({ status: 'unauthorized' });
    expect(tokens.requests).toHaveLength(1); // the cached token is kept; no futile refetch
    // the first check's anonymous HEAD learns the challenge, then one HEAD per check with the token
    expect(r.server.requests.filter((q) => q.method === 'HEAD')).toHaveLength(3);
  });

  it('never sends Authorization to another host on redirect', async () => {
    const elsewhere: FakeServer = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': OCI_MANIFEST, 'docker-content-digest': image.digest }).end();
    });
    open.push(elsewhere);
    const r = await registry({ auth: { kind: 'basic', username: 'u', password: 'p' } });
    r.server.hooks.push((req, res) => {
      if (!req.url?.includes('/manifests/') || !req.headers.authorization) return false;
      res.writeHead(307, { location: `${elsewhere.url}/storage/x` }).end();
      return true;
    });
    const result = await client(store({ kind: 'basic', username: 'u', password: 'p' })).checkManifest(
      parseReference(`${r.server.host}/api:v1`),
    );
    expect(result).toMatchObject({ status: 'present', digest: image.digest });
    expect(elsewhere.requests).toEqual([
      expect.objectContaining({ url: '/storage/x', authorization: undefined }),
    ]);
  });
});

describe('checkManifest: faults', () => {
  const faulty = async (fault: (res: import('node:http').ServerResponse) => void, times: number) => {
    const r = await registry();
    r.put('api', 'v1', image);
    let left = times;
    r.server.hooks.push((req, res) => {
      if (req.method !== 'HEAD' || left <= 0) return false;
      left--;
      fault(res);
      return true;
    });
    return r;
  };

  it.each([
    ['503', (res: import('node:http').ServerResponse) => res.writeHead(503).end()],
    ['502', (res: import('node:http').ServerResponse) => res.writeHead(502).end()],
    ['408', (res: import('node:http').ServerResponse) => res.writeHead(408).end()],
    ['reset', (res: import('node:http').ServerResponse) => res.socket?.destroy()],
  ])('%s is retried', async (_name, fault) => {
    const r = await faulty(fault, 2);
    const c = client();
    expect(await c.checkManifest(parseReference(`${r.server.host}/api:v1`))).toMatchObject({
      status: 'present',
    });
    expect(c.requestCount).toBe(3); // 2 failures + success
  });

  it('gives up after maxRetries with an error naming the cause', async () => {
    const r = await faulty((res) => res.writeHead(500).end(), 99);
    const result = await client(store(), { maxRetries: 2 }).checkManifest(
      parseReference(`${r.server.host}/api:v1`),
    );
    expect(result).toEqual({
      status: 'error',
      detail: expect.stringMatching(/HEAD .*\/v2\/api\/manifests\/v1 failed after 3 attempts: HTTP 500/),
    });
  });

  it('429 waits for Retry-After and reports it when retries run out', async () => {
    const r = await faulty((res) => res.writeHead(429, { 'retry-after': '1' }).end(), 1);
    const log: string[] = [];
    const c = client(store(), { log: (m) => log.push(m) });
    expect(await c.checkManifest(parseReference(`${r.server.host}/api:v1`))).toMatchObject({
      status: 'present',
    });
    expect(log).toEqual([expect.stringMatching(/^retrying HEAD .* in 1000 ms \(HTTP 429\)$/)]);
    const stuck = await faulty((res) => res.writeHead(429, { 'retry-after': '0' }).end(), 99);
    expect(
      await client(store(), { maxRetries: 1 }).checkManifest(parseReference(`${stuck.server.host}/api:v1`)),
    ).toMatchObject({ status: 'error', retryAfterMs: 0 });
  });

  it('a response slower than the per-request limit is abandoned and retried', async () => {
    const r = await faulty(() => {}, 1); // never answers the first HEAD
    const c = client(store(), { requestTimeoutMs: 200 });
    expect(await c.checkManifest(parseReference(`${r.server.host}/api:v1`))).toMatchObject({
      status: 'present',
    });
  });

  it('a truncated body is retried', async () => {
    const r = await registry({ omitDigestOnHead: true });
    r.put('api', 'v1', image);
    let left = 1;
    r.server.hooks.push((req, res) => {
      if (req.method !== 'GET' || !req.url?.includes('/manifests/') || left-- <= 0) return false;
      res.writeHead(200, { 'content-length': image.body.length, 'content-type': OCI_MANIFEST });
      res.write(image.body.subarray(0, 10), () => res.socket?.destroy());
      return true;
    });
    expect(await client().checkManifest(parseReference(`${r.server.host}/api:v1`))).toMatchObject({
      status: 'present',
      digest: image.digest,
    });
  });
});

describe('checkManifest: platforms', () => {
  const setup = async () => {
    const r = await registry();
    const index = manifest(OCI_INDEX, {
      manifests: [
        {
          mediaType: OCI_MANIFEST,
          digest: 'sha256:' + 'a'.repeat(64),
          platform: { os: 'linux', architecture: 'amd64' },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: 'sha256:' + 'b'.repeat(64),
          platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: 'sha256:' + 'c'.repeat(64),
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
        },
      ],
    });
    r.put('multi', 'v1', index);
    const config = r.blob({ os: 'linux', architecture: 'amd64', rootfs: {} });
    r.put('single', 'v1', manifest(OCI_MANIFEST, { config: { digest: config }, layers: [] }));
    return { r, index };
  };

  it.each([
    ['multi', ['linux/amd64', 'linux/arm64'], 'present', undefined],
    ['multi', ['linux/arm64/v8'], 'present', undefined],
    ['multi', ['linux/amd64', 'linux/arm/v7'], 'platforms-missing', ['linux/arm/v7']],
    ['single', ['linux/amd64'], 'present', undefined],
    ['single', ['linux/amd64', 'linux/arm64'], 'platforms-missing', ['linux/arm64']],
  ])('%s wanting %j is %s', async (repo, platforms, status, missing) => {
    const { r } = await setup();
    const result = await client().checkManifest(parseReference(`${r.server.host}/${repo}:v1`), { platforms });
    expect(result.status).toBe(status);
    if (missing) expect(result).toMatchObject({ missing });
    const expected = repo === 'multi' ? ['linux/amd64', 'linux/arm64/v8'] : ['linux/amd64'];
    expect(result).toMatchObject({ platforms: expected });
  });

  it.each([
    ['HEAD only without platforms', undefined, false],
    ['HEAD only with an empty platform list', [], false],
    ['one GET of the index by digest with platforms', ['linux/amd64'], true],
  ])('%s', async (_name, platforms, getsIndex) => {
    const { r, index } = await setup();
    const result = await client().checkManifest(parseReference(`${r.server.host}/multi:v1`), { platforms });
    expect(result).toMatchObject({ status: 'present', digest: index.digest });
    expect(r.server.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
      'HEAD /v2/multi/manifests/v1',
      ...(getsIndex ? [`GET /v2/multi/manifests/${index.digest}`] : []),
    ]);
  });
});

describe('checkManifest: proxy and limits', () => {
  /** A free loopback port nothing listens on. */
  const closedPort = async () => {
    const spare = await startServer(() => undefined);
    await spare.close();
    return Number(spare.host.split(':')[1]);
  };

  it('goes through HTTP_PROXY with CONNECT; the credentials travel inside the tunnel', async () => {
    const r = await registry({ auth: { kind: 'basic', username: 'u', password: 'p' } });
    r.put('api', 'v1', image);
    const port = Number(r.server.host.split(':')[1]);
    const proxy = await startConnectProxy({ [`registry.test:${port}`]: port });
    open.push(proxy);
    const c = client(store({ kind: 'basic', username: 'u', password: 'p' }), {
      env: { HTTP_PROXY: proxy.url },
      insecureRegistries: [`registry.test:${port}`],
    });
    expect(await c.checkManifest(parseReference(`registry.test:${port}/api:v1`))).toMatchObject({
      status: 'present',
      digest: image.digest,
    });
    expect(proxy.connects.length).toBeGreaterThan(0);
    expect(proxy.connects.every((q) => q.target === `registry.test:${port}`)).toBe(true);
    expect(proxy.connects.every((q) => q.headers.authorization === undefined)).toBe(true);
    expect(r.server.requests.map((q) => q.authorization?.split(' ')[0])).toEqual([undefined, 'Basic']);
  });

  it('reaches a loopback registry directly even with a proxy set', async () => {
    const r = await registry();
    r.put('api', 'v1', image);
    const env = { HTTP_PROXY: `http://127.0.0.1:${await closedPort()}` };
    expect(
      await client(store(), { env }).checkManifest(parseReference(`${r.server.host}/api:v1`)),
    ).toMatchObject({
      status: 'present',
    });
  });

  it('a proxy that refuses is an error naming the proxy, its credentials masked', async () => {
    const proxyPort = await closedPort();
    const c = client(store(), {
      env: { HTTP_PROXY: `http://user:s3cret@127.0.0.1:${proxyPort}` },
      insecureRegistries: ['registry.test:5000'],
      maxRetries: 1,
    });
    const result = await c.checkManifest(parseReference('registry.test:5000/api:v1'));
    expect(result).toEqual({
      status: 'error',
      detail: expect.stringContaining(`ECONNREFUSED`),
    });
    const detail = (result as { detail: string }).detail;
    expect(detail).toContain(`through the proxy http://***@127.0.0.1:${proxyPort}`);
    expect(detail).not.toContain('s3cret');
  });

  it('an answer larger than maxResponseBytes fails at once (no retries)', async () => {
    const r = await registry({ omitDigestOnHead: true });
    r.put('api', 'v1', image);
    const c = client(store(), { maxResponseBytes: 16 });
    expect(await c.checkManifest(parseReference(`${r.server.host}/api:v1`))).toEqual({
      status: 'error',
      detail: expect.stringMatching(/GET .* failed after 1 attempt: the answer is larger than allowed/),
    });
    expect(r.server.requests.map((q) => q.method)).toEqual(['HEAD', 'GET']);
  });
});

describe('helpers', () => {
  it.each([
    ['127.0.0.1:5000', true],
    ['127.8.9.10', true],
    ['localhost:5000', true],
    ['[::1]:5000', true],
    ['128.0.0.1:5000', false],
    ['ghcr.io', false],
    ['127.example.com', false],
  ])('isLoopbackRegistry(%j) = %j', (registry, expected) => {
    expect(isLoopbackRegistry(registry)).toBe(expected);
  });

  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['5', 5_000],
    ['0', 0],
    ['Thu, 01 Jan 2026 00:00:07 GMT', 7_000],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('parseRetryAfter(%j)', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
