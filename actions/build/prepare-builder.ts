// Phase 1 of a build: check buildx, inspect the builder, and decide what it can do. A builder that
// cannot export cache is replaced (builder-setup: auto) or its exporting tiers are dropped (false);
// one that cannot push by digest (the docker driver) is replaced (auto) or the run fails (false);
// the gha tier is dropped when buildx will not find the GitHub cache service.
import { ActionError, core, neutralize } from '../../packages/action-io/index.js';
import { callUnsupported } from './buildx-flag-inputs.js';
import {
  decideBuilder,
  detectBuildxAndBuilder,
  ghaProblem,
  setupBuilder,
  type BuilderInfo,
  type Docker,
} from './buildx.js';
import type { BuildInputs, CacheTier } from './inputs.js';

export interface PreparedBuilder {
  /** The builder to pass to buildx ('' = the active one). */
  name: string;
  buildxVersion: string;
  /** Tiers that cannot work here, with the reason (shown as skipped in the plan and summary). */
  dropped: Partial<Record<CacheTier, string>>;
  /** Set when the user's own cache-to entries cannot work either. */
  dropUserCacheTo?: string;
}

function describeBuilder(info: BuilderInfo): string {
  const store =
    info.driver === 'docker' ? `, containerd image store ${info.containerdStore ? 'on' : 'off'}` : '';
  return neutralize(`builder "${info.name}": driver ${info.driver}${store}`);
}

async function chooseBuilder(docker: Docker, inputs: BuildInputs): Promise<PreparedBuilder> {
  const [buildxVersion, info] = await detectBuildxAndBuilder(docker, inputs.builder);
  core.info(`buildx ${buildxVersion}`);
  const noCall = callUnsupported(inputs.call, buildxVersion);
  if (noCall) throw new ActionError(noCall);
  core.info(describeBuilder(info));
  const wanted = { tiers: inputs.cache, userCacheTo: inputs.cacheTo, pushByDigest: inputs.pushByDigest };
  const decision = decideBuilder(info, wanted, inputs.builderSetup);
  if (decision.kind === 'use') return { name: inputs.builder, buildxVersion, dropped: {} };
  if (decision.kind === 'refuse') throw new ActionError(neutralize(decision.reason));
  if (decision.kind === 'create') {
    core.info(`${decision.reason}: builder-setup is auto, so a docker-container builder is used`);
    const name = await setupBuilder(docker, (line) => core.info(neutralize(line)));
    return { name, buildxVersion, dropped: {} };
  }
  const what = [...decision.tiers, ...(decision.userCacheTo ? ['cache-to'] : [])].join(', ');
  core.warning(`${decision.reason}; builder-setup is false, so these cache exports are dropped: ${what}`);
  const why = `${decision.reason} (builder-setup: false)`;
  return {
    name: inputs.builder,
    buildxVersion,
    dropped: Object.fromEntries(decision.tiers.map((tier) => [tier, why])),
    dropUserCacheTo: decision.userCacheTo ? why : undefined,
  };
}

export async function prepareBuilder(
  docker: Docker,
  inputs: BuildInputs,
  env: NodeJS.ProcessEnv,
): Promise<PreparedBuilder> {
  const builder = await core.group('Buildx and builder', () => chooseBuilder(docker, inputs));
  if (!inputs.cache.includes('gha') || builder.dropped.gha) return builder;
  const problem = ghaProblem(env, builder.buildxVersion);
  if (!problem) return builder;
  core.warning(problem);
  return { ...builder, dropped: { ...builder.dropped, gha: problem } };
}
