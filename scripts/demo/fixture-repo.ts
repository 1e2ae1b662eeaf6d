// A throwaway git repository holding demo/fixture, tagged like a real release.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EventSpec } from '../../testkit/runner/index.js';

export const FIXTURE = resolve(import.meta.dirname, '..', '..', 'demo', 'fixture');
export const OWNER = 'demo-org';
export const REPO = 'demo-monorepo';

function git(repo: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Demo',
      GIT_AUTHOR_EMAIL: 'demo@example.com',
      GIT_COMMITTER_NAME: 'Demo',
      GIT_COMMITTER_EMAIL: 'demo@example.com',
    },
  }).trim();
}

export function createFixtureRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'dpa-demo-repo-'));
  cpSync(FIXTURE, repo, { recursive: true });
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  git(repo, ['add', '.']);
  git(repo, ['commit', '--quiet', '-m', 'Initial release']);
  return repo;
}

/** Optionally change files, commit, tag; returns the tagged commit's sha. */
export function commitAndTag(repo: string, tag: string, changes: Record<string, string> = {}): string {
  for (const [file, text] of Object.entries(changes)) writeFileSync(join(repo, file), text);
  if (Object.keys(changes).length) {
    git(repo, ['add', '.']);
    git(repo, ['commit', '--quiet', '-m', `Changes for ${tag}`]);
  }
  git(repo, ['tag', tag]);
  return git(repo, ['rev-parse', 'HEAD']);
}

/** The `push` event of a tag, with the env the runner sets for it. */
export function tagPushEvent(tag: string, sha: string): EventSpec {
  const repository = {
    full_name: `${OWNER}/${REPO}`,
    name: REPO,
    owner: { login: OWNER },
    html_url: `https://github.com/${OWNER}/${REPO}`,
    default_branch: 'main',
  };
  return {
    name: 'push',
    payload: { ref: `refs/tags/${tag}`, after: sha, repository, head_commit: { id: sha } },
    env: {
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REPOSITORY_OWNER: OWNER,
      GITHUB_REF: `refs/tags/${tag}`,
      GITHUB_REF_NAME: tag,
      GITHUB_REF_TYPE: 'tag',
      GITHUB_SHA: sha,
    },
  };
}
