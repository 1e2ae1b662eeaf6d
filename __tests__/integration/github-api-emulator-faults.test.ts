import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import { failure } from '../../testkit/github-api/testing.js';

const TOKEN = 'ghs_testtoken';
const repo = { owner: 'acme', repo: 'widgets' };
let api: GitHubApi;
let gh: ReturnType<typeof getOctokit>;

beforeAll(async () => {
  api = await startGitHubApi({ ...repo, token: TOKEN });
  gh = getOctokit(TOKEN, { baseUrl: api.url });
});
afterAll(async () => {
  await api.close();
});

describe('GitHub API emulator (invalid traffic and faults)', () => {
  afterEach(() => {
    api.violations.length = 0;
    api.clearFaults();
  });

  it.each([
    ['POST without tag_name', { draft: false }, /"tag_name" wasn't supplied/],
    ['draft: "yes"', { tag_name: 'v9', draft: 'yes' }, /'properties\/draft', "yes" is not a boolean/],
    [
      'unknown make_latest',
      { tag_name: 'v9', make_latest: 'maybe' },
      /is not one of \["true","false","legacy"\]/,
    ],
  ])('flags a schema-violating request: %s', async (_name, body, problem) => {
    const err = await failure(
      gh.request('POST /repos/{owner}/{repo}/releases', { ...repo, ...body } as never),
    );
    expect(err.status).toBe(422);
    expect(api.violations.join('\n')).toMatch(problem);
    expect(() => api.assertNoViolations()).toThrow(/violation/);
    expect(api.state.getReleaseByTag('v9')).toBeUndefined();
  });

  it('flags unknown endpoints, wrong methods, bad query and path parameters', async () => {
    expect((await failure(gh.request('GET /repos/{owner}/{repo}/releasez', repo))).status).toBe(404);
    expect((await failure(gh.request('PUT /repos/{owner}/{repo}/releases', repo))).status).toBe(404);
    const badQuery = await failure(
      gh.request('GET /repos/{owner}/{repo}/tags', { ...repo, per_page: 'lots' as unknown as number }),
    );
    expect(badQuery.status).toBe(422);
    expect((await failure(gh.request('GET /repos/{owner}/{repo}/releases/abc', repo))).status).toBe(404);
    expect((await failure(gh.request('DELETE /repos/{owner}/{repo}', repo))).status).toBe(501);
    expect(api.violations).toHaveLength(5);
    expect(api.violations.join('\n')).toMatch(/For 'per_page', "lots" is not an integer/);
  });

  it('rejects missing or wrong tokens with 401', async () => {
    const wrong = getOctokit('nope', { baseUrl: api.url });
    expect((await failure(wrong.rest.repos.get(repo))).status).toBe(401);
  });

  it('records responses that violate the schema as emulator bugs', async () => {
    const rel = api.state.addRelease({ tag_name: 'v5.0.0' });
    const good = rel.created_at;
    rel.created_at = 'yesterday';
    await gh.rest.repos.getRelease({ ...repo, release_id: rel.id });
    rel.created_at = good;
    expect(api.violations.join('\n')).toMatch(/emulator bug.*created_at must match format "date-time"/);
  });

  it('injects 403, 429 with retry-after and exhausted rate limits', async () => {
    api.fault({ match: { method: 'PATCH', pathPattern: /\/releases\/\d+$/ }, status: 403 });
    const rel = api.state.addRelease({ tag_name: 'v6.0.0' });
    const forbidden = await failure(gh.rest.repos.updateRelease({ ...repo, release_id: rel.id, body: 'x' }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.message).toMatch(/Resource not accessible by integration/);
    await gh.rest.repos.updateRelease({ ...repo, release_id: rel.id, body: 'x' }); // times: 1 by default

    api.fault({
      match: { operationId: 'repos/list-releases' },
      times: 2,
      status: 429,
      headers: { 'retry-after': '1' },
    });
    for (let i = 0; i < 2; i++) {
      const limited = await failure(gh.rest.repos.listReleases(repo));
      expect(limited.status).toBe(429);
      expect(limited.response?.headers['retry-after']).toBe('1');
    }
    expect((await gh.rest.repos.listReleases(repo)).status).toBe(200);

    const reset = String(Math.floor(Date.now() / 1000) + 60);
    api.fault({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    const exhausted = await failure(gh.rest.repos.get(repo));
    expect(exhausted.message).toMatch(/API rate limit exceeded/);
    expect(exhausted.response?.headers['x-ratelimit-reset']).toBe(reset);
    expect(api.requests.filter((r) => r.fault).map((r) => r.status)).toEqual([403, 429, 429, 403]);
    expect(api.violations).toEqual([]);
  });

  it('injects connection resets and delays', async () => {
    api.fault({ match: { method: 'GET' }, reset: true });
    await expect(
      fetch(`${api.url}/repos/acme/widgets`, { headers: { 'user-agent': 't' } }),
    ).rejects.toThrow();
    api.fault({ delayMs: 150 });
    const t = performance.now();
    await gh.rest.repos.get(repo);
    expect(performance.now() - t).toBeGreaterThanOrEqual(140);
  });
});
