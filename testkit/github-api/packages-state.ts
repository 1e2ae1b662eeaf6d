// State of the GitHub API emulator's container packages (ghcr.io as GitHub's Packages REST API
// shows it: one version per manifest, named by its digest, with its tags) and pull request states
// (for prune-images' pr-tags-of-closed-prs). Tests arrange it through api.state.packages; the
// handlers are in ./package-handlers.ts. A test that also pushes the manifests to a local
// registry keeps the two in step (see testkit/prune-images.ts).

/** What PackagesState needs of EmulatorState (ids and GitHub's timestamps). */
interface Clock {
  nextId(): number;
  now(): string;
}

export interface PackageVersionRecord {
  id: number;
  /** The manifest digest. */
  name: string;
  tags: string[];
  created_at: string;
  updated_at: string;
}

export interface PackageRecord {
  id: number;
  owner: string;
  ownerType: 'Organization' | 'User';
  name: string;
  /** Newest first, as GitHub lists them. */
  versions: PackageVersionRecord[];
}

export interface PullRecord {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  title: string;
  created_at: string;
  closed_at: string | null;
}

export class PackagesState {
  readonly packages = new Map<string, PackageRecord>();
  /** owner/repo#number -> pull request */
  readonly pulls = new Map<string, PullRecord>();

  constructor(private readonly root: Clock) {}

  private key(owner: string, name: string): string {
    return `${owner}/${name}`.toLowerCase();
  }

  /** A container package (created empty when new). */
  addPackage(
    owner: string,
    name: string,
    ownerType: PackageRecord['ownerType'] = 'Organization',
  ): PackageRecord {
    const key = this.key(owner, name);
    let pkg = this.packages.get(key);
    if (!pkg) {
      pkg = { id: this.root.nextId(), owner, ownerType, name, versions: [] };
      this.packages.set(key, pkg);
    }
    return pkg;
  }

  getPackage(owner: string, name: string): PackageRecord | undefined {
    return this.packages.get(this.key(owner, name));
  }

  /** A version for a manifest; `date` (ISO) is both its created_at and updated_at unless given. */
  addVersion(
    pkg: PackageRecord,
    input: { digest: string; tags?: string[]; created_at?: string; updated_at?: string },
  ): PackageVersionRecord {
    const created = input.created_at ?? this.root.now();
    const version = {
      id: this.root.nextId(),
      name: input.digest,
      tags: input.tags ?? [],
      created_at: created,
      updated_at: input.updated_at ?? created,
    };
    pkg.versions.unshift(version);
    return version;
  }

  addPull(owner: string, repo: string, number: number, state: 'open' | 'closed', merged = false): PullRecord {
    const pull: PullRecord = {
      number,
      state,
      merged: state === 'closed' && merged,
      title: `Change ${number}`,
      created_at: this.root.now(),
      closed_at: state === 'closed' ? this.root.now() : null,
    };
    this.pulls.set(`${owner}/${repo}#${number}`.toLowerCase(), pull);
    return pull;
  }

  getPull(owner: string, repo: string, number: number): PullRecord | undefined {
    return this.pulls.get(`${owner}/${repo}#${number}`.toLowerCase());
  }
}
