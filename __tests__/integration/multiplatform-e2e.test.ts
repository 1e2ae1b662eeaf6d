// Issue 18 end to end, through the real bundles: a Dockerfile with RUN steps built for linux/amd64
// and linux/arm64 (QEMU) by two separate build runs with push-by-digest, as two runners would, then
// one merge-manifests run on their outputs. The index holds both platforms (docker buildx
// imagetools inspect says so), each platform's config and RUN output have its architecture, the
// legs' provenance attestations are in it, and wait-for-manifests (platforms linux/amd64,linux/arm64)
// finds the tag. Acceptance 1 on the remote builder (current buildkitd + buildx) and on Debian's
// buildx 0.13 (builder-setup: auto); acceptance 2: one merge across the anonymous and the token
// registry. Every repository name is unique (the services are shared).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunnerTemp, runAction } from '../../testkit/runner/index.js';
import {
  ensureBuildkit,
  ensureBuildkitImage,
  ensureMultiarchBaseImage,
  ensureQemu,
  platformDockerfile,
  type Buildkit,
} from '../../testkit/services/buildkit.js';
import {
  createDockerConfig,
  docker,
  ensureDocker,
  ensureRegistry,
  manifestDigest,
  type Registry,
} from '../../testkit/services/index.js';
import { readPushed } from '../../testkit/services/oci-inspect.js';
import {
  buildLeg,
  LEG_PLATFORMS,
  mergeLegs,
  remoteBuilderRunnerEnv,
  type DigestsForm,
  type Leg,
  type RunnerEnv,
} from '../../testkit/multiplatform-legs.js';

const uid = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
const scratch = mkdtempSync(join(tmpdir(), 'multiplatform-e2e-'));
const marker = randomBytes(8).toString('hex');
const UNAME = { amd64: 'x86_64', arm64: 'aarch64' } as const;
const SETUP_BUILDER = 'docker-pipeline-actions';
const REMOTE_LINE = 'builder "dpa-buildkit": driver remote';
const SETUP_LINE =
  'builder "default" uses the docker driver, which cannot push by digest: builder-setup is auto, so a docker-container builder is used';
let anon: Registry;
let token: Registry;
let buildkit: Buildkit;
let workspace: string;

beforeAll(async () => {
  await ensureDocker();
  [anon, token] = await Promise.all([ensureRegistry('anonymous'), ensureRegistry('token')]);
  await ensureQemu(); // qemu-aarch64 in binfmt_misc: linux/arm64 RUN steps on this amd64 machine
  // the first use builds buildx and buildkitd from the Go module proxy (about 3 minutes cold)
  buildkit = await ensureBuildkit();
  workspace = join(scratch, 'ws');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'Dockerfile'), platformDockerfile(await ensureMultiarchBaseImage(), marker));
}, 900_000);

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

const repo = (name: string) => `multiplatform-e2e-${uid}/${name}`;

/** The two legs, one after the other (each a runner of its own); no-cache: the RUN steps really run. */
async function buildLegs(images: string[], env: Record<string, string>, builder: string): Promise<Leg[]> {
  const legs: Leg[] = [];
  for (const platform of LEG_PLATFORMS)
    legs.push(await buildLeg({ workspace, images, platform, env, builder, inputs: { 'no-cache': 'true' } }));
  return legs;
}

/**
 * What the registry holds under `tag`: the merged index (its digest), one image per platform whose
 * config names the architecture and whose RUN steps wrote that architecture's `uname -m` and this
 * run's marker, the very images the legs pushed, and each leg's provenance attestation manifest.
 */
async function expectMergedIndex(
  registry: Registry,
  repository: string,
  tag: string,
  legs: Leg[],
  digest: string,
) {
  expect(await manifestDigest(registry, repository, tag)).toBe(digest);
  const merged = await readPushed(registry, repository, tag);
  expect(merged.images.map((i) => `${i.os}/${i.architecture}`).sort()).toEqual([...LEG_PLATFORMS]);
  for (const image of merged.images) {
    // the layers of the two RUN steps: /arch (uname -m) and /marker
    const [arch, mark] = image.layers.slice(-2).map((layer) => layer.toString('latin1'));
    expect(arch).toContain(`${UNAME[image.architecture as keyof typeof UNAME]}\n`);
    expect(mark).toContain(`${marker}\n`);
  }
  for (const leg of legs) {
    const pushed = await readPushed(registry, repository, leg.digest);
    expect(pushed.attestations).toHaveLength(1);
    expect(merged.images.map((i) => i.digest)).toContain(pushed.images[0]!.digest);
    expect(merged.attestations).toContainEqual(pushed.attestations[0]);
  }
  const attested = merged.attestations.map((a) => a.annotations?.['vnd.docker.reference.digest']);
  expect(attested.sort()).toEqual(merged.images.map((i) => i.digest).sort());
}

