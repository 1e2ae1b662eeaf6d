// Finding buildx and a builder that can do what the cache tiers ask. The decisions are pure
// functions; the small async wrappers run `docker` through packages/exec.
import semver from 'semver';
import { ActionError } from '../../packages/action-io/index.js';
import { run, SpawnError, type RunResult } from '../../packages/exec/index.js';
import { EXPORTING_TIERS } from './cache-tiers.js';
import type { CacheTier } from './inputs.js';

/** --progress=rawjson and --annotation arrived in buildx 0.12. */
export const MIN_BUILDX = '0.12.0';
/** The GitHub cache service v2 (the only one on github.com since 2025-04-15) needs buildx 0.21. */
export const MIN_BUILDX_GHA_V2 = '0.21.0';
export const SETUP_BUILDER_NAME = 'docker-pipeline-actions';

export type Docker = (args: string[]) => Promise<RunResult>;

export function dockerCli(env: Record<string, string | undefined>, cwd?: string): Docker {
  return async (args) => {
    try {
      return await run('docker', args, { env, cwd });
    } catch (error) {
      if (error instanceof SpawnError && error.code === 'ENOENT') {
        throw new ActionError(
          'docker was not found on PATH: this action needs the Docker CLI with the buildx plugin',
        );
      }
      throw error;
    }
  };
}

/** `github.com/docker/buildx v0.20.1 abc` or Debian's `... 0.20.1+ds1 ...` -> `0.20.1`. */
export function parseBuildxVersion(output: string): string | undefined {
  const match = /\bv?(\d+\.\d+\.\d+)(?:[-+][\w.~-]*)?/.exec(output);
  return match ? match[1] : undefined;
}

/** The buildx version, checked; and the builder, inspected at the same time. */
export async function detectBuildxAndBuilder(
  docker: Docker,
  builder: string,
): Promise<[string, BuilderInfo]> {
  const [version, info] = await Promise.allSettled([detectBuildx(docker), inspectBuilder(docker, builder)]);
  // A missing or old buildx explains everything else: report it first.
  if (version.status === 'rejected') throw version.reason;
  if (info.status === 'rejected') throw info.reason;
  return [version.value, info.value];
}

export async function detectBuildx(docker: Docker): Promise<string> {
  const result = await docker(['buildx', 'version']);
  const version = result.exitCode === 0 ? parseBuildxVersion(result.stdout) : undefined;
  if (!version) {
    const detail = (result.stderr || result.stdout).trim().split('\n').slice(-1)[0] ?? '';
    throw new ActionError(
      `docker buildx is not available (${detail || `exit code ${result.exitCode}`}): this action needs the buildx plugin ${MIN_BUILDX} or newer (docker/setup-buildx-action installs it)`,
    );
  }
  if (semver.lt(version, MIN_BUILDX)) {
    throw new ActionError(
      `docker buildx ${version} is too old: this action needs ${MIN_BUILDX} or newer (for --progress=rawjson); docker/setup-buildx-action installs a current one`,
    );
  }
  return version;
}

export interface BuilderInfo {
  name: string;
  driver: string;
  /** For the docker driver: whether the daemon uses the containerd image store. */
  containerdStore: boolean;
}

/** Reads `Name:` and `Driver:` from `docker buildx inspect` (the first of each: the builder's). */
export function parseInspect(output: string): { name: string; driver: string } | undefined {
  const name = /^Name:\s*(\S+)/m.exec(output)?.[1];
  const driver = /^Driver:\s*(\S+)/m.exec(output)?.[1];
  return name && driver ? { name, driver } : undefined;
}

/**
 * True when `docker buildx inspect` shows a docker-driver builder backed by the containerd image
 * store: dockerd then runs BuildKit's containerd worker (`worker.executor: containerd`, with a
 * `worker.containerd.namespace`), which can export cache.
 */
export function inspectShowsContainerdStore(output: string): boolean {
  return /org\.mobyproject\.buildkit\.worker\.executor:\s*containerd\b/.test(output);
}

export async function inspectBuilder(docker: Docker, builder: string): Promise<BuilderInfo> {
  const result = await docker(['buildx', 'inspect', ...(builder ? [builder] : [])]);
  const info = result.exitCode === 0 ? parseInspect(result.stdout) : undefined;
  if (!info) {
    throw new ActionError(
      `builder ${builder ? `"${builder}"` : '(the active one)'} cannot be inspected: ${(result.stderr || result.stdout).trim()}`,
    );
  }
  if (info.driver !== 'docker') return { ...info, containerdStore: false };
  // Each docker CLI call costs 50-300 ms of the action's own overhead: ask the daemon only when
  // the builder's labels do not already say.
  if (inspectShowsContainerdStore(result.stdout)) return { ...info, containerdStore: true };
  const status = await docker(['info', '--format', '{{json .DriverStatus}}']);
  return {
    ...info,
    containerdStore: status.exitCode === 0 && status.stdout.includes('io.containerd.snapshotter'),
  };
}

