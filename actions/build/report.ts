// Phase 4 of a build: what it produced (digest, image id, metadata, image refs), the local cache
// directory kept for the next job, and the step's outputs and job summary; or, when a phase
// failed, the failure with what was known so far.
import {
  ActionError,
  InputError,
  core,
  neutralize,
  type ActionResult,
} from '../../packages/action-io/index.js';
import { evaluatesOnly } from './argv.js';
import { BuildFailure, type LoopResult } from './build-loop.js';
import type { BuildInputs } from './inputs.js';
import { rotateLocalCache, saveLocalCache } from './local-cache.js';
import type { RunPlan } from './plan-run.js';
import { builtPlatform } from './push-by-digest.js';
import { readBuildResult, type BuildResult } from './result.js';
import { renderSummary, type SummaryData } from './summary.js';
import type { WorkDir } from './workdir.js';

/** Whether the image leaves for a registry (push, or an output with push=true). */
export function pushes(inputs: Pick<BuildInputs, 'push' | 'outputs'>): boolean {
  return inputs.push || inputs.outputs.some((o) => /(^|,)push=true(,|$)/.test(o));
}

function logResult(loop: LoopResult, result: BuildResult, pushed: boolean, call: string): void {
  const stats = loop.reader.stats();
  core.info(`cache hits: ${stats.cached} of ${stats.steps} steps (ratio ${stats.ratio})`);
  if (evaluatesOnly({ call }))
    core.info(`call ${call}: nothing was exported or pushed, and there is no digest`);
  else if (!result.digest)
    core.info('no image digest: the build exported no image (push and load are false)');
  else if (!pushed) core.info(`digest ${result.digest} is the image's in the local image store (not pushed)`);
}

/** The local tier: the directory this build wrote replaces the old one and is saved for later jobs. */
async function keepLocalCache(plan: RunPlan): Promise<void> {
  const { local, restoredKey } = plan;
  if (!local || !rotateLocalCache(local)) return;
  await core.group('Save local cache', () => saveLocalCache(local, restoredKey, (w) => core.warning(w)));
}

export async function reportBuild(
  inputs: BuildInputs,
  known: SummaryData,
  plan: RunPlan,
  loop: LoopResult,
  work: WorkDir,
): Promise<ActionResult> {
  const pushed = pushes(inputs) && !evaluatesOnly(inputs);
  const result = readBuildResult(work, plan.images, pushed);
  const stats = loop.reader.stats();
  logResult(loop, result, pushed, inputs.call);
  await keepLocalCache(plan);
  const build = { stats, attempts: loop.attempts, seconds: loop.seconds };
  return {
    outputs: {
      digest: result.digest,
      imageid: result.imageId,
      metadata: result.metadata,
      tags: known.tags,
      platform: builtPlatform(inputs.platforms),
      'image-refs': result.imageRefs,
      'cache-hit-ratio': stats.ratio,
      'build-seconds': Math.round(loop.seconds * 100) / 100,
    },
    summary: renderSummary({ ...known, build, result }),
  };
}

/** A failed phase: the summary says how far the run got, the step fails with the error. */
export function reportFailure(error: unknown, known: SummaryData): ActionResult {
  const err = error instanceof Error ? error : new Error(String(error));
  // An unexpected error (a bug) keeps its stack, for step debug logging.
  if (!(err instanceof ActionError || err instanceof InputError) && err.stack)
    core.debug(neutralize(err.stack));
  const build =
    err instanceof BuildFailure
      ? { stats: err.reader.stats(), attempts: err.attempts, seconds: err.seconds }
      : known.build;
  const tail = err instanceof BuildFailure ? err.reader.tail(30) : [];
  return {
    summary: renderSummary({ ...known, build, failure: { message: err.message, tail } }),
    failure: err.message,
  };
}
