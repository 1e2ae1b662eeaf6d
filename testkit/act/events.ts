// Event payloads for rehearsals, shaped like GitHub's webhooks (only the fields workflows and our
// actions read). act takes github.ref, github.sha, github.event_name etc. from these and from the
// checkout (GITHUB_REPOSITORY from its origin remote).

export interface ActEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface RepoRef {
  owner: string;
  name: string;
}

function repository(repo: RepoRef): Record<string, unknown> {
  return {
    full_name: `${repo.owner}/${repo.name}`,
    name: repo.name,
    owner: { login: repo.owner },
    html_url: `https://github.com/${repo.owner}/${repo.name}`,
    default_branch: 'main',
  };
}

export function pushEvent(repo: RepoRef, ref: string, sha: string, message = `push of ${ref}`): ActEvent {
  return {
    name: 'push',
    payload: {
      ref,
      before: '0'.repeat(40),
      after: sha,
      created: true,
      repository: repository(repo),
      head_commit: { id: sha, message },
    },
  };
}

export const pushTagEvent = (repo: RepoRef, tag: string, sha: string): ActEvent =>
  pushEvent(repo, `refs/tags/${tag}`, sha);

export const pushBranchEvent = (repo: RepoRef, branch: string, sha: string, message?: string): ActEvent =>
  pushEvent(repo, `refs/heads/${branch}`, sha, message);

export function pullRequestEvent(repo: RepoRef, number: number, head: string, sha: string): ActEvent {
  return {
    name: 'pull_request',
    payload: {
      action: 'opened',
      number,
      pull_request: {
        number,
        head: { ref: head, sha },
        base: { ref: 'main', sha },
        merge_commit_sha: sha,
      },
      repository: repository(repo),
    },
  };
}

export function releaseEvent(repo: RepoRef, tag: string, sha: string): ActEvent {
  return {
    name: 'release',
    payload: {
      action: 'published',
      release: { tag_name: tag, target_commitish: sha, name: tag, draft: false, prerelease: false },
      repository: repository(repo),
    },
  };
}

/** A finished workflow run, as a `workflow_run` payload reports it to the next stage. */
export interface WorkflowRunResult {
  /** the workflow's `name:` */
  name: string;
  headSha: string;
  headBranch: string;
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped';
  /** the event that started that run (push, workflow_run, workflow_dispatch, ...) */
  event: string;
}

export function workflowRunEvent(repo: RepoRef, run: WorkflowRunResult): ActEvent {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        name: run.name,
        head_sha: run.headSha,
        head_branch: run.headBranch,
        conclusion: run.conclusion,
        status: 'completed',
        event: run.event,
        head_repository: repository(repo),
        repository: repository(repo),
      },
      repository: repository(repo),
    },
  };
}