export type BuilderDecision =
  | { kind: 'use' }
  | { kind: 'create'; reason: string }
  | { kind: 'drop'; tiers: CacheTier[]; userCacheTo: boolean; reason: string }
  | { kind: 'refuse'; reason: string };

/**
 * The docker driver cannot push by digest ("push-by-digest is currently not implemented for docker
 * driver"), with or without the containerd image store: `auto` creates a docker-container
 * builder, `false` refuses (nothing can be dropped instead). The plain docker driver cannot
 * export cache (gha, registry, local, any --cache-to but inline) unless the daemon uses the
 * containerd image store. `auto` then creates a docker-container builder; `false` drops what
 * cannot work, with a warning naming it.
 */
export function decideBuilder(
  info: BuilderInfo,
  wanted: { tiers: CacheTier[]; userCacheTo: string[]; pushByDigest?: boolean },
  setup: 'auto' | 'false',
): BuilderDecision {
  if (info.driver === 'docker' && wanted.pushByDigest) {
    const reason = `builder "${info.name}" uses the docker driver, which cannot push by digest`;
    if (setup === 'auto') return { kind: 'create', reason };
    return {
      kind: 'refuse',
      reason: `push-by-digest needs a BuildKit builder: ${reason} and builder-setup is false. Set builder-setup: auto, or pass a docker-container, remote or kubernetes builder as builder (docker/setup-buildx-action creates one)`,
    };
  }
  if (info.driver !== 'docker' || info.containerdStore) return { kind: 'use' };
  const tiers = wanted.tiers.filter((t) => EXPORTING_TIERS.includes(t));
  const userCacheTo = wanted.userCacheTo.some((e) => !/(^|,)type=inline(,|$)/.test(e));
  if (tiers.length === 0 && !userCacheTo) return { kind: 'use' };
  const reason = `builder "${info.name}" uses the docker driver without the containerd image store, which cannot export cache`;
  if (setup === 'auto') return { kind: 'create', reason };
  return { kind: 'drop', tiers, userCacheTo, reason };
}

/** Creates (or reuses) a docker-container builder and starts it; returns its name. */
export async function setupBuilder(docker: Docker, log: (line: string) => void): Promise<string> {
  const existing = await docker(['buildx', 'inspect', SETUP_BUILDER_NAME]);
  const info = existing.exitCode === 0 ? parseInspect(existing.stdout) : undefined;
  if (info?.driver !== 'docker-container') {
    if (info) await docker(['buildx', 'rm', SETUP_BUILDER_NAME]);
    log(`creating docker-container builder "${SETUP_BUILDER_NAME}"`);
    // host networking: the builder reaches registries the way the runner does (also on localhost).
    const created = await docker([
      'buildx',
      'create',
      '--name',
      SETUP_BUILDER_NAME,
      '--driver',
      'docker-container',
      '--driver-opt',
      'network=host',
    ]);
    if (created.exitCode !== 0) throw setupFailed(created);
  }
  const boot = await docker(['buildx', 'inspect', '--bootstrap', SETUP_BUILDER_NAME]);
  if (boot.exitCode !== 0) throw setupFailed(boot);
  return SETUP_BUILDER_NAME;
}

function setupFailed(result: RunResult): ActionError {
  const tail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ');
  return new ActionError(
    `builder-setup: auto could not start a docker-container builder (${tail}). Set one up with docker/setup-buildx-action and pass it as builder, enable the containerd image store, or set builder-setup: false to build without exporting cache`,
  );
}

/**
 * Whether buildx will find the GitHub cache service: it reads ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_CACHE_URL (v1) or ACTIONS_RESULTS_URL (v2, with ACTIONS_CACHE_SERVICE_V2) from its own
 * environment and silently skips a gha entry without them.
 */
export function ghaProblem(
  env: Record<string, string | undefined>,
  buildxVersion: string,
): string | undefined {
  const missing = (name: string) =>
    `gha cache inactive: ${name} is not set (the runner gives it to JavaScript actions such as this one, not to run: or composite steps); building without the gha tier`;
  if (!env.ACTIONS_RUNTIME_TOKEN) return missing('ACTIONS_RUNTIME_TOKEN');
  const v2 = ['true', '1'].includes((env.ACTIONS_CACHE_SERVICE_V2 ?? '').toLowerCase());
  if (v2) {
    if (!env.ACTIONS_RESULTS_URL) return missing('ACTIONS_RESULTS_URL');
    if (semver.lt(buildxVersion, MIN_BUILDX_GHA_V2)) {
      return `gha cache inactive: the GitHub cache service v2 needs buildx ${MIN_BUILDX_GHA_V2} or newer (found ${buildxVersion}); building without the gha tier`;
    }
    return undefined;
  }
  if (!env.ACTIONS_CACHE_URL) return missing('ACTIONS_CACHE_URL');
  return undefined;
}
