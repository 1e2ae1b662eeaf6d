// Finding, creating and updating one release. Drafts are invisible to GET-by-tag, so a 404 there
// means "look through the list"; a create race (422 already_exists) means "another job created
// it: fetch theirs". Every call states what it does, for the errors the retry policy writes.
import type { Octokit } from './client.js';
import { ApiError } from './retry.js';

export interface Release {
  id: number;
  tag_name: string;
  name: string | null;
  body: string;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
}

export interface Repo {
  owner: string;
  repo: string;
}

export interface CreateRequest {
  tag: string;
  name?: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  /** Where GitHub creates the tag if it does not exist yet (a commit SHA or branch). */
  targetCommitish?: string;
}

type RawRelease = Omit<Release, 'body'> & { body?: string | null };

function toRelease(raw: RawRelease): Release {
  const { id, tag_name, name, draft, prerelease, html_url } = raw;
  return { id, tag_name, name, body: raw.body ?? '', draft, prerelease, html_url };
}

const is = (error: unknown, status: number) => error instanceof ApiError && error.status === status;

export class ReleasesApi {
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: Repo,
  ) {}

  /** A published release by tag, else a draft with that tag (the oldest, so racing jobs agree). */
  async findByTag(tag: string): Promise<Release | undefined> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
        ...this.repo,
        tag,
        request: { what: `get the release for tag ${tag}` },
      });
      return toRelease(data);
    } catch (error) {
      if (!is(error, 404)) throw error;
    }
    return (await this.listDrafts(tag))[0];
  }

  /** Drafts with this tag, oldest first. Reads every page: releases are listed newest first. */
  async listDrafts(tag: string): Promise<Release[]> {
    const drafts: Release[] = [];
    const params = {
      ...this.repo,
      per_page: 100,
      request: { what: `list releases (looking for a draft of ${tag})` },
    };
    const pages = this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/releases', params);
    for await (const page of pages) {
      for (const raw of page.data) if (raw.draft && raw.tag_name === tag) drafts.push(toRelease(raw));
    }
    return drafts.sort((a, b) => a.id - b.id);
  }

  async get(id: number): Promise<Release> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}', {
      ...this.repo,
      release_id: id,
      request: { what: `read release ${id}` },
    });
    return toRelease(data);
  }

  /** Creates the release; undefined when another job created it first (422 already_exists). */
  async create(req: CreateRequest): Promise<Release | undefined> {
    try {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/releases', {
        ...this.repo,
        tag_name: req.tag,
        name: req.name ?? req.tag,
        body: req.body,
        draft: req.draft,
        prerelease: req.prerelease,
        ...(req.targetCommitish ? { target_commitish: req.targetCommitish } : {}),
        request: { what: `create the release for tag ${req.tag}` },
      });
      return toRelease(data);
    } catch (error) {
      if (is(error, 422) && (error as ApiError).errors.some((e) => e.code === 'already_exists'))
        return undefined;
      throw error;
    }
  }

  async updateBody(id: number, body: string): Promise<Release> {
    const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      ...this.repo,
      release_id: id,
      body,
      request: { what: `update release ${id}` },
    });
    return toRelease(data);
  }

  async delete(id: number): Promise<void> {
    await this.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
      ...this.repo,
      release_id: id,
      request: { what: `delete duplicate draft release ${id}` },
    });
  }
}
