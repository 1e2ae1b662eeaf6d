// prune-images on ghcr.io: GitHub's Packages API (the emulator, checked against GitHub's OpenAPI
// description; organisation and user owners) lists the versions and deletes them, while a local
// registry stands in for ghcr.io's registry API (DPA_TEST_GHCR_REGISTRY, a test-only mapping) and
// holds the very manifests the versions name. Untagged versions: platform manifests of kept
// images stay, orphans go when old enough. Then an API failure midway, and the re-run.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubApi, type GitHubApi, type PackageRecord } from '../../testkit/github-api/index.js';
import {
  applyVersionDeletions,
  manifestExists,
  publishVersions,
  pullProblems,
  pushSyntheticImage,
  type SyntheticImage,
} from '../../testkit/prune-images.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import { ensureRegistry, type Registry } from '../../testkit/services/index.js';
import { emptyDockerConfig, lines } from '../../testkit/wait-for-manifests.js';

const TOKEN = 'ghs_prune_ghcr';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

let api: GitHubApi;
let registry: Registry;
beforeEach(async () => {
  api = await startGitHubApi({ token: TOKEN });
  registry = await ensureRegistry('anonymous');
});
afterEach(async () => {
  api.assertNoViolations();
  await api.close();
});
afterAll(cleanupRunnerTemp);

function prune(node: NodeVersion, inputs: Record<string, string>) {
  return runAction({
    action: 'prune-images',
    node,
    inputs: { token: TOKEN, ...inputs },
    env: {
      DOCKER_CONFIG: emptyDockerConfig(),
      GITHUB_API_URL: api.url,
      DPA_TEST_GHCR_REGISTRY: registry.host,
    },
    secrets: [TOKEN],
  });
}

interface Package {
  pkg: PackageRecord;
  repository: string;
  image: string;
  old: SyntheticImage;
  kept: SyntheticImage;
  orphan: SyntheticImage;
  young: SyntheticImage;
}

/** A package whose versions are the manifests of four images pushed to the stand-in registry. */
async function ghcrPackage(ownerType: PackageRecord['ownerType']): Promise<Package> {
  const owner = ownerType === 'User' ? 'octocat' : 'octo-org';
  const name = `prune-${randomBytes(4).toString('hex')}/api`;
  const repository = `${owner}/${name}`;
  const pkg = api.state.packages.addPackage(owner, name, ownerType);
  const multi = { platforms: ['linux/amd64', 'linux/arm64'], attest: true };
  const push = async (tags: string[], age: number) => {
    const image = await pushSyntheticImage(registry, repository, { ...multi, tags, created: daysAgo(age) });
    publishVersions(api, pkg, image, daysAgo(age));
    return image;
  };
  // Untagged images: pushed by digest only (their version has no tags).
  const orphan = await push([], 40);
  const young = await push([], 1);
  const old = await push(['sha-0ld0ld0'], 40);
  const kept = await push(['v1', 'sha-1111111'], 40);
  return { pkg, repository, image: `ghcr.io/${repository}`, old, kept, orphan, young };
}

const RULES = { 'delete-tags': 'sha-*', 'keep-tags': 'v*', 'older-than': '30d', untagged: 'true' };
const versionNames = (pkg: PackageRecord) => pkg.versions.map((v) => v.name);

describe.each(NODE_VERSIONS)('prune-images on ghcr.io (%s)', (node) => {
  it.each(['Organization', 'User'] as const)(
    '%s package: dry-run deletes nothing, then old and orphan versions go, kept images pull',
    async (ownerType) => {
      const p = await ghcrPackage(ownerType);
      const before = versionNames(p.pkg);
      const dry = await prune(node, { images: p.image, ...RULES, 'dry-run': 'true' });
      expect(dry.errors).toEqual([]);
      expect(versionNames(p.pkg)).toEqual(before);
      expect(api.requests.filter((r) => r.method === 'DELETE')).toEqual([]);

      const r = await prune(node, { images: p.image, ...RULES });
      expect(r.errors).toEqual([]);
      expect(r.outputs.deleted).toBe(dry.outputs.deleted);
      expect(r.outputs['freed-bytes']).toBe(dry.outputs['freed-bytes']);
      const gone = await applyVersionDeletions(registry, p.repository, p.pkg, before);
      expect(gone.sort()).toEqual([...p.old.manifests, ...p.orphan.manifests].sort());
      expect(lines(r.outputs.deleted)).toContain(`${p.image}:sha-0ld0ld0`);
      expect(lines(r.outputs.kept).sort()).toEqual([`${p.image}:sha-1111111`, `${p.image}:v1`]);
      for (const digest of [...p.kept.manifests, ...p.young.manifests])
        expect(versionNames(p.pkg)).toContain(digest);
      expect(await pullProblems(registry, p.repository, 'v1')).toEqual([]);
      expect(await pullProblems(registry, p.repository, p.young.digest)).toEqual([]);
      expect(await manifestExists(registry, p.repository, 'sha-0ld0ld0')).toBe(false);
    },
  );

  it('a failure midway: a report of what was and was not deleted, and a re-run finishes', async () => {
    const p = await ghcrPackage('Organization');
    const before = versionNames(p.pkg);
    const indexVersion = p.pkg.versions.find((v) => v.name === p.old.digest)!;
    api.fault({
      match: { method: 'DELETE', pathPattern: `/versions/${indexVersion.id}$` },
      status: 500,
      times: Infinity,
    });
    const failed = await prune(node, { images: p.image, 'delete-tags': 'sha-*', 'keep-tags': 'v*' });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]).toMatch(
      /prune stopped \(ghcr\.io\/.*: 4 of 5 deleted before .*500.*run again to finish/,
    );
    expect(lines(failed.outputs.deleted)).toHaveLength(4);
    expect(failed.summary).toContain('failed');
    expect(versionNames(p.pkg)).toContain(p.old.digest);
    await applyVersionDeletions(registry, p.repository, p.pkg, before);

    api.clearFaults();
    const rerun = await prune(node, { images: p.image, 'delete-tags': 'sha-*', 'keep-tags': 'v*' });
    expect(rerun.errors).toEqual([]);
    expect(lines(rerun.outputs.deleted)).toEqual([`${p.image}:sha-0ld0ld0`]);
    await applyVersionDeletions(registry, p.repository, p.pkg, before);
    expect(before.filter((d) => !versionNames(p.pkg).includes(d)).sort()).toEqual(
      [...p.old.manifests].sort(),
    );
    expect(await pullProblems(registry, p.repository, 'v1')).toEqual([]);
  });

  it('a token GitHub refuses (403): one error with the packages hint, nothing deleted', async () => {
    const p = await ghcrPackage('Organization');
    const before = versionNames(p.pkg);
    api.fault({
      match: { operationId: 'packages/delete-package-version-for-org' },
      status: 403,
      times: Infinity,
    });
    const r = await prune(node, { images: p.image, 'delete-tags': 'sha-*' });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('403 Resource not accessible by integration');
    expect(r.errors[0]).toContain('packages: write');
    expect(r.errors[0]).not.toContain('releases');
    expect(versionNames(p.pkg)).toEqual(before);
  });
});
