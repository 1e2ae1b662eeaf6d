// Handlers and renderers of the GitHub API emulator's Packages endpoints (list a container
// package's versions, delete one; organisation and user owners) and of GET pull request, over
// the state in ./packages-state.ts. Answers take the shapes of GitHub's OpenAPI description.
import type { HandlerContext, HandlerResult } from './handlers.js';
import type { PackageRecord, PackageVersionRecord, PullRecord } from './packages-state.js';
import { renderRepository, renderUser, WEB } from './render.js';
import type { EmulatorState, RepoState } from './state.js';

function renderVersion(api: string, pkg: PackageRecord, v: PackageVersionRecord): Record<string, unknown> {
  const scope = pkg.ownerType === 'Organization' ? `orgs/${pkg.owner}` : `users/${pkg.owner}`;
  const name = encodeURIComponent(pkg.name);
  return {
    id: v.id,
    name: v.name,
    url: `${api}/${scope}/packages/container/${name}/versions/${v.id}`,
    package_html_url: `${WEB}/${scope}/packages/container/package/${name}`,
    html_url: `${WEB}/${scope}/packages/container/${name}/${v.id}`,
    created_at: v.created_at,
    updated_at: v.updated_at,
    metadata: { package_type: 'container', container: { tags: v.tags } },
  };
}

type Paginate = <T>(ctx: HandlerContext, items: T[]) => { items: T[]; headers: Record<string, string> };

/** The package the path names, if its owner is of that kind and its type is container. */
function packageOf(ctx: HandlerContext, ownerType: PackageRecord['ownerType']): PackageRecord | undefined {
  const owner = String(ctx.params[ownerType === 'Organization' ? 'org' : 'username']);
  const pkg = ctx.state.packages.getPackage(owner, String(ctx.params.package_name));
  return pkg && pkg.ownerType === ownerType && ctx.params.package_type === 'container' ? pkg : undefined;
}

function listVersions(
  ownerType: PackageRecord['ownerType'],
  paginate: Paginate,
  notFound: (d: string) => HandlerResult,
) {
  return (ctx: HandlerContext): HandlerResult => {
    const pkg = packageOf(ctx, ownerType);
    if (!pkg) return notFound(ctx.docsUrl);
    const { items, headers } = paginate(ctx, pkg.versions);
    return { status: 200, body: items.map((v) => renderVersion(ctx.api, pkg, v)), headers };
  };
}

function deleteVersion(ownerType: PackageRecord['ownerType'], notFound: (d: string) => HandlerResult) {
  return (ctx: HandlerContext): HandlerResult => {
    const pkg = packageOf(ctx, ownerType);
    const i = pkg?.versions.findIndex((v) => v.id === Number(ctx.params.package_version_id)) ?? -1;
    if (!pkg || i < 0) return notFound(ctx.docsUrl);
    pkg.versions.splice(i, 1);
    return { status: 204 };
  };
}

function renderPull(
  api: string,
  state: EmulatorState,
  repo: RepoState,
  pull: PullRecord,
): Record<string, unknown> {
  const r = `${api}/repos/${repo.fullName}`;
  const html = `${WEB}/${repo.fullName}/pull/${pull.number}`;
  const user = renderUser(api, 'octocat', 583231, 'User');
  const sha = repo.branches.get(repo.default_branch) as string;
  const side = (ref: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    repo: renderRepository(api, repo),
    sha,
    user,
  });
  const link = (href: string) => ({ href });
  return {
    url: `${r}/pulls/${pull.number}`,
    id: 1_000_000 + pull.number,
    node_id: Buffer.from(`PR_${repo.id}_${pull.number}`).toString('base64'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${r}/issues/${pull.number}`,
    commits_url: `${r}/pulls/${pull.number}/commits`,
    review_comments_url: `${r}/pulls/${pull.number}/comments`,
    review_comment_url: `${r}/pulls/comments{/number}`,
    comments_url: `${r}/issues/${pull.number}/comments`,
    statuses_url: `${r}/statuses/${sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user,
    body: null,
    labels: [],
    milestone: null,
    created_at: pull.created_at,
    updated_at: pull.closed_at ?? pull.created_at,
    closed_at: pull.closed_at,
    merged_at: pull.merged ? pull.closed_at : null,
    merge_commit_sha: pull.merged ? sha : null,
    assignee: null,
    head: side(`change-${pull.number}`),
    base: side(repo.default_branch),
    _links: {
      self: link(`${r}/pulls/${pull.number}`),
      html: link(html),
      issue: link(`${r}/issues/${pull.number}`),
      comments: link(`${r}/issues/${pull.number}/comments`),
      review_comments: link(`${r}/pulls/${pull.number}/comments`),
      review_comment: link(`${r}/pulls/comments{/number}`),
      commits: link(`${r}/pulls/${pull.number}/commits`),
      statuses: link(`${r}/statuses/${sha}`),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    merged: pull.merged,
    mergeable: pull.state === 'open' ? true : null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by: pull.merged ? user : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

/** The handlers of the operations this module emulates (spread into HANDLERS). */
export function packageHandlers(paginate: Paginate, notFound: (docsUrl: string) => HandlerResult) {
  return {
    'packages/get-all-package-versions-for-package-owned-by-org': listVersions(
      'Organization',
      paginate,
      notFound,
    ),
    'packages/get-all-package-versions-for-package-owned-by-user': listVersions('User', paginate, notFound),
    'packages/delete-package-version-for-org': deleteVersion('Organization', notFound),
    'packages/delete-package-version-for-user': deleteVersion('User', notFound),
    'pulls/get': (ctx: HandlerContext): HandlerResult => {
      const repo = ctx.state.repo(String(ctx.params.owner), String(ctx.params.repo));
      const pull = repo && ctx.state.packages.getPull(repo.owner, repo.name, Number(ctx.params.pull_number));
      if (!repo || !pull) return notFound(ctx.docsUrl);
      return { status: 200, body: renderPull(ctx.api, ctx.state, repo, pull) };
    },
  } as const;
}
