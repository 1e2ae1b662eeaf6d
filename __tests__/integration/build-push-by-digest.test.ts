// push-by-digest through the build bundle on both builders a runner may have (issue 18): the
// remote-driver builder on a current buildkitd with a current buildx (what GitHub's runners run,
// and how teams use shared BuildKit daemons), and Debian's engine with its buildx 0.13, whose
// docker driver cannot push by digest, so builder-setup: auto starts a docker-container builder.
// For linux/amd64 and linux/arm64 (RUN steps under QEMU): the digest is in the registry with no
// tag, the config has the right architecture, the RUN steps ran on that architecture, and the
// provenance attestation is beside the image. The engine is shared: every repository name is unique.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunnerTemp, runAction, type RunResult } from '../../testkit/runner/index.js';
import {
  ensureBuildkit,
  ensureBuildkitImage,
  ensureMultiarchBaseImage,
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
import { listTags, readPushed } from '../../testkit/services/oci-inspect.js';

const uid = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
const scratch = mkdtempSync(join(tmpdir(), 'build-digest-it-'));
let registry: Registry;
let buildkit: Buildkit;
let engineEnv: Record<string, string>;
let workspace: string;
const marker = randomBytes(8).toString('hex');

beforeAll(async () => {
  engineEnv = (await ensureDocker()).env;
  registry = await ensureRegistry('anonymous');
  buildkit = await ensureBuildkit();
  workspace = join(scratch, 'ws');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'Dockerfile'), platformDockerfile(await ensureMultiarchBaseImage(), marker));
  // the first use builds buildx and buildkitd from the Go module proxy (about 3 minutes cold)
}, 900_000);

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

const repo = (name: string) => `build-digest-it-${uid}/${name}`;
const ARCH = { 'linux/amd64': ['amd64', 'x86_64'], 'linux/arm64': ['arm64', 'aarch64'] } as const;
type Platform = keyof typeof ARCH;
const PLATFORMS = Object.keys(ARCH) as Platform[];
const SETUP_BUILDER = 'docker-pipeline-actions';

function build(inputs: Record<string, string>, env: Record<string, string>): Promise<RunResult> {
  return runAction({ action: 'build', node: 'node20', workspace, inputs, env, timeoutMs: 240_000 });
}

function expectSuccess(result: RunResult): void {
  if (result.exitCode !== 0)
    throw new Error(`build failed (exit ${result.exitCode}):\n${result.log.slice(-4000)}`);
}

/** What the registry holds after one leg: the digest, no tag but the cache's, the right image. */
async function expectPushedByDigest(result: RunResult, name: string, platform: Platform): Promise<void> {
  expectSuccess(result);
  const { digest } = result.outputs;
  expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(result.outputs.platform).toBe(platform);
  expect(result.outputs['image-refs']).toBe(`${registry.host}/${repo(name)}@${digest}`);
  expect(result.outputs.tags).toBe('');
  expect(result.log).toContain('push-by-digest=true');
  expect(result.summary).toContain('(none: pushed by digest)');
  expect(await manifestDigest(registry, repo(name), digest!)).toBe(digest);
  // the only tag is the registry cache tier's, whose default scope names the platform
  const scope = `build-digest-it-${uid}-${name}-${platform.replace('/', '-')}`;
  expect(await listTags(registry, repo(name))).toEqual([`buildcache-${scope}`]);
  const pushed = await readPushed(registry, repo(name), digest!);
  const [arch, uname] = ARCH[platform];
  expect(pushed.images.map((i) => [i.os, i.architecture])).toEqual([['linux', arch]]);
  const layers = Buffer.concat(pushed.images[0]!.layers).toString('latin1');
  expect(layers).toContain(`${uname}\n`); // `uname -m` ran on the target architecture
  expect(layers).toContain(`${marker}\n`);
  expect(pushed.attestations).toEqual([
    expect.objectContaining({
      annotations: expect.objectContaining({ 'vnd.docker.reference.digest': pushed.images[0]!.digest }),
    }),
  ]);
}

