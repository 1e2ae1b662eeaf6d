// Phase 2 of a build: the plan. Cache scope and tiers (with what the builder phase dropped), the
// local tier's directory restored, and the exact buildx argv; logged as the "Cache plan" group.
import { resolve } from 'node:path';
import { core } from '../../packages/action-io/index.js';
import type { BuildAction } from './action-inputs.js';
import { imagesFor, planBuild, type BuildPlan } from './build-plan.js';
import { cacheScope, readOnlyCacheReason } from './cache-tiers.js';
import { isRemoteContext } from './inputs.js';
import { localCachePlan, restoreLocalCache, type LocalCache } from './local-cache.js';
import type { PreparedBuilder } from './prepare-builder.js';
import type { WorkDir } from './workdir.js';

export interface RunPlan extends BuildPlan {
  /** The local tier's directories, when that tier is on. */
  local?: LocalCache;
  /** The @actions/cache key the local tier was restored from (undefined: cold). */
  restoredKey?: string;
}

async function restoreLocal(
  action: BuildAction,
  builder: PreparedBuilder,
  runnerTemp: string,
): Promise<{ local?: LocalCache; restoredKey?: string }> {
  const { inputs, workspace, tags } = action;
  if (!inputs.cache.includes('local') || builder.dropped.local) return {};
  const contextDir = isRemoteContext(inputs.context) ? undefined : resolve(workspace, inputs.context);
  const scope = cacheScope(inputs, imagesFor(inputs, tags.tags));
  const local = localCachePlan(runnerTemp, scope, inputs.dockerfile, contextDir);
  const restoredKey = await core.group('Restore local cache', () =>
    restoreLocalCache(local, (w) => core.warning(w)),
  );
  core.info(restoredKey ? `local cache restored from ${restoredKey}` : 'local cache: cold');
  return { local, restoredKey };
}

/** `<server>/<repo>/actions/runs/<id>`: the provenance builder id, when known. */
function builderId(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env;
  return server && repo && runId ? `${server}/${repo}/actions/runs/${runId}` : undefined;
}

function logPlan({ cache }: BuildPlan): void {
  core.startGroup(`Cache plan (scope ${cache.scope})`);
  for (const { tier, from, to } of cache.tiers) {
    core.info(`${tier}: ${[from && `from ${from}`, to && `to ${to}`].filter(Boolean).join('; ')}`);
  }
  for (const skip of cache.skipped) core.info(`${skip.tier}: skipped (${skip.reason})`);
  for (const note of cache.notes) core.info(note);
  core.endGroup();
}

export async function planRun(
  action: BuildAction,
  builder: PreparedBuilder,
  work: WorkDir,
  env: NodeJS.ProcessEnv,
): Promise<RunPlan> {
  const { local, restoredKey } = await restoreLocal(action, builder, env.RUNNER_TEMP || work.dir);
  const plan = planBuild(action.inputs, {
    tags: action.tags.tags,
    labels: action.tags.labels,
    annotations: action.inputs.annotations,
    builder: builder.name,
    metadataFile: work.metadataFile,
    iidFile: work.iidFile,
    secretFiles: work.secretFiles,
    builderId: builderId(env),
    localDir: local && { src: local.src, dest: local.dest },
    dropped: builder.dropped,
    dropUserCacheTo: builder.dropUserCacheTo,
    readOnly: readOnlyCacheReason(action.inputs, env.GITHUB_EVENT_NAME),
  });
  logPlan(plan);
  return { ...plan, local, restoredKey };
}
