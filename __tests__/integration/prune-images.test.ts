// prune-images, the real dist bundle through the runner harness, on node20 and node24: the real
// registries (deletes enabled; anonymous, htpasswd, token) with synthetic single- and
// multi-platform images with attestations, and the GitHub API emulator for pull request states.
// After a prune every kept reference still pulls completely, every selected one is gone, and
// dry-run reports the same plan having deleted nothing.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import { ensureRegistry, type Registry, type RegistryKind } from '../../testkit/services/index.js';
import {
  manifestExists,
  pullProblems,
  pushSyntheticImage,
  type SyntheticImage,
} from '../../testkit/prune-images.js';
import { emptyDockerConfig, lines } from '../../testkit/wait-for-manifests.js';

const TOKEN = 'ghs_prune';
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const uniqueRepo = (prefix: string) => `prune-${prefix}-${randomBytes(4).toString('hex')}`;

let api: GitHubApi;
beforeEach(async () => {
  api = await startGitHubApi({ owner: 'octo-org', repo: 'octo-repo', token: TOKEN });
  api.state.packages.addPull('octo-org', 'octo-repo', 7, 'closed', true);
  api.state.packages.addPull('octo-org', 'octo-repo', 8, 'open');
});
afterEach(async () => {
  api.assertNoViolations();
  await api.close();
});
afterAll(cleanupRunnerTemp);

function prune(node: NodeVersion, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    action: 'prune-images',
    node,
    inputs: { token: TOKEN, ...inputs },
    env: { DOCKER_CONFIG: emptyDockerConfig(), GITHUB_API_URL: api.url, ...env },
    secrets: [TOKEN],
  });
}

interface Scenario {
  registry: Registry;
  repository: string;
  image: string;
  /** by name: a (old sha, multi, attested), b (old sha + v1.0.0), c (young sha), d (pr-7), e (pr-8), f (latest, shares a's amd64) */
  images: Record<
    'a' | 'b' | 'c' | 'd' | 'e' | 'f',
    SyntheticImage & { platformManifests: { digest: string }[] }
  >;
}

async function scenario(kind: RegistryKind): Promise<Scenario> {
  const registry = await ensureRegistry(kind);
  const repository = uniqueRepo(kind);
  const shared = [randomBytes(2048)];
  const multi = { platforms: ['linux/amd64', 'linux/arm64'], attest: true };
  const push = (opts: Parameters<typeof pushSyntheticImage>[2]) =>
    pushSyntheticImage(registry, repository, opts);
  const a = await push({ ...multi, tags: ['sha-aaaaaaa'], created: daysAgo(40), sharedLayers: shared });
  const b = await push({ ...multi, tags: ['sha-bbbbbbb', 'v1.0.0'], created: daysAgo(40) });
  const c = await push({ tags: ['sha-ccccccc'], created: daysAgo(2), sharedLayers: shared });
  const d = await push({ tags: ['pr-7'], created: daysAgo(1) });
  const e = await push({ tags: ['pr-8'], created: daysAgo(1) });
  const f = await push({ platforms: ['linux/arm64'], tags: ['latest'], borrow: [a.platformManifests[0]] });
  return { registry, repository, image: `${registry.host}/${repository}`, images: { a, b, c, d, e, f } };
}

const RULES = {
  'delete-tags': 'sha-*',
  'keep-tags': 'v*\nlatest',
  'older-than': '30d',
  'pr-tags-of-closed-prs': 'true',
};

/** What the scenario's rules delete: a's index, arm64 manifest and its attestation; d. */
function expectedDeleted(s: Scenario): string[] {
  const { a } = s.images;
  const [, arm64] = a.platformManifests;
  const arm64Attestation = a.manifests[a.manifests.indexOf(arm64.digest) + 1];
  return [
    `${s.image}:sha-aaaaaaa`,
    `${s.image}@${arm64.digest}`,
    `${s.image}@${arm64Attestation}`,
    `${s.image}:pr-7`,
  ];
}

const KEPT_TAGS = ['latest', 'pr-8', 'sha-bbbbbbb', 'sha-ccccccc', 'v1.0.0'];

describe.each(NODE_VERSIONS)('prune-images on %s', (node) => {
  it('anonymous registry: dry-run plans, deletes nothing; the run deletes exactly that, kept references pull', async () => {
    const s = await scenario('anonymous');
    const dry = await prune(node, { images: s.image, ...RULES, 'dry-run': 'true' });
    expect(dry.errors).toEqual([]);
    expect(dry.exitCode).toBe(0);
    expect(lines(dry.outputs.deleted).sort()).toEqual(expectedDeleted(s).sort());
    for (const image of Object.values(s.images))
      for (const digest of image.manifests)
        expect(await manifestExists(s.registry, s.repository, digest)).toBe(true);
    expect(dry.summary).toContain('dry run: nothing deleted');
    expect(dry.summary).toContain('shares its digest with kept tag v1.0.0');

    const r = await prune(node, { images: s.image, ...RULES });
    expect(r.errors).toEqual([]);
    expect(r.outputs.deleted).toBe(dry.outputs.deleted);
    expect(r.outputs.kept).toBe(dry.outputs.kept);
    expect(r.outputs['freed-bytes']).toBe(dry.outputs['freed-bytes']);
    expect(Number(r.outputs['freed-bytes'])).toBeGreaterThan(0);
    expect(lines(r.outputs.kept).sort()).toEqual(KEPT_TAGS.map((t) => `${s.image}:${t}`));
    for (const ref of lines(r.outputs.deleted)) {
      const reference = ref.slice(s.image.length + 1);
      expect(await manifestExists(s.registry, s.repository, reference)).toBe(false);
    }
    expect(await manifestExists(s.registry, s.repository, s.images.a.digest)).toBe(false);
    expect(await manifestExists(s.registry, s.repository, s.images.d.digest)).toBe(false);
    for (const tag of KEPT_TAGS) expect(await pullProblems(s.registry, s.repository, tag)).toEqual([]);
    // a's amd64 manifest (and its attestation) stayed: the kept `latest` index lists it
    expect(await manifestExists(s.registry, s.repository, s.images.a.platformManifests[0].digest)).toBe(true);
    expect(r.summary).toMatch(/<code>sha-aaaaaaa<\/code>.*deleted.*delete-tags sha-\*/s);

    const again = await prune(node, { images: s.image, ...RULES });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.deleted).toBe('');
  });

  it.each(['htpasswd', 'token'] as const)(
    '%s registry: deletes with credentials (delete scope)',
    async (kind) => {
      const registry = await ensureRegistry(kind);
      const repository = uniqueRepo(kind);
      const multi = { platforms: ['linux/amd64', 'linux/arm64'], attest: true };
      const old = await pushSyntheticImage(registry, repository, { ...multi, tags: ['sha-1111111'] });
      await pushSyntheticImage(registry, repository, { ...multi, tags: ['v1'] });
      const r = await prune(node, {
        images: `${registry.host}/${repository}`,
        'delete-tags': 'sha-*',
        username: registry.username!,
        password: registry.password!,
      });
      expect(r.errors).toEqual([]);
      expect(lines(r.outputs.deleted)).toHaveLength(old.manifests.length);
      for (const digest of old.manifests)
        expect(await manifestExists(registry, repository, digest)).toBe(false);
      expect(await pullProblems(registry, repository, 'v1')).toEqual([]);
      expect(r.masked).toContain(registry.password);
    },
  );
});
