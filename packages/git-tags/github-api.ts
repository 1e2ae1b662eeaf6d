// Repository data from the GitHub REST API: the tag names (for `latest=auto`) and the
// description/licence (for OCI labels). Only imported when a token is given: @actions/github
// (Octokit) is most of a bundle's weight and a run without a token must not load it.
import { getOctokit } from '@actions/github';
import { withTimeLimit } from '../time-limit/index.js';

export interface ApiTarget {
  token: string;
  /** GITHUB_API_URL */
  apiUrl: string;
  /** owner/name */
  repository: string;
}

function client({ token, apiUrl }: ApiTarget) {
  return getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
}

function ownerRepo(repository: string): { owner: string; repo: string } {
  const [owner, repo] = repository.split('/');
  return { owner, repo };
}

/**
 * Per call (a tag listing's pages together). GitHub answers in well under a second, and both calls
 * are optional extras: a step should not wait long for them.
 */
const TIMEOUT_MS = 10_000;

/** `GET /repos/{owner}/{repo}/tags`, every page. */
export async function apiTags(target: ApiTarget): Promise<string[]> {
  const octokit = client(target);
  const tags = await withTimeLimit(
    (signal) =>
      octokit.paginate(octokit.rest.repos.listTags, {
        ...ownerRepo(target.repository),
        per_page: 100,
        request: { signal },
      }),
    TIMEOUT_MS,
  );
  return tags.map((t) => t.name);
}

export interface RepoInfo {
  description?: string;
  /** SPDX id, e.g. MIT; absent when GitHub does not recognise the licence (NOASSERTION). */
  license?: string;
}

/** `GET /repos/{owner}/{repo}`. */
export async function apiRepoInfo(target: ApiTarget): Promise<RepoInfo> {
  const octokit = client(target);
  const { data } = await withTimeLimit(
    (signal) => octokit.rest.repos.get({ ...ownerRepo(target.repository), request: { signal } }),
    TIMEOUT_MS,
  );
  const license = data.license?.spdx_id;
  return {
    description: data.description ?? undefined,
    license: license && license !== 'NOASSERTION' ? license : undefined,
  };
}
