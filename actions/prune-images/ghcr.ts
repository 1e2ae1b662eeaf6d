// ghcr.io through GitHub's Packages REST API: a container package's versions (one per manifest,
// platform manifests and attestations included, with their tags and dates) and deleting one.
// The owner may be an organisation or a user: the organisation endpoint is asked first, the
// user endpoint when GitHub does not know the package there.
import { ActionError } from '../../packages/action-io/index.js';
import { ApiError, type Octokit } from '../../packages/github-releases/index.js';
import { isValidDigest, isValidTag } from '../../packages/image-ref/index.js';
import { mapLimit } from '../../packages/concurrency/index.js';
import { parseDate } from './manifest-info.js';

export interface PackageVersion {
  id: number;
  /** The version's name: the manifest digest. */
  digest: string;
  tags: string[];
  /** updated_at (a tag moved onto it), else created_at; ms since the epoch. */
  date?: number;
}

/** `ghcr.io/Org/repo/api` -> owner `Org`, package `repo/api`. */
export function ghcrPackageOf(repository: string): { owner: string; name: string } {
  const [owner, ...rest] = repository.split('/');
  return { owner, name: rest.join('/') };
}

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

export const PACKAGES_HINT =
  'the token cannot read or delete this package: give the job `permissions: packages: write` and the repository ' +
  'the Admin role on the package (package settings, "Manage Actions access"), or pass a token with delete:packages as token';

/** GitHub's 403 answer is reported with a hint about packages (the shared client's is about releases). */
function explainRefusal(error: unknown): unknown {
  const message = error instanceof Error ? error.message : '';
  const refused = /^GitHub refused to (.*) \(403 ([^)]*)\)/.exec(message);
  return refused
    ? new ActionError(`GitHub refused to ${refused[1]} (403 ${refused[2]}): ${PACKAGES_HINT}`)
    : error;
}

export class GhcrPackage {
  private ownerKind: 'org' | 'user' | undefined;
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly octokit: Octokit,
    readonly owner: string,
    readonly name: string,
  ) {}

  private get common() {
    return { package_type: 'container' as const, package_name: this.name, per_page: 100 };
  }

  /** Every version of the package (an empty list when it does not exist). */
  versions(): Promise<PackageVersion[]> {
    return this.listVersions().catch((error: unknown) => Promise.reject(explainRefusal(error)));
  }

  private async listVersions(): Promise<PackageVersion[]> {
    const { rest } = this.octokit;
    let raw: { id: number; name: string; created_at: string; updated_at: string; metadata?: unknown }[];
    try {
      raw = await this.octokit.paginate(rest.packages.getAllPackageVersionsForPackageOwnedByOrg, {
        ...this.common,
        org: this.owner,
        state: 'active',
        request: { what: `list the versions of package ${this.name}` },
      });
      this.ownerKind = 'org';
    } catch (error) {
      if (!isNotFound(error)) throw error;
      try {
        raw = await this.octokit.paginate(rest.packages.getAllPackageVersionsForPackageOwnedByUser, {
          ...this.common,
          username: this.owner,
          request: { what: `list the versions of package ${this.name}` },
        });
        this.ownerKind = 'user';
      } catch (userError) {
        if (isNotFound(userError)) return [];
        throw userError;
      }
    }
    // API text reaches logs and outputs: only digests and valid tags are kept.
    return raw
      .filter((v) => isValidDigest(v.name))
      .map((v) => {
        const tags = (v.metadata as { container?: { tags?: unknown } } | undefined)?.container?.tags;
        this.ids.set(v.name, v.id);
        return {
          id: v.id,
          digest: v.name,
          tags: Array.isArray(tags)
            ? tags.filter((t): t is string => typeof t === 'string' && isValidTag(t))
            : [],
          date: parseDate(v.updated_at) ?? parseDate(v.created_at),
        };
      });
  }

  /** Deletes the version holding `digest`: `gone` when it is not there (any more). */
  delete(digest: string): Promise<'deleted' | 'gone'> {
    return this.deleteVersion(digest).catch((error: unknown) => Promise.reject(explainRefusal(error)));
  }

  private async deleteVersion(digest: string): Promise<'deleted' | 'gone'> {
    const id = this.ids.get(digest);
    if (id === undefined || !this.ownerKind) return 'gone';
    const what = { what: `delete version ${id} (${digest}) of package ${this.name}` };
    const { packages } = this.octokit.rest;
    const common = { package_type: 'container' as const, package_name: this.name, package_version_id: id };
    try {
      if (this.ownerKind === 'org')
        await packages.deletePackageVersionForOrg({ ...common, org: this.owner, request: what });
      else await packages.deletePackageVersionForUser({ ...common, username: this.owner, request: what });
      return 'deleted';
    } catch (error) {
      if (isNotFound(error)) return 'gone';
      throw error;
    }
  }
}

/** Which of the pull requests are closed (merged or not); numbers that are no pull request are left out. */
export async function closedPullRequests(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  numbers: readonly number[],
): Promise<{ closed: Set<number>; unknown: number[] }> {
  const closed = new Set<number>();
  const unknown: number[] = [];
  await mapLimit(numbers, 4, async (pull_number) => {
    try {
      const { data } = await octokit.rest.pulls.get({
        ...repository,
        pull_number,
        request: { what: `read the state of pull request #${pull_number}` },
      });
      if (data.state === 'closed') closed.add(pull_number);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      unknown.push(pull_number);
    }
  });
  return { closed, unknown: unknown.sort((a, b) => a - b) };
}
