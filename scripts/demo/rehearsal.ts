// Rehearses a per-service release (examples/per-service-release) on this machine: each service's
// build job, then the release-notes job (wait-for-manifests, then append-image-digests-to-release),
// all by running the real dist/ bundles the way the runner does.
import {
  docker,
  ensureBaseImage,
  ensureDocker,
  ensureRegistry,
  type DockerEnv,
  type Registry,
} from '../../testkit/services/index.js';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import { runAction, type RunResult } from '../../testkit/runner/index.js';
import { OWNER, REPO, tagPushEvent } from './fixture-repo.js';

export const SERVICES = ['api', 'worker', 'web'] as const;
const TOKEN = 'demo-token-not-a-secret';

export interface DemoEnv {
  docker: DockerEnv;
  registry: Registry;
  baseImage: string;
  api: GitHubApi;
  /** Unique per run so repeated demos and tests never share images. */
  namespace: string;
}

export async function startDemoEnv(namespace = `demo-${Date.now().toString(36)}`): Promise<DemoEnv> {
  const [dockerEnv, registry, baseImage, api] = await Promise.all([
    ensureDocker(),
    ensureRegistry('anonymous'),
    ensureBaseImage(),
    startGitHubApi({ owner: OWNER, repo: REPO, token: TOKEN }),
  ]);
  return { docker: dockerEnv, registry, baseImage, api, namespace };
}

export function imageName(env: DemoEnv, service: string): string {
  return `${env.registry.host}/${env.namespace}/${service}`;
}

/** The image tag the semver rule gives a release tag: v1.0.0 -> 1.0.0. */
export const imageTag = (tag: string): string => tag.replace(/^v/, '');

export interface ServiceBuild {
  service: string;
  ok: boolean;
  digest: string;
  seconds: number;
  cacheHitRatio: number;
  result: RunResult;
}

/** One service's release job: the build action with the cache tiers that work off GitHub. */
export async function buildService(
  env: DemoEnv,
  repo: string,
  tag: string,
  sha: string,
  service: string,
  opts: { broken?: boolean } = {},
): Promise<ServiceBuild> {
  const result = await runAction({
    action: 'build',
    event: tagPushEvent(tag, sha),
    workspace: repo,
    env: { ...env.docker.env, GITHUB_API_URL: env.api.url },
    timeoutMs: 600_000,
    inputs: {
      context: '.',
      target: service,
      images: imageName(env, service),
      'tag-rules': 'type=semver,pattern={{version}}\ntype=sha',
      'build-args': `BASE_IMAGE=${env.baseImage}\nSERVICE=${service}\nBREAK=${opts.broken ? 'yes' : 'no'}`,
      cache: 'registry,previous,inline',
      'cache-scope': `${env.namespace}-${service}`,
      push: 'true',
    },
  });
  return {
    service,
    ok: result.exitCode === 0,
    digest: result.outputs.digest ?? '',
    seconds: Number(result.outputs['build-seconds'] ?? result.durationMs / 1000),
    cacheHitRatio: Number(result.outputs['cache-hit-ratio'] ?? 0),
    result,
  };
}

export interface NotesRun {
  wait: RunResult;
  notes: RunResult;
  body: string;
}

/** The release-notes job: wait for every service's image, then write the release. */
export async function writeReleaseNotes(
  env: DemoEnv,
  tag: string,
  sha: string,
  services: readonly string[],
  opts: { timeout?: string } = {},
): Promise<NotesRun> {
  const event = tagPushEvent(tag, sha);
  const refs = services.map((s) => `${imageName(env, s)}:${imageTag(tag)}`);
  const wait = await runAction({
    action: 'wait-for-manifests',
    event,
    env: env.docker.env,
    inputs: {
      images: refs.join('\n'),
      timeout: opts.timeout ?? '2m',
      interval: '1s',
      'max-interval': '2s',
      'fail-on-missing': 'false',
    },
  });
  const notes = await runAction({
    action: 'append-image-digests-to-release',
    event,
    env: { GITHUB_API_URL: env.api.url, GITHUB_TOKEN: TOKEN },
    inputs: {
      tag,
      token: TOKEN,
      images: wait.outputs.found ?? '',
      digests: wait.outputs.digests ?? '{}',
      missing: wait.outputs.missing ?? '',
    },
  });
  const body = env.api.state.getReleaseByTag(tag)?.body ?? '';
  return { wait, notes, body };
}

/** Like a fresh runner: no local build cache, no local images (the registry keeps everything). */
export async function wipeBuilder(): Promise<void> {
  await docker(['buildx', 'prune', '--all', '--force']);
  await docker(['image', 'prune', '--all', '--force']);
}

export async function releaseAll(
  env: DemoEnv,
  repo: string,
  tag: string,
  sha: string,
  opts: { broken?: string[]; services?: readonly string[] } = {},
): Promise<ServiceBuild[]> {
  const services = opts.services ?? SERVICES;
  return Promise.all(
    services.map((s) => buildService(env, repo, tag, sha, s, { broken: opts.broken?.includes(s) })),
  );
}
