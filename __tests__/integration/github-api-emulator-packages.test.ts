// The GitHub API emulator's Packages endpoints (container package versions of organisation and
// user owners: list, paginate, delete) and GET pull request, through @actions/github's Octokit,
// with every request and answer checked against GitHub's OpenAPI description.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import { failure } from '../../testkit/github-api/testing.js';

type Octokit = ReturnType<typeof getOctokit>;
const TOKEN = 'ghs_packages';
const D = (c: string) => `sha256:${c.repeat(64)}`;

let api: GitHubApi;
let gh: Octokit;

beforeAll(async () => {
  api = await startGitHubApi({ owner: 'acme', repo: 'widgets', token: TOKEN });
  gh = getOctokit(TOKEN, { baseUrl: api.url });
  const org = api.state.packages.addPackage('acme', 'widgets/api');
  for (let i = 0; i < 120; i++)
    api.state.packages.addVersion(org, { digest: `sha256:${String(i).padStart(64, '0')}` });
  api.state.packages.addVersion(org, { digest: D('a'), tags: ['v1', 'latest'] });
  const user = api.state.packages.addPackage('octocat', 'tool', 'User');
  api.state.packages.addVersion(user, { digest: D('b'), tags: ['sha-1234567'] });
  api.state.packages.addPull('acme', 'widgets', 7, 'closed', true);
  api.state.packages.addPull('acme', 'widgets', 8, 'open');
});
afterAll(async () => {
  await api.close();
});
afterEach(() => api.assertNoViolations());

const common = { package_type: 'container' as const };

describe('container package versions', () => {
  it('an organisation package: every version, paginated, newest first, tags in metadata', async () => {
    const versions = await gh.paginate(gh.rest.packages.getAllPackageVersionsForPackageOwnedByOrg, {
      ...common,
      org: 'acme',
      package_name: 'widgets/api',
      per_page: 50,
    });
    expect(versions).toHaveLength(121);
    expect(versions[0]).toMatchObject({ name: D('a'), metadata: { container: { tags: ['v1', 'latest'] } } });
    expect(api.requests.filter((r) => r.path.includes('/packages/')).length).toBe(3);
  });

  it('a user package; the other owner kind answers 404', async () => {
    const { data } = await gh.rest.packages.getAllPackageVersionsForPackageOwnedByUser({
      ...common,
      username: 'octocat',
      package_name: 'tool',
    });
    expect(data.map((v) => v.metadata?.container?.tags)).toEqual([['sha-1234567']]);
    const wrong = await failure(
      gh.rest.packages.getAllPackageVersionsForPackageOwnedByOrg({
        ...common,
        org: 'octocat',
        package_name: 'tool',
      }),
    );
    expect(wrong.status).toBe(404);
  });

  it.each([
    ['org', 'acme', 'widgets/api'],
    ['user', 'octocat', 'tool'],
  ])('deletes a version (%s owner); a second delete answers 404', async (kind, owner, name) => {
    const pkg = api.state.packages.getPackage(owner, name)!;
    const id = pkg.versions[0].id;
    const remove = () =>
      kind === 'org'
        ? gh.rest.packages.deletePackageVersionForOrg({
            ...common,
            org: owner,
            package_name: name,
            package_version_id: id,
          })
        : gh.rest.packages.deletePackageVersionForUser({
            ...common,
            username: owner,
            package_name: name,
            package_version_id: id,
          });
    expect((await remove()).status).toBe(204);
    expect(pkg.versions.some((v) => v.id === id)).toBe(false);
    expect((await failure(remove())).status).toBe(404);
  });
});

describe('pull requests', () => {
  it.each([
    ['merged', 7, 'closed', true],
    ['open', 8, 'open', false],
  ])('%s pull request #%s: state %s', async (_name, number, state, merged) => {
    const { data } = await gh.rest.pulls.get({ owner: 'acme', repo: 'widgets', pull_number: number });
    expect(data).toMatchObject({ number, state, merged });
  });

  it('a number that is no pull request answers 404', async () => {
    expect(
      (await failure(gh.rest.pulls.get({ owner: 'acme', repo: 'widgets', pull_number: 99 }))).status,
    ).toBe(404);
  });
});
