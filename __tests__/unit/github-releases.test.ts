import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActionError } from '../../packages/action-io/index.js';
import {
  ApiError,
  createClient,
  decide,
  DEFAULT_POLICY,
  ensureRelease,
  ReleasesApi,
  type Release,
} from '../../packages/github-releases/index.js';
import { startConnectProxy } from '../../testkit/fakes/connect-proxy.js';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const one = { rateLimit: 1, transient: 1 };

describe('decide (retry policy)', () => {
  it.each([
    [
      '429 retry-after seconds',
      429,
      'You have exceeded a secondary rate limit.',
      { 'retry-after': '2' },
      2000,
    ],
    [
      '403 retry-after HTTP date',
      403,
      'secondary rate limit',
      { 'retry-after': new Date(NOW + 5000).toUTCString() },
      5000,
    ],
    [
      '403 primary limit until x-ratelimit-reset (+1 s)',
      403,
      'API rate limit exceeded',
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 10) },
      11000,
    ],
    ['429 without headers: a minute', 429, 'slow down', {}, 60000],
    [
      '403 secondary limit without headers: a minute',
      403,
      'You have exceeded a secondary rate limit',
      {},
      60000,
    ],
  ])('%s', (_, status, message, headers, wait) => {
    expect(decide({ status, message, headers }, 'update release 1', one, NOW)).toEqual({
      retryAfterMs: wait,
      reason: expect.stringContaining(`rate limited (${status})`),
    });
  });

  it('a 403 "Resource not accessible by integration" says to grant contents: write, no retry', () => {
    const d = decide(
      { status: 403, message: 'Resource not accessible by integration', headers: {} },
      'update release 7',
      one,
      NOW,
    );
    expect('fail' in d && d.fail).toBeInstanceOf(ActionError);
    expect('fail' in d && d.fail.message).toMatch(
      /GitHub refused to update release 7 .*permissions:\n\s+contents: write/s,
    );
  });

  it.each([
    [
      'a reset later than the longest wait',
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3600) },
      },
      one,
      /resets at 2026-01-01T13:00:01.000Z/,
    ],
    [
      'too many rate-limit waits',
      { status: 429, headers: { 'retry-after': '1' } },
      { rateLimit: 4, transient: 0 },
      /after 3 waits/,
    ],
    ['401', { status: 401, headers: {} }, one, /check the "token" input/],
    ['too many 5xx', { status: 502, headers: {} }, { rateLimit: 0, transient: 4 }, /gave up after 3 retries/],
  ])('fails on %s', (_, failed, tries, message) => {
    const d = decide({ message: 'x', ...failed }, 'do it', tries, NOW);
    expect('fail' in d && d.fail.message).toMatch(message);
  });

  it.each([404, 409, 422])('%i is for the caller (ApiError with GitHub errors)', (status) => {
    const errors = [{ code: 'already_exists', field: 'tag_name' }];
    const d = decide({ status, message: 'Validation Failed', headers: {}, errors }, 'create', one, NOW);
    expect('fail' in d && d.fail).toBeInstanceOf(ApiError);
    expect('fail' in d && (d.fail as ApiError).errors).toEqual(errors);
  });

  it('5xx and network errors back off, doubling, with jitter', () => {
    const waits = [1, 2, 3].map((t) =>
      decide({ status: 503, message: 'x', headers: {} }, 'x', { rateLimit: 0, transient: t }, NOW),
    );
    waits.forEach((d, i) => {
      const ms = 'retryAfterMs' in d ? d.retryAfterMs : -1;
      expect(ms).toBeGreaterThanOrEqual(DEFAULT_POLICY.backoffMs * 2 ** i * 0.5);
      expect(ms).toBeLessThanOrEqual(DEFAULT_POLICY.backoffMs * 2 ** i * 1.5);
    });
  });
});

