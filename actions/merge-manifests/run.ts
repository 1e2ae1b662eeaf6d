// merge-manifests: read every digest in every repository (all present, or fail before pushing),
// build one OCI index per image, push it under every tag, verify, and return the outputs and
// the job summary.
import { core, InputError, type ActionResult } from '../../packages/action-io/index.js';
import {
  createRegistryClient,
  credentialInputsWarning,
  loadCredentialStore,
} from '../../packages/registry-client/index.js';
import type { MergeInputs } from './inputs.js';
import { buildIndex, MergeError } from './oci-index.js';
import { pushAll, verifyAll, type Merged } from './push.js';
import { mergeOutputs, summaryText } from './report.js';
import { readAllSources } from './sources.js';

/** The indexes to push; a duplicate, misplaced or missing platform is an InputError (nothing pushed). */
function buildIndexes(inputs: MergeInputs, sources: Awaited<ReturnType<typeof readAllSources>>): Merged[] {
  return inputs.plans.map((plan, i) => {
    try {
      return {
        plan,
        index: buildIndex(sources[i], { platforms: inputs.platforms, annotations: inputs.annotations }),
      };
    } catch (error) {
      if (error instanceof MergeError)
        throw new InputError(error.input, `${plan.image.name}: ${error.message}`);
      throw error;
    }
  });
}

export async function run(inputs: MergeInputs, env: NodeJS.ProcessEnv): Promise<ActionResult> {
  const started = Date.now();
  const spread = credentialInputsWarning(
    inputs.credentials,
    inputs.plans.map((p) => p.image.registry),
  );
  if (spread) core.warning(spread);
  const credentials = await loadCredentialStore(inputs.credentials, env, { helperTimeoutMs: 30_000 });
  const client = createRegistryClient({
    credentials,
    insecureRegistries: inputs.insecureRegistries,
    requestTimeoutMs: inputs.requestTimeoutMs,
    userAgent: 'docker-pipeline-actions/merge-manifests',
    log: core.debug,
    mask: core.setSecret,
  });
  try {
    const count = inputs.plans.reduce((n, p) => n + p.digests.length, 0);
    const sources = await core.group(
      `Reading ${count} digest(s) in ${inputs.plans.length} repositories`,
      () => readAllSources(client, inputs.plans),
    );
    const merged = buildIndexes(inputs, sources);
    for (const { plan, index } of merged)
      core.info(`${plan.image.name}: index ${index.digest} with ${index.platforms.join(', ')}`);
    await core.group('Pushing the indexes', () => pushAll(client, merged, core.info));
    await core.group('Verifying', () => verifyAll(client, merged, inputs.platforms));
    core.info(
      `done in ${((Date.now() - started) / 1000).toFixed(1)}s (${client.requestCount} HTTP requests)`,
    );
    return { outputs: mergeOutputs(merged), summary: summaryText(merged, Date.now() - started) };
  } finally {
    await client.close();
  }
}
