// The build action's work, in order: tags -> buildx and builder checks -> cache plan -> build
// (with retries) -> outputs, local cache rotation and the job summary. Everything it needs comes
// in as arguments (inputs, environment, event), so tests can drive it directly.
import { core, neutralize, type OutputValue } from '../../packages/action-io/index.js';
import { resolve } from 'node:path';
import { planBuild, imagesOfTags, type BuildPlan } from './build-plan.js';
import { buildWithRetries, BuildFailure } from './build-loop.js';
import { decideBuilder, detectBuildxAndBuilder, dockerCli, ghaProblem, setupBuilder } from './buildx.js';
import { cacheScope } from './cache-tiers.js';
import { isRemoteContext, type BuildInputs, type CacheTier } from './inputs.js';
import {
  localCachePlan,
  restoreLocalCache,
  rotateLocalCache,
  saveLocalCache,
  type LocalCache,
} from './local-cache.js';
import { readBuildResult } from './result.js';
import { writeSummary, type SummaryData } from './summary.js';
import { resolveTags } from './tags.js';
import { createWorkDir, maskSecrets } from './workdir.js';

export interface BuildEnvironment {
  env: Record<string, string | undefined>;
  workspace: string;
  event: Record<string, unknown>;
}

export async function runBuild(
  inputs: BuildInputs,
  environment: BuildEnvironment,
): Promise<Record<string, OutputValue>> {
  const { env, workspace } = environment;
  // Everything that can be wrong with the inputs fails here, before docker is touched.
  const tags = resolveTags(inputs, env, environment.event);
  tags.notices.forEach((n) => core.info(neutralize(n)));
  tags.warnings.forEach((w) => core.warning(w));
  maskSecrets(inputs.secrets);

  const images = tags.tags.length > 0 ? imagesOfTags(tags.tags) : inputs.images;
  const pushed = inputs.push || inputs.outputs.some((o) => /(^|,)push=true(,|$)/.test(o));
  const summary: SummaryData = {
    images: images.map((i) => i.name),
    tags: tags.tags,
    platforms: inputs.platforms,
    digest: '',
    imageRefs: [],
    seconds: 0,
    attempts: 0,
    builder: inputs.builder,
  };
  const work = createWorkDir(env.RUNNER_TEMP, inputs.secrets);
  try {
    const docker = dockerCli(env, workspace);
    const dropped: Partial<Record<CacheTier, string>> = {};
    let dropUserCacheTo: string | undefined;
    let builder = inputs.builder;
    const buildxVersion = await core.group('Buildx and builder', async () => {
      const [version, info] = await detectBuildxAndBuilder(docker, inputs.builder);
      core.info(`buildx ${version}`);
      core.info(
        `builder "${info.name}": driver ${info.driver}${info.driver === 'docker' ? `, containerd image store ${info.containerdStore ? 'on' : 'off'}` : ''}`,
      );
      const decision = decideBuilder(
        info,
        { tiers: inputs.cache, userCacheTo: inputs.cacheTo },
        inputs.builderSetup,
      );
      if (decision.kind === 'create') {
        core.info(`${decision.reason}: builder-setup is auto, so a docker-container builder is used`);
        builder = await setupBuilder(docker, (line) => core.info(line));
      } else if (decision.kind === 'drop') {
        const what = [...decision.tiers, ...(decision.userCacheTo ? ['cache-to'] : [])].join(', ');
        core.warning(
          `${decision.reason}; builder-setup is false, so these cache exports are dropped: ${what}`,
        );
        for (const tier of decision.tiers) dropped[tier] = `${decision.reason} (builder-setup: false)`;
        if (decision.userCacheTo) dropUserCacheTo = `${decision.reason} (builder-setup: false)`;
      }
      return version;
    });
    summary.builder = builder;
    if (inputs.cache.includes('gha') && !dropped.gha) {
      const problem = ghaProblem(env, buildxVersion);
      if (problem) {
        core.warning(problem);
        dropped.gha = problem;
      }
    }

    let local: LocalCache | undefined;
    let restoredKey: string | undefined;
    if (inputs.cache.includes('local') && !dropped.local) {
      const contextDir = isRemoteContext(inputs.context) ? undefined : resolve(workspace, inputs.context);
      local = localCachePlan(
        env.RUNNER_TEMP || work.dir,
        cacheScope(inputs, images),
        inputs.dockerfile,
        contextDir,
      );
      restoredKey = await core.group('Restore local cache', () =>
        restoreLocalCache(local as LocalCache, (w) => core.warning(w)),
      );
      core.info(restoredKey ? `local cache restored from ${restoredKey}` : 'local cache: cold');
    }

    const plan: BuildPlan = planBuild(inputs, {
      tags: tags.tags,
      labels: tags.labels,
      annotations: inputs.annotations,
      builder,
      metadataFile: work.metadataFile,
      iidFile: work.iidFile,
      secretFiles: work.secretFiles,
      builderId: builderId(env),
      localDir: local && { src: local.src, dest: local.dest },
      dropped,
      dropUserCacheTo,
    });
    summary.cache = plan.cache;
    logPlan(plan);

    const loop = await buildWithRetries({
      argv: plan.argv,
      retries: inputs.retries,
      env,
      cwd: workspace,
      metadataFile: work.metadataFile,
    }).catch((error: unknown) => {
      if (error instanceof BuildFailure) {
        summary.stats = error.reader.stats();
        summary.attempts = error.attempts;
        summary.seconds = error.seconds;
      }
      throw error;
    });
    const stats = loop.reader.stats();
    const result = readBuildResult(work, images, pushed);
    Object.assign(summary, {
      stats,
      attempts: loop.attempts,
      seconds: loop.seconds,
      digest: result.digest,
      imageRefs: result.imageRefs,
    });
    core.info(`cache hits: ${stats.cached} of ${stats.steps} steps (ratio ${stats.ratio})`);
    if (!result.digest) core.info('no image digest: the build exported no image (push and load are false)');
    else if (!pushed)
      core.info(`digest ${result.digest} is the image's in the local image store (not pushed)`);

    if (local && rotateLocalCache(local)) {
      await core.group('Save local cache', () =>
        saveLocalCache(local as LocalCache, restoredKey, (w) => core.warning(w)),
      );
    }
    await writeSummary(summary);
    return {
      digest: result.digest,
      imageid: result.imageId,
      metadata: result.metadata,
      tags: tags.tags,
      'image-refs': result.imageRefs,
      'cache-hit-ratio': stats.ratio,
      'build-seconds': Math.round(loop.seconds * 100) / 100,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const tail = error instanceof BuildFailure ? error.reader.tail(30) : [];
    await writeSummary({ ...summary, failure: { message, tail } }).catch(() => undefined);
    throw error;
  } finally {
    work.remove();
  }
}

function builderId(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env;
  return server && repo && runId ? `${server}/${repo}/actions/runs/${runId}` : undefined;
}

function logPlan(plan: BuildPlan): void {
  const { cache } = plan;
  core.startGroup(`Cache plan (scope ${cache.scope})`);
  for (const tier of cache.tiers) {
    core.info(
      `${tier.tier}: ${[tier.from && `from ${tier.from}`, tier.to && `to ${tier.to}`].filter(Boolean).join('; ')}`,
    );
  }
  for (const skip of cache.skipped) core.info(`${skip.tier}: skipped (${skip.reason})`);
  for (const note of cache.notes) core.info(note);
  core.endGroup();
}
