// The two git repositories a rehearsal runs: the user's (an example's workflows in
// .github/workflows plus the files they build, tagged like a real release) and ours as a consumer
// pins it (`org/docker-pipeline-actions@v1`: each action.yml, dist/ and the reusable workflows).
// Registries that cannot be reached here (ghcr.io, Docker Hub) are mapped to the local ones by
// rewriting their host names in copies of the workflow files; nothing else is changed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
/** How workflows and examples spell this repository in `uses:`. */
export const OUR_REPOSITORY = 'org/docker-pipeline-actions';

/** Registry host in a workflow -> the local registry that stands for it. */
export type RegistryMap = Record<string, string>;

/** Replaces each mapped registry host wherever it stands as a whole host name. */
export function retarget(text: string, registries: RegistryMap): string {
  let out = text;
  for (const [from, to] of Object.entries(registries)) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w.]|\\w-)${escaped}(?![\\w-]|\\.\\w)`, 'g'), to);
  }
  return out;
}

function copyWorkflows(from: string, to: string, registries: RegistryMap): string[] {
  mkdirSync(to, { recursive: true });
  const names = readdirSync(from).filter((f) => /\.ya?ml$/.test(f));
  for (const name of names) {
    writeFileSync(join(to, name), retarget(readFileSync(join(from, name), 'utf8'), registries));
  }
  return names;
}

/** Our repository as `@v1` resolves: every action folder's action.yml, dist/, reusable workflows. */
export function publishOurRepository(dir: string, registries: RegistryMap): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(REPO_ROOT, { withFileTypes: true })) {
    if (!entry.isDirectory() || !existsSync(join(REPO_ROOT, entry.name, 'action.yml'))) continue;
    mkdirSync(join(dir, entry.name));
    cpSync(join(REPO_ROOT, entry.name, 'action.yml'), join(dir, entry.name, 'action.yml'));
  }
  if (!existsSync(join(REPO_ROOT, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
  cpSync(join(REPO_ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  copyWorkflows(join(REPO_ROOT, '.github', 'workflows'), join(dir, '.github', 'workflows'), registries);
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Rehearsal',
  GIT_AUTHOR_EMAIL: 'rehearsal@example.com',
  GIT_COMMITTER_NAME: 'Rehearsal',
  GIT_COMMITTER_EMAIL: 'rehearsal@example.com',
};

export function git(repo: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
  }).trim();
}

export interface UserRepository {
  dir: string;
  owner: string;
  name: string;
  /** workflow file names in .github/workflows */
  workflows: string[];
}

/**
 * A git repository `owner/name` (act reads the name from the origin remote) holding an example's
 * workflows and `files`, committed on main.
 */
export function createUserRepository(opts: {
  dir: string;
  owner: string;
  name: string;
  exampleWorkflows: string;
  files: Record<string, string>;
  registries: RegistryMap;
}): UserRepository {
  const { dir } = opts;
  mkdirSync(dir, { recursive: true });
  const workflows = copyWorkflows(opts.exampleWorkflows, join(dir, '.github', 'workflows'), opts.registries);
  writeFiles(dir, opts.files);
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['remote', 'add', 'origin', `https://github.com/${opts.owner}/${opts.name}.git`]);
  git(dir, ['add', '.']);
  git(dir, ['commit', '--quiet', '-m', 'Initial commit']);
  return { dir, owner: opts.owner, name: opts.name, workflows };
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Commits `changes` with `message` (an empty commit without changes); returns the sha. */
export function commit(repo: string, message: string, changes: Record<string, string> = {}): string {
  writeFiles(repo, changes);
  git(repo, ['add', '.']);
  git(repo, ['commit', '--quiet', '--allow-empty', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']);
}

/** Commits `changes` (if any) and tags HEAD; returns the tagged commit's sha. */
export function commitAndTag(repo: string, tag: string, changes: Record<string, string> = {}): string {
  if (Object.keys(changes).length) {
    writeFiles(repo, changes);
    git(repo, ['add', '.']);
    git(repo, ['commit', '--quiet', '-m', `Changes for ${tag}`]);
  }
  git(repo, ['tag', tag]);
  return git(repo, ['rev-parse', 'HEAD']);
}
