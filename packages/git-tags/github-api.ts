// Repository data from the GitHub REST API: the tag names (for `latest=auto`) and the
// description/licence (for OCI labels). Only imported when a token is given: @actions/github
// (Octokit) is most of a bundle's weight and a run without a token must not load it.
import { getOctokit } from '@actions/github';

export interface ApiTarget {
  token: string;
  /** GITHUB_API_URL */
  apiUrl: string;
  /** owner/name */
  repository: string;
  timeoutMs?: number;
}

function client({ token, apiUrl }: ApiTarget) {
  return getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
}

function ownerRepo(repository: string): { owner: string; repo: string } {
  const [owner, repo] = repository.split('/');
  return { owner, repo };
}

/** `GET /repos/{owner}/{repo}/tags`, every page. */
export async function apiTags(target: ApiTarget): Promise<string[]> {
  const octokit = client(target);
  const signal = AbortSignal.timeout(target.timeoutMs ?? 30_000);
  const tags = await octokit.paginate(octokit.rest.repos.listTags, {
    ...ownerRepo(target.repository),
    per_page: 100,
    request: { signal },
  });
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
  const signal = AbortSignal.timeout(target.timeoutMs ?? 30_000);
  const { data } = await octokit.rest.repos.get({ ...ownerRepo(target.repository), request: { signal } });
  const license = data.license?.spdx_id;
  return {
    description: data.description ?? undefined,
    license: license && license !== 'NOASSERTION' ? license : undefined,
  };
}
