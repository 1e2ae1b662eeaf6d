// The BuildKit side of the test services: a current buildkitd (the one GitHub's runners use, built
// from the Go module proxy by scripts/services-buildkit.sh) registered as the `remote` builder
// `dpa-buildkit` for a current buildx, QEMU for linux/arm64, the amd64+arm64 busybox base image,
// and per-platform images pushed by digest (what a multi-platform leg produces; merge-manifests
// tests start from them). Services are shared and left running, like the others.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  checkPushedDigest,
  dockerConfigFor,
  ensureDocker,
  run,
  servicesEnv,
  start,
  type Registry,
} from './index.js';

export interface Buildkit {
  /** The remote-driver builder's name (pass as the build action's `builder` input). */
  builder: string;
  /** DOCKER_CONFIG whose cli-plugins/docker-buildx is the current buildx and that knows the builder. */
  dockerConfig: string;
  /** The current buildx binary (standalone use: `buildx build ...`). */
  buildx: string;
  /** unix:///.../buildkitd.sock */
  socket: string;
  /** DOCKER_HOST (the private engine), DOCKER_CONFIG (the one above), PATH (engine bin first). */
  env: Record<string, string>;
}

function required(env: Record<string, string>, key: string): string {
  const value = env[key];
  if (!value) throw new Error(`services.sh env did not print ${key}`);
  return value;
}

/** Registers qemu-aarch64 in binfmt_misc (F flag): linux/arm64 RUN steps work on amd64. */
export async function ensureQemu(): Promise<void> {
  await start('qemu');
}

/** Starts (building it on first use) buildkitd with QEMU, and registers the remote builder. */
export async function ensureBuildkit(): Promise<Buildkit> {
  const docker = await ensureDocker();
  await start('buildkit');
  const env = await servicesEnv();
  const dockerConfig = required(env, 'DPA_BUILDKIT_DOCKER_CONFIG');
  return {
    builder: required(env, 'DPA_BUILDKIT_BUILDER'),
    dockerConfig,
    buildx: required(env, 'DPA_BUILDX'),
    socket: required(env, 'DPA_BUILDKIT_SOCKET'),
    env: { ...docker.env, DOCKER_CONFIG: dockerConfig },
  };
}

/**
 * Puts `moby/buildkit:buildx-stable-1` (the docker-container driver's image: the same buildkitd
 * and buildctl, and Debian's runc) in the engine's image store. Docker Hub cannot be reached and
 * buildx then uses the local image, so `buildx create --driver docker-container` (builder-setup:
 * auto) starts a real builder container. Whoever creates such a builder removes it (buildx rm).
 */
export async function ensureBuildkitImage(): Promise<void> {
  await start('buildkit-image');
}

/**
 * Puts the SBOM generator stand-in (testkit/stand-ins/sbom-scanner) in the engine's image store as
 * `docker/buildkit-syft-scanner:stable-1`, BuildKit's default generator, which the engine's builder
 * then uses without pulling (`sbom: true` works), and pushes it to the anonymous registry; returns
 * that ref, the `generator=` for builders that cannot see the engine's images.
 */
export async function ensureSbomScanner(): Promise<string> {
  await start('sbom-scanner');
  return required(await servicesEnv(), 'DPA_SBOM_SCANNER');
}

/** `127.0.0.1:5000/base/busybox-multiarch:latest`: busybox-static for linux/amd64 and linux/arm64. */
export async function ensureMultiarchBaseImage(): Promise<string> {
  await start('base-image-multiarch');
  return required(await servicesEnv(), 'DPA_BASE_IMAGE_MULTIARCH');
}

/** A Dockerfile whose RUN steps run on the target platform (under QEMU for arm64). */
export function platformDockerfile(base: string, marker = randomBytes(8).toString('hex')): string {
  return [
    `FROM ${base}`,
    // busybox's shell re-executes itself for applets: call them through /bin/busybox (QEMU)
    'RUN /bin/busybox uname -m > /arch',
    `RUN /bin/busybox echo ${marker} > /marker`,
    '',
  ].join('\n');
}

export interface PlatformDigest {
  /** The pushed manifest or index (an index with provenance). */
  digest: string;
  platform: string;
  /** `<registry>/<repository>@<digest>` */
  ref: string;
}

/**
 * Builds `platformDockerfile` for one platform on the remote builder and pushes it to
 * `<registry>/<repository>` by digest only (no tag), as one leg of a multi-platform build does.
 * `provenance: false` pushes a bare image manifest; by default a min provenance attestation is
 * pushed with it (the digest is then an index). Works for every registry kind (logs in for auth).
 */
export async function pushPlatformDigest(
  registry: Registry,
  repository: string,
  platform: string,
  opts: { provenance?: boolean; dockerfile?: string } = {},
): Promise<PlatformDigest> {
  const buildkit = await ensureBuildkit();
  const base = await ensureMultiarchBaseImage();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dpa-platform-digest-'));
  try {
    await writeFile(path.join(dir, 'Dockerfile'), opts.dockerfile ?? platformDockerfile(base));
    const name = `${registry.host}/${repository}`;
    const metadataFile = path.join(dir, 'metadata.json');
    const args = ['build', '--builder', buildkit.builder, '--platform', platform];
    args.push('--provenance', opts.provenance === false ? 'false' : 'mode=min');
    args.push('--output', `type=image,name=${name},push-by-digest=true,name-canonical=true,push=true`);
    args.push('--metadata-file', metadataFile, dir);
    // auth from the registry's Docker config; the builder from the buildkit one
    const env = {
      DOCKER_CONFIG: await dockerConfigFor(registry),
      BUILDX_CONFIG: path.join(buildkit.dockerConfig, 'buildx'),
    };
    const result = await run(buildkit.buildx, args, { env });
    if (result.code !== 0) throw new Error(`buildx ${args.join(' ')} failed:\n${result.stderr}`);
    const digest = await checkPushedDigest(metadataFile, registry, repository);
    return { digest, platform, ref: `${name}@${digest}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
