import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import { failure } from '../../testkit/github-api/testing.js';
import { loadSubset } from '../../testkit/github-api/openapi-subset.js';
import { loadValidators } from '../../testkit/github-api/validators.js';

type Octokit = ReturnType<typeof getOctokit>;
const TOKEN = 'ghs_testtoken';
const repo = { owner: 'acme', repo: 'widgets' };

let api: GitHubApi;
let gh: Octokit;

beforeAll(async () => {
  api = await startGitHubApi({ ...repo, token: TOKEN });
  gh = getOctokit(TOKEN, { baseUrl: api.url });
});
afterAll(async () => {
  await api.close();
});

describe('GitHub API emulator (valid traffic)', () => {
  afterEach(() => api.assertNoViolations());

  // How fast it starts is bench/github-api-emulator.bench.ts's business; here, why it is fast: the
  // spec subset and its validators are built once per process and shared by every later start.
  it('builds its spec once per process: a second start reuses it', async () => {
    const second = await startGitHubApi();
    try {
      expect(second.timings).toBe(api.timings);
      expect(second.url).not.toBe(api.url);
      const res = await fetch(`${second.url}/repos/octo-org/octo-repo`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    } finally {
      await second.close();
    }
  });

  it('compiles every validator under Ajv strict mode (cold, without the disk cache)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gh-emu-cache-'));
    try {
      const { subset, key } = loadSubset();
      const cold = loadValidators(subset, key, dir);
      const warm = loadValidators(subset, key, dir);
      console.log(
        `github-api emulator validators: ${Object.keys(cold.validators).length} compiled in ` +
          `${cold.ms.toFixed(0)} ms, loaded from the disk cache in ${warm.ms.toFixed(0)} ms`,
      );
      expect(cold.fromCache).toBe(false);
      expect(warm.fromCache).toBe(true);
      expect(Object.keys(warm.validators).sort()).toEqual(Object.keys(cold.validators).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves the repository and its license', async () => {
    api.state.defaultRepo.description = 'Widgets, containerised';
    api.state.defaultRepo.topics = ['docker', 'oci'];
    const { data } = await gh.rest.repos.get(repo);
    expect(data).toMatchObject({
      full_name: 'acme/widgets',
      default_branch: 'main',
      topics: ['docker', 'oci'],
    });
    expect(data.license?.spdx_id).toBe('MIT');
    const lic = await gh.rest.licenses.getForRepo(repo);
    expect(Buffer.from(lic.data.content, 'base64').toString()).toContain('MIT License');
    expect((await failure(gh.rest.repos.get({ owner: 'acme', repo: 'nope' }))).status).toBe(404);
  });

  it('creates, gets, lists and patches releases', async () => {
    const created = await gh.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.0.0',
      name: 'v1.0.0',
      body: 'one',
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${api.url}/repos/acme/widgets/releases/${created.data.id}`);
    expect(created.data).toMatchObject({ tag_name: 'v1.0.0', draft: false, target_commitish: 'main' });
    expect(api.state.tags.has('v1.0.0')).toBe(true); // publishing creates the tag
    const byId = await gh.rest.repos.getRelease({ ...repo, release_id: created.data.id });
    expect(byId.data.body).toBe('one');
    const patched = await gh.rest.repos.updateRelease({ ...repo, release_id: created.data.id, body: 'two' });
    expect(patched.data.body).toBe('two');
    expect(api.state.getReleaseByTag('v1.0.0')?.body).toBe('two');
    const byTag = await gh.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.0.0' });
    expect(byTag.data.id).toBe(created.data.id);
    const latest = await gh.rest.repos.getLatestRelease(repo);
    expect(latest.data.id).toBe(created.data.id);
    const slash = await gh.rest.repos.createRelease({ ...repo, tag_name: 'images/app/1.0' });
    const slashByTag = await gh.rest.repos.getReleaseByTag({ ...repo, tag: 'images/app/1.0' });
    expect(slashByTag.data.id).toBe(slash.data.id);
  });

  it('hides drafts from the by-tag lookup but lists them', async () => {
    const draft = await gh.rest.repos.createRelease({
      ...repo,
      tag_name: 'v2.0.0',
      draft: true,
      body: 'wip',
    });
    expect(draft.data.published_at).toBeNull();
    expect(draft.data.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]{20}$/);
    expect(api.state.tags.has('v2.0.0')).toBe(false);
    expect((await failure(gh.rest.repos.getReleaseByTag({ ...repo, tag: 'v2.0.0' }))).status).toBe(404);
    const listed = await gh.rest.repos.listReleases(repo);
    expect(listed.data.map((r) => r.tag_name)).toContain('v2.0.0');
    await gh.rest.repos.updateRelease({ ...repo, release_id: draft.data.id, draft: false });
    expect((await gh.rest.repos.getReleaseByTag({ ...repo, tag: 'v2.0.0' })).data.body).toBe('wip');
    expect(api.state.tags.has('v2.0.0')).toBe(true);
  });

  it('paginates releases and tags with a Link header', async () => {
    const r = api.state.addRepo({ owner: 'acme', repo: 'paged' });
    for (let i = 1; i <= 7; i++) r.addRelease({ tag_name: `v0.${i}.0`, draft: i === 4 });
    const page2 = await gh.rest.repos.listReleases({ owner: 'acme', repo: 'paged', per_page: 3, page: 2 });
    expect(page2.data.map((x) => x.tag_name)).toEqual(['v0.4.0', 'v0.3.0', 'v0.2.0']);
    const base = `${api.url}/repos/acme/paged/releases?per_page=3&page=`;
    expect(page2.headers.link).toBe(
      `<${base}1>; rel="prev", <${base}3>; rel="next", <${base}3>; rel="last", <${base}1>; rel="first"`,
    );
    const all = await gh.paginate(gh.rest.repos.listReleases, { owner: 'acme', repo: 'paged', per_page: 3 });
    expect(all.map((x) => x.tag_name)).toEqual([
      'v0.7.0',
      'v0.6.0',
      'v0.5.0',
      'v0.4.0',
      'v0.3.0',
      'v0.2.0',
      'v0.1.0',
    ]);
    const tags = await gh.paginate(gh.rest.repos.listTags, { owner: 'acme', repo: 'paged', per_page: 4 });
    expect(tags.map((t) => t.name)).toEqual(['v0.7.0', 'v0.6.0', 'v0.5.0', 'v0.3.0', 'v0.2.0', 'v0.1.0']);
    const single = await gh.rest.repos.listTags({ owner: 'acme', repo: 'paged' });
    expect(single.headers.link).toBeUndefined();
  });

  it("answers 422 already_exists in GitHub's shape", async () => {
    await gh.rest.repos.createRelease({ ...repo, tag_name: 'v3.0.0' });
    const err = await failure(gh.rest.repos.createRelease({ ...repo, tag_name: 'v3.0.0' }));
    expect(err.status).toBe(422);
    expect(err.response?.data).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '422',
    });
  });

  it('rejects bodies over 125000 characters on create and update', async () => {
    const ok = await gh.rest.repos.createRelease({ ...repo, tag_name: 'v4.0.0', body: 'x'.repeat(125000) });
    const tooLong = {
      resource: 'Release',
      code: 'custom',
      field: 'body',
      message: 'body is too long (maximum is 125000 characters)',
    };
    const onCreate = await failure(
      gh.rest.repos.createRelease({ ...repo, tag_name: 'v4.0.1', body: 'x'.repeat(125001) }),
    );
    expect(onCreate.status).toBe(422);
    expect(onCreate.response?.data).toMatchObject({ message: 'Validation Failed', errors: [tooLong] });
    const onUpdate = await failure(
      gh.rest.repos.updateRelease({ ...repo, release_id: ok.data.id, body: '🐳'.repeat(125001) }),
    );
    expect(onUpdate.response?.data).toMatchObject({ errors: [tooLong] });
    expect(api.state.getRelease(ok.data.id)?.body).toHaveLength(125000);
  });

  it('is last-writer-wins on concurrent read-modify-write (no compare-and-swap)', async () => {
    const racy = await startGitHubApi({ latencyMs: [1, 15], seed: 7 });
    try {
      const o = getOctokit('t', { baseUrl: racy.url });
      const id = racy.state.addRelease({ tag_name: 'v1', body: 'base' }).id;
      const where = { owner: 'octo-org', repo: 'octo-repo', release_id: id };
      const reads = await Promise.all([o.rest.repos.getRelease(where), o.rest.repos.getRelease(where)]);
      const writes = await Promise.all(
        reads.map((r, i) => o.rest.repos.updateRelease({ ...where, body: `${r.data.body}+${i}` })),
      );
      expect(writes.map((w) => w.status)).toEqual([200, 200]);
      expect(['base+0', 'base+1']).toContain(racy.state.getRelease(id)?.body); // one update is lost
      racy.assertNoViolations();
    } finally {
      await racy.close();
    }
  });

  it('reports rate limits', async () => {
    const { data, headers } = await gh.rest.rateLimit.get();
    expect(data.rate.limit).toBe(5000);
    expect(Number(headers['x-ratelimit-remaining'])).toBe(data.rate.remaining);
  });
});

describe('github-api emulator CLI', () => {
  it('prints its URL, serves requests and dumps state on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gh-emu-'));
    const stateFile = path.join(dir, 'state.json');
    const cli = path.resolve('testkit/github-api/cli.ts');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, '--owner', 'o', '--repo', 'r', '--state-file', stateFile],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`cli exited with ${code}`)));
      });
      const { url } = JSON.parse(line) as { url: string };
      const res = await fetch(`${url}/repos/o/r/releases`, {
        method: 'POST',
        headers: { 'user-agent': 'test', 'content-type': 'application/json' },
        body: JSON.stringify({ tag_name: 'v1', body: 'from cli' }),
      });
      expect(res.status).toBe(201);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const dump = JSON.parse(readFileSync(stateFile, 'utf8')) as {
        state: { repos: Array<{ releases: Array<{ body: string }> }> };
        violations: string[];
      };
      expect(dump.state.repos[0].releases[0].body).toBe('from cli');
      expect(dump.violations).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
