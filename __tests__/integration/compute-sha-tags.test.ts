// compute-sha-tags' real bundle through the runner harness, on node20 and node24: every event
// fixture with its exact outputs, the commit choice, latest rules against a real git repository in
// the workspace, and the GitHub API emulator (description/licence labels, tag listing, failures).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type ApiFault, type GitHubApi } from '../../testkit/github-api/index.js';
import {
  cleanupRunnerTemp,
  loadEvent,
  NODE_VERSIONS,
  runAction,
  type EventSpec,
  type RunResult,
} from '../../testkit/runner/index.js';

const IMAGE = 'ghcr.io/octo-org/octo-repo/api';
const EPOCH = '1714566896'; // 2024-05-01T12:34:56Z, the fixtures' commit date
const CREATED = '2024-05-01T12:34:56.000Z';
const REPO_URL = 'https://github.com/octo-org/octo-repo';
const env = { SOURCE_DATE_EPOCH: EPOCH };
const scratch = mkdtempSync(join(tmpdir(), 'compute-sha-tags-'));

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

const lines = (text: string | undefined) => (text ? text.split('\n') : []);
const sha = (c: string) => c.repeat(40 / c.length);

/** The fixture push-tag, moved to another tag. */
function tagPush(tag: string): EventSpec {
  const spec = loadEvent('push-tag');
  return {
    ...spec,
    env: { ...spec.env, GITHUB_REF: `refs/tags/${tag}`, GITHUB_REF_NAME: tag },
    payload: { ...spec.payload, ref: `refs/tags/${tag}` },
  };
}

/** A workspace holding a git repository with these tags (a full clone, as fetch-depth: 0 gives). */
function gitWorkspace(name: string, tags: string[], opts: { shallow?: boolean } = {}): string {
  const dir = join(scratch, name);
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
      stdio: 'pipe',
    })
      .toString()
      .trim();
  execFileSync('mkdir', ['-p', dir]);
  git('init', '-q', '-b', 'main');
  for (const tag of tags) {
    git('commit', '-q', '--allow-empty', '-m', tag);
    git('tag', tag);
  }
  if (opts.shallow) writeFileSync(join(dir, '.git', 'shallow'), `${git('rev-parse', 'HEAD')}\n`);
  return dir;
}

function expectClean(r: RunResult): void {
  expect(r.errors).toEqual([]);
  expect(r.exitCode).toBe(0);
  expect(r.conclusion).toBe('success');
  expect(r.commandErrors).toEqual([]);
}

const labelsFor = (version: string, revision: string, extra: string[] = []) =>
  [
    `org.opencontainers.image.created=${CREATED}`,
    ...extra,
    `org.opencontainers.image.revision=${revision}`,
    `org.opencontainers.image.source=${REPO_URL}`,
    'org.opencontainers.image.title=octo-repo',
    `org.opencontainers.image.url=${REPO_URL}`,
    `org.opencontainers.image.version=${version}`,
  ].sort();

// fixture, tag names (default rules), the commit, latest
const EVENTS: [string, string[], string, boolean][] = [
  ['push-branch', ['main', 'sha-1111111'], sha('1'), false],
  ['push-feature-branch', ['feature-Awesome_Thing-1', 'sha-2222222'], sha('2'), false],
  ['push-tag', ['1.2.3', '1.2', 'sha-3333333', 'latest'], sha('3'), true],
  ['push-tag-prerelease', ['2.0.0-rc.1', 'sha-4444444'], sha('4'), false],
  ['pull-request', ['pr-42', 'sha-5a5a5a5'], sha('5a'), false],
  ['workflow-run', ['main', 'sha-6a6a6a6'], sha('6a'), false],
  ['workflow-dispatch', ['main', 'sha-7777777'], sha('7'), false],
  ['schedule', ['main', 'sha-8888888'], sha('8'), false],
  ['release', ['1.2.3', '1.2', 'sha-9999999', 'latest'], sha('9'), true],
];