const digestInputs = (name: string, platform: Platform) => ({
  images: `${registry.host}/${repo(name)}`,
  platforms: platform,
  'push-by-digest': 'true',
  cache: 'registry',
});

describe('push-by-digest on a remote builder: buildkitd v0.32 + buildx v0.36 (node20)', () => {
  it.each(PLATFORMS)('%s: by digest only, right architecture, provenance beside it', async (platform) => {
    const name = `remote-${platform.split('/')[1]}`;
    const result = await build({ ...digestInputs(name, platform), builder: buildkit.builder }, buildkit.env);
    expect(result.log).toMatch(/buildx 0\.36\.\d/);
    expect(result.log).toContain(`builder "${buildkit.builder}": driver remote`);
    await expectPushedByDigest(result, name, platform);
  });

  it('a two-platform build on the same builder still pushes one tagged index', async () => {
    const tag = `${registry.host}/${repo('multi')}:1`;
    const result = await build(
      {
        tags: tag,
        push: 'true',
        platforms: 'linux/amd64,linux/arm64',
        cache: 'none',
        builder: buildkit.builder,
      },
      buildkit.env,
    );
    expectSuccess(result);
    expect(result.outputs.platform).toBe('');
    expect(await manifestDigest(registry, repo('multi'), '1')).toBe(result.outputs.digest);
    const pushed = await readPushed(registry, repo('multi'), '1');
    expect(pushed.images.map((i) => i.architecture).sort()).toEqual(['amd64', 'arm64']);
  });
});

/**
 * Debian's engine: its `default` builder (docker driver, containerd image store) cannot push by
 * digest, so builder-setup: auto creates the docker-container builder `docker-pipeline-actions`:
 * a real BuildKit container on the engine (moby/buildkit:buildx-stable-1 is built locally, see
 * ensureBuildkitImage), driven by Debian's buildx 0.13. A DOCKER_CONFIG of the test's own keeps
 * that builder out of the shared buildx configuration; the test removes it (and its container).
 */
describe("push-by-digest with Debian's buildx 0.13 and the engine's docker driver (node20)", () => {
  let dockerConfig: string;
  const engine = () => ({ ...engineEnv, DOCKER_CONFIG: dockerConfig });
  beforeAll(async () => {
    await ensureBuildkitImage();
    dockerConfig = await createDockerConfig();
  }, 900_000);
  afterAll(async () => {
    await docker(['buildx', 'rm', SETUP_BUILDER], { env: { DOCKER_CONFIG: dockerConfig } });
  });

  it.each(PLATFORMS)(
    '%s: builder-setup auto starts a docker-container builder that can',
    async (platform) => {
      const name = `setup-${platform.split('/')[1]}`;
      const result = await build(digestInputs(name, platform), engine());
      expect(result.log).toMatch(/buildx 0\.13\.\d/);
      expect(result.log).toContain(
        'builder "default" uses the docker driver, which cannot push by digest: builder-setup is auto, so a docker-container builder is used',
      );
      expect(result.log).toContain(`--builder ${SETUP_BUILDER}`);
      await expectPushedByDigest(result, name, platform);
      const inspect = await docker(['buildx', 'inspect', SETUP_BUILDER], {
        env: { DOCKER_CONFIG: dockerConfig },
      });
      expect(inspect.stdout).toMatch(/^Driver:\s+docker-container$/m);
      expect(inspect.stdout).toMatch(/^Status:\s+running$/m);
      expect(inspect.stdout).toMatch(/^BuildKit version:\s+v0\.32\.\d+$/m);
    },
  );

  it('builder-setup false fails up front saying why, and pushes nothing', async () => {
    const result = await build(
      { ...digestInputs('refused', 'linux/amd64'), 'builder-setup': 'false' },
      engine(),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      'push-by-digest needs a BuildKit builder: builder "default" uses the docker driver, which cannot push by digest and builder-setup is false. Set builder-setup: auto, or pass a docker-container, remote or kubernetes builder as builder (docker/setup-buildx-action creates one)',
    ]);
    expect(result.log).not.toContain('buildx build');
    expect(await listTags(registry, repo('refused'))).toEqual([]);
  });
});