// A tiny GitHub: releases in memory, answers through a fake fetch, with scripted failures.
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
function fakeGitHub(releases: Partial<Release>[] = [], script: Reply[] = []) {
  const calls: string[] = [];
  const all = releases.map((r, i) => ({
    id: i + 1,
    tag_name: 'v1',
    name: null,
    body: '',
    draft: false,
    prerelease: false,
    html_url: `https://x/${i + 1}`,
    ...r,
  }));
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    calls.push(`${method} ${url.pathname}${url.search}`);
    const reply =
      script.shift() ?? route(method, url, init?.body ? JSON.parse(String(init.body)) : undefined);
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  };
  const route = (method: string, url: URL, body: Record<string, unknown> | undefined): Reply => {
    const byTag = /\/releases\/tags\/(.+)$/.exec(url.pathname);
    const byId = /\/releases\/(\d+)$/.exec(url.pathname);
    if (method === 'GET' && byTag) {
      const r = all.find((x) => !x.draft && x.tag_name === byTag[1]);
      return r ? { status: 200, body: r } : { status: 404, body: { message: 'Not Found' } };
    }
    if (method === 'GET' && url.pathname.endsWith('/releases')) {
      const page = Number(url.searchParams.get('page') ?? 1);
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const newest = [...all].sort((a, b) => b.id - a.id);
      const last = Math.max(1, Math.ceil(newest.length / per));
      const next = `<${url.origin}${url.pathname}?per_page=${per}&page=${page + 1}>; rel="next"`;
      return {
        status: 200,
        body: newest.slice((page - 1) * per, page * per),
        headers: page < last ? { link: next } : {},
      };
    }
    if (method === 'POST') {
      const r = {
        ...all[0],
        id: all.length + 100,
        tag_name: String(body?.tag_name),
        body: String(body?.body),
        draft: Boolean(body?.draft),
      };
      all.push(r);
      return { status: 201, body: r };
    }
    if (byId && method === 'PATCH') {
      const r = all.find((x) => x.id === Number(byId[1]));
      Object.assign(r ?? {}, body);
      return { status: 200, body: r };
    }
    if (byId && method === 'DELETE') {
      all.splice(
        all.findIndex((x) => x.id === Number(byId[1])),
        1,
      );
      return { status: 204 };
    }
    return { status: 404, body: { message: 'Not Found' } };
  };
  const slept: number[] = [];
  const { octokit, stats } = createClient({
    token: 't',
    baseUrl: 'https://ghe.example.com/api/v3/',
    fetch: fetchImpl as typeof fetch,
    sleep: async (ms) => void slept.push(ms),
    now: () => NOW,
  });
  return { api: new ReleasesApi(octokit, { owner: 'o', repo: 'r' }), calls, stats, slept, all };
}

describe('ReleasesApi through the retrying client', () => {
  it('GET by tag, then PATCH: two requests, against the GHE base URL', async () => {
    const gh = fakeGitHub([{ tag_name: 'v1', body: 'x' }]);
    const found = await gh.api.findByTag('v1');
    await gh.api.updateBody(found!.id, 'y');
    expect(gh.calls).toEqual([
      'GET /api/v3/repos/o/r/releases/tags/v1',
      'PATCH /api/v3/repos/o/r/releases/1',
    ]);
    expect(gh.stats.requests).toBe(2);
  });

  it('waits out a 429 (retry-after) and retries; counts both requests', async () => {
    const gh = fakeGitHub(
      [{ tag_name: 'v1' }],
      [{ status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '3' } }],
    );
    expect((await gh.api.findByTag('v1'))?.id).toBe(1);
    expect(gh.slept).toEqual([3000]);
    expect(gh.stats).toMatchObject({ requests: 2, waitedMs: 3000 });
  });

  it('finds the oldest draft with the tag across pages (drafts are not served by tag)', async () => {
    const many: Partial<Release>[] = Array.from({ length: 230 }, (_, i) => ({ tag_name: `v0.${i}` }));
    many[5] = { tag_name: 'v9', draft: true };
    many[200] = { tag_name: 'v9', draft: true };
    const gh = fakeGitHub(many);
    expect((await gh.api.findByTag('v9'))?.id).toBe(6);
    expect(gh.calls.filter((c) => c.includes('/releases?'))).toHaveLength(3);
  });
});

