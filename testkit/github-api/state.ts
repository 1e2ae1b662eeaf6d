// In-memory state of the GitHub API emulator: repositories, their branches, git tags and releases.
// Tests arrange and assert through it directly (api.state); the route handlers mutate it.
import { createHash } from 'node:crypto';
import { PackagesState } from './packages-state.js';

export interface ReleaseRecord {
  id: number;
  node_id: string;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  created_at: string;
  published_at: string | null;
  updated_at: string;
  /** login of the author (the token's user: github-actions[bot] by default) */
  author: string;
}

export interface ReleaseInput {
  tag_name: string;
  target_commitish?: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  immutable?: boolean;
  created_at?: string;
  published_at?: string | null;
  author?: string;
  /** default true: like GitHub, publishing a release creates its tag when missing */
  createTag?: boolean;
}

export interface RepoInput {
  owner: string;
  repo: string;
  description?: string | null;
  /** SPDX id (e.g. "MIT"), or null for no license */
  license?: string | null;
  licenseText?: string;
  default_branch?: string;
  topics?: string[];
  private?: boolean;
  homepage?: string | null;
}

export const fakeSha = (seed: string): string => createHash('sha1').update(seed).digest('hex');
const nodeId = (prefix: string, id: number): string =>
  `${prefix}_kwDO${Buffer.from(`${prefix}${id}`).toString('base64url')}`;
const byNewest = (a: ReleaseRecord, b: ReleaseRecord): number =>
  b.created_at.localeCompare(a.created_at) || b.id - a.id;

export class RepoState {
  readonly id: number;
  readonly node_id: string;
  readonly owner: string;
  readonly name: string;
  description: string | null;
  license: string | null;
  licenseText: string;
  default_branch: string;
  topics: string[];
  private: boolean;
  homepage: string | null;
  created_at: string;
  pushed_at: string;
  /** branch name -> head commit sha */
  readonly branches = new Map<string, string>();
  /** git tag name -> commit sha */
  readonly tags = new Map<string, string>();
  /** in creation order; use listReleases() for GitHub's order */
  readonly releases: ReleaseRecord[] = [];

