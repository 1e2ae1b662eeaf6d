// JSON representations of the emulator's state, shaped as api.github.com sends them (every field
// the OpenAPI schemas require, plus the common optional ones). API URLs point at the emulator.
import { fakeSha, type EmulatorState, type ReleaseRecord, type RepoState } from './state.js';

export const WEB = 'https://github.com';

interface LicenseInfo {
  key: string;
  name: string;
  spdx_id: string;
  url: string | null;
  node_id: string;
}

const LICENSES: Record<string, string> = {
  MIT: 'MIT License',
  'Apache-2.0': 'Apache License 2.0',
  'GPL-2.0': 'GNU General Public License v2.0',
  'GPL-3.0': 'GNU General Public License v3.0',
  'LGPL-3.0': 'GNU Lesser General Public License v3.0',
  'AGPL-3.0': 'GNU Affero General Public License v3.0',
  'BSD-2-Clause': 'BSD 2-Clause "Simplified" License',
  'BSD-3-Clause': 'BSD 3-Clause "New" or "Revised" License',
  'MPL-2.0': 'Mozilla Public License 2.0',
  ISC: 'ISC License',
  Unlicense: 'The Unlicense',
};

export function licenseInfo(api: string, spdx: string): LicenseInfo {
  const name = LICENSES[spdx];
  if (!name)
    return { key: 'other', name: 'Other', spdx_id: 'NOASSERTION', url: null, node_id: 'MDc6TGljZW5zZTA=' };
  const key = spdx.toLowerCase();
  const node_id = Buffer.from(`07:License${key}`).toString('base64');
  return { key, name, spdx_id: spdx, url: `${api}/licenses/${key}`, node_id };
}