describe('ensureRelease', () => {
  const opts = (create = true) => ({
    createIfMissing: create,
    initialBody: () => 'section',
    create: { tag: 'v2', draft: false, prerelease: false },
    sleep: async () => {},
  });

  it('creates a missing release with its body (no PATCH needed)', async () => {
    const gh = fakeGitHub([{ tag_name: 'v1' }]);
    const { release, created } = await ensureRelease(gh.api, 'v2', opts());
    expect(created).toBe(true);
    expect(release.body).toBe('section');
    expect(gh.calls.map((c) => c.split(' ')[0])).toEqual(['GET', 'GET', 'POST']);
  });

  it('a 422 already_exists (another job won the race) fetches theirs', async () => {
    const gh = fakeGitHub([{ tag_name: 'v1' }]);
    const script = [
      { status: 404, body: { message: 'Not Found' } },
      { status: 200, body: [] },
      {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
        },
      },
      { status: 200, body: { ...gh.all[0], id: 42, tag_name: 'v2', body: 'theirs' } },
    ];
    const raced = fakeGitHub([{ tag_name: 'v1' }], script);
    const { release, created } = await ensureRelease(raced.api, 'v2', opts());
    expect({ id: release.id, body: release.body, created }).toEqual({
      id: 42,
      body: 'theirs',
      created: false,
    });
  });

  it('a draft creator that finds an older draft with the tag deletes its own and joins it', async () => {
    const gh = fakeGitHub(
      [{ tag_name: 'v2', draft: true, body: 'first' }],
      [
        { status: 404, body: { message: 'Not Found' } },
        { status: 200, body: [] }, // listed before the other job's draft was visible
      ],
    );
    const { release, created } = await ensureRelease(gh.api, 'v2', {
      ...opts(),
      create: { tag: 'v2', draft: true, prerelease: false },
    });
    expect({ id: release.id, created }).toEqual({ id: 1, created: false });
    expect(gh.all.map((r) => r.id)).toEqual([1]);
    expect(gh.calls.some((c) => c.startsWith('DELETE'))).toBe(true);
  });

  it('create-if-missing false: a clear error, nothing created', async () => {
    const gh = fakeGitHub([{ tag_name: 'v1' }]);
    await expect(ensureRelease(gh.api, 'v2', opts(false))).rejects.toThrow(
      /no release \(published or draft\) has the tag "v2"/,
    );
    expect(gh.calls.some((c) => c.startsWith('POST'))).toBe(false);
  });
});

describe('createClient: proxy', () => {
  const api = async () => {
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, port: (server.address() as AddressInfo).port };
  };

  it('sends the API requests through HTTP_PROXY (CONNECT), the token inside the tunnel', async () => {
    const { server, port } = await api();
    const proxy = await startConnectProxy({ [`api.test:${port}`]: port });
    try {
      const { octokit } = createClient({
        token: 'ghs_secret',
        baseUrl: `http://api.test:${port}`,
        env: { HTTP_PROXY: proxy.url },
      });
      const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
      expect(data).toEqual({ path: '/repos/o/r' });
      expect(proxy.connects.map((c) => c.target)).toEqual([`api.test:${port}`]);
      expect(JSON.stringify(proxy.connects)).not.toContain('ghs_secret');
    } finally {
      await proxy.close();
      server.close();
    }
  });

  it('a proxy that refuses is named in the error, without its credentials', async () => {
    const { server, port } = await api();
    server.close(); // the port is now closed: the "proxy" refuses
    const { octokit } = createClient({
      token: 't',
      baseUrl: 'https://api.test',
      env: { HTTPS_PROXY: `http://user:s3cret@127.0.0.1:${port}` },
      policy: { transientRetries: 0 },
    });
    const failure = octokit.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
    await expect(failure).rejects.toThrow(`through the proxy http://***@127.0.0.1:${port} (ECONNREFUSED)`);
    await expect(failure).rejects.not.toThrow('s3cret');
  });
});