  constructor(
    private readonly root: EmulatorState,
    input: RepoInput,
  ) {
    this.id = root.nextId();
    this.node_id = nodeId('R', this.id);
    this.owner = input.owner;
    this.name = input.repo;
    this.description = input.description ?? null;
    this.license = input.license === undefined ? 'MIT' : input.license;
    this.licenseText = input.licenseText ?? `${this.license ?? ''} License\n\nCopyright (c) ${this.owner}\n`;
    this.default_branch = input.default_branch ?? 'main';
    this.topics = input.topics ?? [];
    this.private = input.private ?? false;
    this.homepage = input.homepage ?? null;
    this.created_at = this.pushed_at = root.now();
    this.branches.set(this.default_branch, fakeSha(`${this.fullName}@${this.default_branch}`));
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  addBranch(name: string, sha = fakeSha(`${this.fullName}@${name}`)): this {
    this.branches.set(name, sha);
    return this;
  }

  addTag(name: string, sha = fakeSha(`${this.fullName}#${name}`)): this {
    this.tags.set(name, sha);
    return this;
  }

  /** Resolves a branch name or (abbreviated) commit sha to a sha; undefined when unknown. */
  resolveCommitish(commitish: string): string | undefined {
    const branch = this.branches.get(commitish.replace(/^refs\/heads\//, ''));
    if (branch) return branch;
    return /^[0-9a-f]{7,40}$/.test(commitish) ? commitish.padEnd(40, '0') : undefined;
  }

  addRelease(input: ReleaseInput): ReleaseRecord {
    const now = this.root.now();
    const draft = input.draft ?? false;
    const created = input.created_at ?? now;
    const release: ReleaseRecord = {
      id: this.root.nextId(),
      node_id: '',
      tag_name: input.tag_name,
      target_commitish: input.target_commitish ?? this.default_branch,
      name: input.name ?? null,
      body: input.body ?? null,
      draft,
      prerelease: input.prerelease ?? false,
      immutable: input.immutable ?? false,
      created_at: created,
      published_at: draft ? null : input.published_at === undefined ? created : input.published_at,
      updated_at: created,
      author: input.author ?? this.root.user.login,
    };
    release.node_id = nodeId('RE', release.id);
    this.releases.push(release);
    if (!draft && input.createTag !== false) this.ensureTag(release);
    return release;
  }

  /** Creates the release's git tag (at its target commitish) when it does not exist yet. */
  ensureTag(release: ReleaseRecord): void {
    if (this.tags.has(release.tag_name)) return;
    this.addTag(release.tag_name, this.resolveCommitish(release.target_commitish));
  }

  getRelease(id: number): ReleaseRecord | undefined {
    return this.releases.find((r) => r.id === id);
  }

  /** The published release for `tag`, as GET /releases/tags/{tag} answers it (drafts excluded). */
  findPublishedByTag(tag: string): ReleaseRecord | undefined {
    return this.releases.find((r) => !r.draft && r.tag_name === tag);
  }

  /** For tests: the published release for `tag`, else the newest draft carrying that tag name. */
  getReleaseByTag(tag: string): ReleaseRecord | undefined {
    return this.findPublishedByTag(tag) ?? this.listReleases().find((r) => r.tag_name === tag);
  }

  /** Newest first (created_at, then id), drafts included: GitHub's order for users with push access. */
  listReleases(): ReleaseRecord[] {
    return [...this.releases].sort(byNewest);
  }

  /** GitHub's "latest": newest published, non-prerelease release. */
  latestRelease(): ReleaseRecord | undefined {
    return this.listReleases().find((r) => !r.draft && !r.prerelease);
  }

  deleteRelease(id: number): boolean {
    const i = this.releases.findIndex((r) => r.id === id);
    if (i >= 0) this.releases.splice(i, 1);
    return i >= 0;
  }

  toJSON(): Record<string, unknown> {
    const { root: _root, ...rest } = this;
    return { ...rest, branches: Object.fromEntries(this.branches), tags: Object.fromEntries(this.tags) };
  }
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** epoch seconds */
  reset: number;
}

export class EmulatorState {
  readonly repos = new Map<string, RepoState>();
  readonly defaultRepo: RepoState;
  /** Container packages and pull request states (./packages-state.ts). */
  readonly packages: PackagesState = new PackagesState(this);
  user = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as 'Bot' | 'User' };
  rateLimit: RateLimitState = { limit: 5000, remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 };
  private lastId = 190_000_000;

  constructor(defaults: { owner?: string; repo?: string } = {}) {
    this.defaultRepo = this.addRepo({
      owner: defaults.owner ?? 'octo-org',
      repo: defaults.repo ?? 'octo-repo',
    });
  }

  nextId(): number {
    return ++this.lastId;
  }

  /** ISO timestamp with second precision, as GitHub writes them (ties are ordered by id). */
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  addRepo(input: RepoInput): RepoState {
    const repo = new RepoState(this, input);
    this.repos.set(repo.fullName.toLowerCase(), repo);
    return repo;
  }

  /** Case-insensitive, like GitHub. */
  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  // Shortcuts to the default repository.
  get releases(): ReleaseRecord[] {
    return this.defaultRepo.releases;
  }
  get tags(): Map<string, string> {
    return this.defaultRepo.tags;
  }
  addTag(name: string, sha?: string): this {
    this.defaultRepo.addTag(name, sha);
    return this;
  }
  addRelease(input: ReleaseInput): ReleaseRecord {
    return this.defaultRepo.addRelease(input);
  }
  getRelease(id: number): ReleaseRecord | undefined {
    return this.defaultRepo.getRelease(id);
  }
  getReleaseByTag(tag: string): ReleaseRecord | undefined {
    return this.defaultRepo.getReleaseByTag(tag);
  }
  listReleases(): ReleaseRecord[] {
    return this.defaultRepo.listReleases();
  }

  toJSON(): Record<string, unknown> {
    return {
      user: this.user,
      rateLimit: this.rateLimit,
      repos: [...this.repos.values()].map((r) => r.toJSON()),
      packages: [...this.packages.packages.values()],
    };
  }
}