describe.each(NODE_VERSIONS)('compute-sha-tags on %s', (node) => {
  it.each(EVENTS)('%s: exact outputs', async (event, tagNames, commit, latest) => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      event,
      env,
      inputs: { images: 'ghcr.io/Octo-Org/octo-repo/api' },
    });
    expectClean(r);
    const version = tagNames[0];
    const labels = labelsFor(version, commit);
    expect(r.outputs).toEqual({
      tags: tagNames.map((t) => `${IMAGE}:${t}`).join('\n'),
      'tag-names': tagNames.join('\n'),
      labels: labels.join('\n'),
      annotations: labels.join('\n'),
      version,
      sha: commit,
      'short-sha': commit.slice(0, 7),
      'sha-tags': `${IMAGE}:sha-${commit.slice(0, 7)}`,
      latest: String(latest),
      json: expect.any(String),
    });
    expect(JSON.parse(r.outputs.json)).toEqual({
      tags: lines(r.outputs.tags),
      'tag-names': tagNames,
      labels: Object.fromEntries(labels.map((l) => l.split(/=(.*)/s).slice(0, 2))),
      // metadata-action's json shape: annotations as `key=value` lines (issue 16)
      annotations: labels,
      version,
      sha: commit,
      'short-sha': commit.slice(0, 7),
      'sha-tags': [`${IMAGE}:sha-${commit.slice(0, 7)}`],
      latest,
    });
    // A stable tag with nothing to check against: latest, and a notice saying so.
    expect(r.notices).toEqual(
      latest ? [expect.stringMatching(/without checking for a higher version tag/)] : [],
    );
    expect(r.warnings).toEqual([]);
    expect(r.summary).toContain('<table>');
    for (const t of tagNames) expect(r.summary).toContain(`<code>${IMAGE}:${t}</code>`);
    expect(r.summary).toContain(`<code>org.opencontainers.image.revision</code></td><td>${commit}`);
    expect(r.groups).toEqual(expect.arrayContaining(['Git context', `Tags (${tagNames.length})`, 'Labels']));
  });

  it('workflow_run tags the triggering run head_sha, not GITHUB_SHA', async () => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      event: 'workflow-run',
      env,
      inputs: { images: IMAGE },
    });
    expectClean(r);
    expect(r.outputs.sha).toBe(sha('6a'));
    expect(r.outputs.tags).not.toContain('6666666');
    expect(r.log).toContain(
      `commit: ${sha('6a')} (from workflow_run.head_sha (GITHUB_SHA ${sha('6')} is the default branch head))`,
    );
  });

  it('workflow_run after a tag push: version tags for the triggering commit', async () => {
    const spec = loadEvent('workflow-run');
    const run = spec.payload.workflow_run as Record<string, unknown>;
    const event: EventSpec = {
      ...spec,
      payload: { ...spec.payload, workflow_run: { ...run, head_branch: 'v1.3.0' } },
    };
    const r = await runAction({ action: 'compute-sha-tags', node, event, env, inputs: { images: IMAGE } });
    expectClean(r);
    expect(lines(r.outputs['tag-names'])).toEqual(['1.3.0', '1.3', 'sha-6a6a6a6', 'latest']);
    expect(r.outputs.sha).toBe(sha('6a'));
  });

  it('pr-head-sha: false tags the merge commit', async () => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      event: 'pull-request',
      env,
      inputs: { images: IMAGE, 'pr-head-sha': 'false' },
    });
    expectClean(r);
    expect(r.outputs.sha).toBe(sha('5'));
    expect(lines(r.outputs['tag-names'])).toEqual(['pr-42', 'sha-5555555']);
  });

  it('the sha override, sha-length, rules, flavor, labels and annotations', async () => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      event: 'push-tag',
      env,
      inputs: {
        images: 'ghcr.io/octo-org/octo-repo/api, docker.io/octo/api',
        sha: 'ABCDEF0123456789',
        'sha-length': '10',
        tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}\ntype=sha,format=short\ntype=raw,value=stable,priority=50',
        flavor: 'latest=false\nsuffix=-large-v3-zh',
        labels: 'org.opencontainers.image.title=API\ncom.example.model=large-v3',
        annotations: 'manifest:org.opencontainers.image.title=API annotation',
      },
    });
    expectClean(r);
    const names = ['1.2.3-large-v3-zh', '1-large-v3-zh', 'sha-abcdef0123-large-v3-zh', 'stable-large-v3-zh'];
    expect(lines(r.outputs['tag-names'])).toEqual(names);
    expect(lines(r.outputs.tags)).toEqual([
      ...names.map((n) => `${IMAGE}:${n}`),
      ...names.map((n) => `docker.io/octo/api:${n}`),
    ]);
    expect(lines(r.outputs['sha-tags'])).toEqual([
      `${IMAGE}:sha-abcdef0123-large-v3-zh`,
      'docker.io/octo/api:sha-abcdef0123-large-v3-zh',
    ]);
    expect(r.outputs).toMatchObject({
      sha: 'abcdef0123456789',
      'short-sha': 'abcdef0123',
      latest: 'false',
      version: names[0],
    });
    expect(lines(r.outputs.labels)).toEqual([
      'com.example.model=large-v3',
      `org.opencontainers.image.created=${CREATED}`,
      'org.opencontainers.image.revision=abcdef0123456789',
      `org.opencontainers.image.source=${REPO_URL}`,
      'org.opencontainers.image.title=API',
      `org.opencontainers.image.url=${REPO_URL}`,
      'org.opencontainers.image.version=1.2.3-large-v3-zh',
    ]);
    expect(lines(r.outputs.annotations)).toContain('org.opencontainers.image.title=API annotation');
    expect(r.notices).toEqual([]);
  });

  it('sha-tags is empty, with a notice, when no sha rule is enabled', async () => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      env,
      inputs: { images: IMAGE, tags: 'type=ref,event=branch\ntype=sha,enable={{is_not_default_branch}}' },
    });
    expectClean(r);
    expect(r.outputs.tags).toBe(`${IMAGE}:main`);
    expect(r.outputs['sha-tags']).toBe('');
    expect(r.notices).toEqual(['sha-tags is empty: no type=sha rule is enabled']);
  });

  describe('latest=auto against the workspace git tags', () => {
    let repos: Record<string, string>;
    beforeAll(() => {
      repos = {
        lines: gitWorkspace(`lines-${node}`, ['v1.2.3', 'v2.0.0', 'v1.2.4']),
        newest: gitWorkspace(`newest-${node}`, ['v1.2.3', 'v2.0.0', 'v2.1.0']),
        shallow: gitWorkspace(`shallow-${node}`, ['v1.2.4'], { shallow: true }),
      };
    });

    it('patching v1.2.4 after v2.0.0 does not move latest', async () => {
      const r = await runAction({
        action: 'compute-sha-tags',
        node,
        event: tagPush('v1.2.4'),
        env,
        workspace: repos.lines,
        inputs: { images: IMAGE },
      });
      expectClean(r);
      expect(lines(r.outputs['tag-names'])).toEqual(['1.2.4', '1.2', 'sha-3333333']);
      expect(r.outputs.latest).toBe('false');
      expect(r.notices).toEqual(['not tagged latest: v2.0.0 is higher than 1.2.4']);
      expect(r.log).toContain('3 tag(s) listed from the workspace');
    });

    it('the highest version gets latest', async () => {
      const r = await runAction({
        action: 'compute-sha-tags',
        node,
        event: tagPush('v2.1.0'),
        env,
        workspace: repos.newest,
        inputs: { images: IMAGE },
      });
      expectClean(r);
      expect(lines(r.outputs['tag-names'])).toEqual(['2.1.0', '2.1', 'sha-3333333', 'latest']);
      expect(r.notices).toEqual([]);
    });

    it('a shallow checkout holding only the pushed tag is not trusted', async () => {
      const r = await runAction({
        action: 'compute-sha-tags',
        node,
        event: tagPush('v1.2.4'),
        env,
        workspace: repos.shallow,
        inputs: { images: IMAGE },
      });
      expectClean(r);
      expect(r.outputs.latest).toBe('true');
      expect(r.notices).toEqual([expect.stringMatching(/without checking for a higher version tag/)]);
    });
  });

  describe('with a github-token, against the GitHub API emulator', () => {
    let api: GitHubApi;
    const token = 'ghs_computeShaTagsTestToken000000000000';
    beforeAll(async () => {
      api = await startGitHubApi({ token });
      const repo = api.state.repo('octo-org', 'octo-repo')!;
      repo.description = 'Example service built and released as Docker images';
      repo.license = 'MIT';
      for (const tag of ['v1.2.3', 'v2.0.0', 'v2.0.1-rc.1']) repo.tags.set(tag, sha('3'));
    });
    afterAll(async () => {
      await api.close();
    });

    it('adds description and licence, and lists tags from the API when the workspace has none', async () => {
      api.requests.length = 0;
      const r = await runAction({
        action: 'compute-sha-tags',
        node,
        event: tagPush('v1.2.4'),
        env: { ...env, GITHUB_API_URL: api.url },
        inputs: { images: IMAGE, 'github-token': token },
      });
      expectClean(r);
      api.assertNoViolations();
      expect(lines(r.outputs.labels)).toEqual(
        labelsFor('1.2.4', sha('3'), [
          'org.opencontainers.image.description=Example service built and released as Docker images',
          'org.opencontainers.image.licenses=MIT',
        ]),
      );
      expect(lines(r.outputs['tag-names'])).toEqual(['1.2.4', '1.2', 'sha-3333333']);
      expect(r.notices).toEqual(['not tagged latest: v2.0.0 is higher than 1.2.4']);
      expect(api.requests.map((q) => `${q.method} ${q.path} ${q.status}`)).toEqual([
        'GET /repos/octo-org/octo-repo 200',
        'GET /repos/octo-org/octo-repo/tags 200',
      ]);
      expect(r.masked).toContain(token);
      expect(r.log).not.toContain(token);
    });

    it('a branch build asks for the repository only', async () => {
      api.requests.length = 0;
      const r = await runAction({
        action: 'compute-sha-tags',
        node,
        env: { ...env, GITHUB_API_URL: api.url },
        inputs: { images: IMAGE, 'github-token': token },
      });
      expectClean(r);
      expect(api.requests.map((q) => q.path)).toEqual(['/repos/octo-org/octo-repo']);
      expect(r.outputs.labels).toContain('org.opencontainers.image.licenses=MIT');
    });

    /** A v1.2.4 tag push while every /repos/ request meets `fault`. */
    const tagPushWithApiFault = async (fault: Omit<ApiFault, 'match'>) => {
      api.fault({ match: { pathPattern: '^/repos/' }, times: Infinity, ...fault });
      try {
        return await runAction({
          action: 'compute-sha-tags',
          node,
          event: tagPush('v1.2.4'),
          env: { ...env, GITHUB_API_URL: api.url },
          inputs: { images: IMAGE, 'github-token': token },
          timeoutMs: 60_000,
        });
      } finally {
        api.clearFaults();
      }
    };

    it('an API failure is a warning; the tags are still computed', async () => {
      const r = await tagPushWithApiFault({ status: 503 });
      expectClean(r);
      expect(r.warnings).toEqual([
        expect.stringMatching(
          /^could not read the repository's description and licence from the GitHub API \(labels left out\): /,
        ),
        expect.stringMatching(/^could not list the repository's tags from the GitHub API: /),
      ]);
      expect(r.notices).toEqual([expect.stringMatching(/without checking for a higher version tag/)]);
      expect(lines(r.outputs.labels)).toEqual(labelsFor('1.2.4', sha('3')));
      expect(lines(r.outputs['tag-names'])).toEqual(['1.2.4', '1.2', 'sha-3333333', 'latest']);
    });

    it('an API that never answers: each call given up at its time limit, a warning, and the step ends', async () => {
      // Answered only long after the action's 10 s limit per call (undici's fetch in
      // @actions/github ignored the abort signal here, and the open socket kept Node alive).
      const r = await tagPushWithApiFault({ delayMs: 120_000 });
      expectClean(r);
      expect(r.warnings).toEqual([
        expect.stringMatching(/^could not read the repository's description .*: no answer within 10 s$/),
        expect.stringMatching(
          /^could not list the repository's tags from the GitHub API: no answer within 10 s$/,
        ),
      ]);
      expect(lines(r.outputs['tag-names'])).toEqual(['1.2.4', '1.2', 'sha-3333333', 'latest']);
    });

    it('an unreachable API is a warning too', async () => {
      const r = await runAction({
        action: 'compute-sha-tags',
        node,
        env: { ...env, GITHUB_API_URL: 'http://127.0.0.1:9' },
        inputs: { images: IMAGE, 'github-token': token },
      });
      expectClean(r);
      expect(r.warnings).toEqual([expect.stringMatching(/^could not read the repository's description/)]);
      expect(r.outputs.tags).toBe(`${IMAGE}:main\n${IMAGE}:sha-1111111`);
    });
  });
});