export function renderUser(api: string, login: string, id: number, type: string): Record<string, unknown> {
  const u = `${api}/users/${encodeURIComponent(login)}`;
  const isBot = login.endsWith('[bot]');
  return {
    login,
    id,
    node_id: Buffer.from(`${type === 'Organization' ? '012:Organization' : '04:User'}${id}`).toString(
      'base64',
    ),
    avatar_url: `https://avatars.githubusercontent.com/${isBot ? 'in/15368' : `u/${id}`}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: isBot ? `${WEB}/apps/${encodeURIComponent(login.slice(0, -5))}` : `${WEB}/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const ownerOf = (api: string, repo: RepoState): Record<string, unknown> =>
  renderUser(
    api,
    repo.owner,
    1000 + (parseInt(fakeSha(repo.owner).slice(0, 6), 16) % 9_000_000),
    'Organization',
  );

const encodePath = (s: string): string => s.split('/').map(encodeURIComponent).join('/');

export function renderRepository(api: string, repo: RepoState): Record<string, unknown> {
  const r = `${api}/repos/${repo.fullName}`;
  const html = `${WEB}/${repo.fullName}`;
  return {
    id: repo.id,
    node_id: repo.node_id,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    owner: ownerOf(api, repo),
    html_url: html,
    description: repo.description,
    fork: false,
    url: r,
    forks_url: `${r}/forks`,
    keys_url: `${r}/keys{/key_id}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    teams_url: `${r}/teams`,
    hooks_url: `${r}/hooks`,
    issue_events_url: `${r}/issues/events{/number}`,
    events_url: `${r}/events`,
    assignees_url: `${r}/assignees{/user}`,
    branches_url: `${r}/branches{/branch}`,
    tags_url: `${r}/tags`,
    blobs_url: `${r}/git/blobs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    trees_url: `${r}/git/trees{/sha}`,
    statuses_url: `${r}/statuses/{sha}`,
    languages_url: `${r}/languages`,
    stargazers_url: `${r}/stargazers`,
    contributors_url: `${r}/contributors`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    commits_url: `${r}/commits{/sha}`,
    git_commits_url: `${r}/git/commits{/sha}`,
    comments_url: `${r}/comments{/number}`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    contents_url: `${r}/contents/{+path}`,
    compare_url: `${r}/compare/{base}...{head}`,
    merges_url: `${r}/merges`,
    archive_url: `${r}/{archive_format}{/ref}`,
    downloads_url: `${r}/downloads`,
    issues_url: `${r}/issues{/number}`,
    pulls_url: `${r}/pulls{/number}`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    labels_url: `${r}/labels{/name}`,
    releases_url: `${r}/releases{/id}`,
    deployments_url: `${r}/deployments`,
    created_at: repo.created_at,
    updated_at: repo.pushed_at,
    pushed_at: repo.pushed_at,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    homepage: repo.homepage,
    size: 1024,
    stargazers_count: 0,
    watchers_count: 0,
    language: 'TypeScript',
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 0,
    license: repo.license === null ? null : licenseInfo(api, repo.license),
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: repo.topics,
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    open_issues: 0,
    watchers: 0,
    default_branch: repo.default_branch,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    network_count: 0,
    subscribers_count: 0,
  };
}

export function renderLicense(api: string, repo: RepoState): Record<string, unknown> | undefined {
  if (repo.license === null) return undefined;
  const text = Buffer.from(repo.licenseText);
  const sha = fakeSha(`blob ${text.length}\0${repo.licenseText}`);
  const self = `${api}/repos/${repo.fullName}/contents/LICENSE?ref=${repo.default_branch}`;
  const git = `${api}/repos/${repo.fullName}/git/blobs/${sha}`;
  const html = `${WEB}/${repo.fullName}/blob/${repo.default_branch}/LICENSE`;
  return {
    name: 'LICENSE',
    path: 'LICENSE',
    sha,
    size: text.length,
    url: self,
    html_url: html,
    git_url: git,
    download_url: `https://raw.githubusercontent.com/${repo.fullName}/${repo.default_branch}/LICENSE`,
    type: 'file',
    content: `${(text.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`,
    encoding: 'base64',
    _links: { self, git, html },
    license: licenseInfo(api, repo.license),
  };
}

export function renderTag(api: string, repo: RepoState, name: string, sha: string): Record<string, unknown> {
  const r = `${api}/repos/${repo.fullName}`;
  return {
    name,
    zipball_url: `${r}/zipball/refs/tags/${encodePath(name)}`,
    tarball_url: `${r}/tarball/refs/tags/${encodePath(name)}`,
    commit: { sha, url: `${r}/commits/${sha}` },
    node_id: Buffer.from(`03:Ref${repo.id}:refs/tags/${name}`).toString('base64'),
  };
}

export function renderRelease(
  api: string,
  state: EmulatorState,
  repo: RepoState,
  rel: ReleaseRecord,
): Record<string, unknown> {
  const r = `${api}/repos/${repo.fullName}`;
  const shownTag = rel.draft
    ? `untagged-${fakeSha(`untagged-${rel.id}`).slice(0, 20)}`
    : encodePath(rel.tag_name);
  const author =
    rel.author === state.user.login ? state.user : { login: rel.author, id: 583231, type: 'User' };
  return {
    url: `${r}/releases/${rel.id}`,
    assets_url: `${r}/releases/${rel.id}/assets`,
    upload_url: `${r}/releases/${rel.id}/assets{?name,label}`,
    html_url: `${WEB}/${repo.fullName}/releases/tag/${shownTag}`,
    id: rel.id,
    author: renderUser(api, author.login, author.id, author.type),
    node_id: rel.node_id,
    tag_name: rel.tag_name,
    target_commitish: rel.target_commitish,
    name: rel.name,
    draft: rel.draft,
    immutable: rel.immutable,
    prerelease: rel.prerelease,
    created_at: rel.created_at,
    updated_at: rel.updated_at,
    published_at: rel.published_at,
    assets: [],
    tarball_url: rel.draft ? null : `${r}/tarball/${encodePath(rel.tag_name)}`,
    zipball_url: rel.draft ? null : `${r}/zipball/${encodePath(rel.tag_name)}`,
    body: rel.body,
  };
}

export function renderRateLimit(state: EmulatorState): Record<string, unknown> {
  const { limit, remaining, reset } = state.rateLimit;
  const core = { limit, used: limit - remaining, remaining, reset };
  const other = (l: number): Record<string, number> => ({ limit: l, used: 0, remaining: l, reset });
  return {
    resources: {
      core,
      search: other(30),
      graphql: other(5000),
      integration_manifest: other(5000),
      code_search: other(10),
    },
    rate: core,
  };
}
