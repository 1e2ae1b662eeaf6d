// A multi-platform image made the way build-multiplatform.yml makes it, through the real bundles:
// one build run per platform with push-by-digest (as one runner each would run it), then one
// merge-manifests run on what the legs hand on (their `digest`/`platform` outputs, keyed as a
// matrix's outputs are, or their `image-refs`). Shared by the end-to-end test and the bench.
import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { runAction, type RunResult } from './runner/index.js';
import { servicesEnv, type Registry } from './services/index.js';
import type { Buildkit } from './services/buildkit.js';

export const LEG_PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;

/** What the environment of the runners (build legs and merge job) holds, and its removal. */
export interface RunnerEnv {
  env: Record<string, string>;
  /** The DOCKER_CONFIG: logged in to the registries, the current buildx as the docker plugin. */
  dockerConfig: string;
  dispose(): Promise<void>;
}

/**
 * The environment of a runner that uses the remote builder (`buildkit.builder`) after
 * docker/login-action: a DOCKER_CONFIG of its own with `auths` for every registry that has
 * credentials and the current buildx as `docker buildx`; the builder's definition comes from the
 * buildkit service's buildx folder (BUILDX_CONFIG).
 */
export async function remoteBuilderRunnerEnv(buildkit: Buildkit, registries: Registry[]): Promise<RunnerEnv> {
  const parent = path.join((await servicesEnv()).DPA_SERVICES_DIR!, 'tmp');
  await mkdir(parent, { recursive: true });
  const dockerConfig = await mkdtemp(path.join(parent, 'docker-config-legs-'));
  await mkdir(path.join(dockerConfig, 'cli-plugins'));
  await symlink(buildkit.buildx, path.join(dockerConfig, 'cli-plugins', 'docker-buildx'));
  const auths = Object.fromEntries(
    registries
      .filter((r) => r.username)
      .map((r) => [r.host, { auth: Buffer.from(`${r.username}:${r.password ?? ''}`).toString('base64') }]),
  );
  await writeFile(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths }, null, 2));
  return {
    env: {
      ...buildkit.env,
      DOCKER_CONFIG: dockerConfig,
      BUILDX_CONFIG: path.join(buildkit.dockerConfig, 'buildx'),
    },
    dockerConfig,
    dispose: () => rm(dockerConfig, { recursive: true, force: true }),
  };
}

export interface Leg {
  platform: string;
  /** The leg's `digest` output (an index of the image and its provenance). */
  digest: string;
  /** The leg's `image-refs` output, one name@digest per image name. */
  imageRefs: string[];
  durationMs: number;
  /** The step log. */
  log: string;
}

export interface LegOptions {
  workspace: string;
  /** Image names (no tags), e.g. 127.0.0.1:5000/app. */
  images: string[];
  platform: string;
  env: Record<string, string>;
  /** The build's `builder` input ('' = the active one: builder-setup decides). */
  builder?: string;
  /** More build inputs (build-args, no-cache, ...). */
  inputs?: Record<string, string>;
}

const lines = (text: string | undefined) => (text ?? '').split('\n').filter(Boolean);

function failure(what: string, result: RunResult): Error {
  return new Error(`${what} failed (exit ${result.exitCode}):\n${result.log.slice(-4000)}`);
}

/** One runner's leg: the build bundle with push-by-digest for one platform. */
export async function buildLeg(opts: LegOptions): Promise<Leg> {
  const result = await runAction({
    action: 'build',
    node: 'node24',
    workspace: opts.workspace,
    inputs: {
      images: opts.images.join('\n'),
      platforms: opts.platform,
      'push-by-digest': 'true',
      cache: 'none',
      builder: opts.builder ?? '',
      ...opts.inputs,
    },
    env: opts.env,
    timeoutMs: 300_000,
  });
  if (result.exitCode !== 0) throw failure(`build ${opts.platform}`, result);
  return {
    platform: result.outputs.platform ?? '',
    digest: result.outputs.digest ?? '',
    imageRefs: lines(result.outputs['image-refs']),
    durationMs: result.durationMs,
    log: result.log,
  };
}

/** How the merge job receives the legs' results. */
export type DigestsForm = 'matrix-json' | 'image-refs';

/**
 * `digests` as the merge job gets it: 'matrix-json' is `{platform: digest}` (each leg's
 * `platform` and `digest` outputs, as a matrix hands them on); 'image-refs' is every leg's
 * `image-refs` lines (name@digest for each image name).
 */
export function digestsInput(legs: Leg[], form: DigestsForm): string {
  if (form === 'image-refs') return legs.flatMap((leg) => leg.imageRefs).join('\n');
  return JSON.stringify(Object.fromEntries(legs.map((leg) => [leg.platform, leg.digest])));
}

/** The merge job: the merge-manifests bundle on the legs' results; throws when it fails. */
export async function mergeLegs(opts: {
  images: string[];
  legs: Leg[];
  tags: string[];
  form: DigestsForm;
  env: Record<string, string>;
}): Promise<RunResult> {
  const result = await runAction({
    action: 'merge-manifests',
    node: 'node24',
    inputs: {
      images: opts.images.join('\n'),
      digests: digestsInput(opts.legs, opts.form),
      tags: opts.tags.join('\n'),
      platforms: opts.legs.map((leg) => leg.platform).join(','),
    },
    env: opts.env,
  });
  if (result.exitCode !== 0) throw failure('merge-manifests', result);
  return result;
}
