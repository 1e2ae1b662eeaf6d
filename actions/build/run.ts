// The build action's work, as phases that each return what they found: prepare the builder ->
// plan (images, tags, cache scope and tiers, argv) -> build with retries -> result and summary.
// Everything comes in as arguments (what readInputs read, the environment), and everything goes
// out as the ActionResult (outputs, summary, failure): runAction writes it.
import { resolve } from 'node:path';
import { core, neutralize, type ActionResult } from '../../packages/action-io/index.js';
import type { BuildAction } from './action-inputs.js';
import { BuildFailure, buildWithRetries, type LoopResult } from './build-loop.js';
import { callMethod } from './buildx-flag-inputs.js';
import { reportCheckFindings } from './check-findings.js';
import { gitCredentialWarning } from './context-check.js';
import { isRemoteContext } from './inputs.js';
import { imagesFor } from './build-plan.js';
import { dockerCli } from './buildx.js';
import { planRun } from './plan-run.js';
import { prepareBuilder } from './prepare-builder.js';
import { reportBuild, reportFailure } from './report.js';
import type { SummaryData } from './summary.js';
import { createWorkDir, maskSecrets, type WorkDir } from './workdir.js';

/** What the summary can say before anything runs. */
function requested({ inputs, tags }: BuildAction): SummaryData {
  return {
    images: imagesFor(inputs, tags.tags).map((i) => i.name),
    tags: tags.tags,
    platforms: inputs.platforms,
    builder: inputs.builder,
    byDigest: inputs.pushByDigest,
  };
}

async function runPhases(action: BuildAction, env: NodeJS.ProcessEnv, work: WorkDir): Promise<ActionResult> {
  const { inputs, workspace } = action;
  const context = isRemoteContext(inputs.context) ? inputs.context : resolve(workspace, inputs.context);
  const dockerfile = inputs.dockerfile ? resolve(workspace, inputs.dockerfile) : undefined;
  const leak = gitCredentialWarning({ context, dockerfile });
  if (leak) core.warning(leak);
  const builder = await prepareBuilder(dockerCli(env, workspace), inputs, env);
  const plan = await planRun(action, builder, work, env);
  const known: SummaryData = { ...requested(action), builder: builder.name, cache: plan.cache };
  const build = {
    argv: plan.argv,
    retries: inputs.retries,
    env,
    cwd: workspace,
    metadataFile: work.metadataFile,
  };
  const check = (reader: LoopResult['reader']) =>
    callMethod(inputs.call) === 'check'
      ? reportCheckFindings(reader.plainLines(), workspace, dockerfile ?? '')
      : undefined;
  return buildWithRetries(build).then(
    (loop) => {
      check(loop.reader);
      return reportBuild(inputs, known, plan, loop, work);
    },
    (error: unknown) => {
      const found = error instanceof BuildFailure ? check(error.reader) : undefined;
      if (found && error instanceof BuildFailure)
        error = new BuildFailure(
          `docker buildx build --call check: ${found}`,
          error.reader,
          error.attempts,
          error.seconds,
        );
      return reportFailure(error, known);
    },
  );
}

export async function runBuild(action: BuildAction, env: NodeJS.ProcessEnv): Promise<ActionResult> {
  action.tags.notices.forEach((n) => core.info(neutralize(n)));
  action.tags.warnings.forEach((w) => core.warning(w));
  maskSecrets(action.inputs.secrets);
  const work = createWorkDir(env.RUNNER_TEMP, action.inputs.secrets);
  try {
    return await runPhases(action, env, work);
  } catch (error) {
    return reportFailure(error, requested(action));
  } finally {
    work.remove();
  }
}