/** `docker buildx imagetools inspect`: both platforms, and the provenance of each. */
async function expectImagetools(tag: string, digest: string, dockerConfig: string): Promise<void> {
  const env = { DOCKER_CONFIG: dockerConfig };
  const inspect = await docker(['buildx', 'imagetools', 'inspect', tag], { env });
  expect(inspect.code).toBe(0);
  expect(inspect.stdout).toContain(digest);
  for (const platform of LEG_PLATFORMS)
    expect(inspect.stdout).toMatch(new RegExp(`Platform:\\s+${platform}$`, 'm'));
  const provenance = await docker(
    ['buildx', 'imagetools', 'inspect', tag, '--format', '{{json .Provenance}}'],
    {
      env,
    },
  );
  expect(provenance.code).toBe(0);
  const byPlatform = JSON.parse(provenance.stdout) as Record<string, { SLSA?: object }>;
  expect(Object.keys(byPlatform).sort()).toEqual([...LEG_PLATFORMS]);
  for (const platform of LEG_PLATFORMS) expect(byPlatform[platform]?.SLSA).toBeDefined();
}

async function expectWaitFinds(tags: string[], digest: string, env: Record<string, string>): Promise<void> {
  const wait = await runAction({
    action: 'wait-for-manifests',
    node: 'node24',
    inputs: { images: tags.join('\n'), platforms: LEG_PLATFORMS.join(','), timeout: '0' },
    env,
  });
  expect(wait.errors).toEqual([]);
  expect(JSON.parse(wait.outputs.digests!)).toEqual(Object.fromEntries(tags.map((t) => [t, digest])));
}

/** Legs, merge, and every check, for the images in `registries` (all in one merge). */
async function buildMergeVerify(
  registries: Registry[],
  name: string,
  runner: RunnerEnv,
  builder: string,
  form: DigestsForm,
  builderLine: string,
): Promise<void> {
  const images = registries.map((r) => `${r.host}/${repo(name)}`);
  const legs = await buildLegs(images, runner.env, builder);
  for (const leg of legs) expect(leg.log).toContain(builderLine);
  expect(legs.map((leg) => leg.platform)).toEqual([...LEG_PLATFORMS]);
  for (const leg of legs) expect(leg.imageRefs).toEqual(images.map((image) => `${image}@${leg.digest}`));
  const tags = images.map((image) => `${image}:1.0.0`);
  const merged = await mergeLegs({ images, legs, tags, form, env: runner.env });
  const digest = merged.outputs.digest!;
  expect(merged.outputs.platforms!.split('\n')).toEqual([...LEG_PLATFORMS]);
  expect(merged.outputs.tags!.split('\n')).toEqual(tags);
  for (const registry of registries) await expectMergedIndex(registry, repo(name), '1.0.0', legs, digest);
  for (const tag of tags) await expectImagetools(tag, digest, runner.dockerConfig);
  await expectWaitFinds(tags, digest, runner.env);
}

describe('acceptance 1: two legs + merge on the remote builder (buildkitd v0.32, buildx v0.36)', () => {
  it('both platforms in one index, right architectures, provenance kept, wait-for-manifests finds it', async () => {
    const runner = await remoteBuilderRunnerEnv(buildkit, [anon]);
    try {
      await buildMergeVerify([anon], 'remote', runner, buildkit.builder, 'matrix-json', REMOTE_LINE);
    } finally {
      await runner.dispose();
    }
  }, 900_000);
});

/**
 * Debian's engine and buildx 0.13: the docker driver cannot push by digest, so each leg's
 * builder-setup: auto uses the docker-container builder `docker-pipeline-actions` (a DOCKER_CONFIG
 * of the test's own keeps it out of the shared configuration; the test removes it).
 */
describe("acceptance 1: two legs + merge with Debian's buildx 0.13 (builder-setup: auto)", () => {
  it('both platforms in one index, right architectures, provenance kept, wait-for-manifests finds it', async () => {
    await ensureBuildkitImage();
    const dockerConfig = await createDockerConfig();
    const runner: RunnerEnv = {
      env: { ...(await ensureDocker()).env, DOCKER_CONFIG: dockerConfig },
      dockerConfig,
      dispose: async () => {
        await docker(['buildx', 'rm', SETUP_BUILDER], { env: { DOCKER_CONFIG: dockerConfig } });
        rmSync(dockerConfig, { recursive: true, force: true });
      },
    };
    try {
      await buildMergeVerify([anon], 'setup', runner, '', 'matrix-json', SETUP_LINE);
    } finally {
      await runner.dispose();
    }
  }, 900_000);
});

describe('acceptance 2: the anonymous (:5000) and the token (:5002) registry in one merge', () => {
  it('each leg pushes to both, one merge-manifests run tags the same index in both', async () => {
    const runner = await remoteBuilderRunnerEnv(buildkit, [anon, token]);
    try {
      await buildMergeVerify(
        [anon, token],
        'two-registries',
        runner,
        buildkit.builder,
        'image-refs',
        REMOTE_LINE,
      );
    } finally {
      await runner.dispose();
    }
  }, 900_000);
});
