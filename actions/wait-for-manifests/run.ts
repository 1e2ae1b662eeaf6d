// wait-for-manifests: load the credentials, poll every reference until all are present or the
// timeout, then return the outputs and the job summary, and fail (or warn) listing what is missing.
import {
  core,
  headerRow,
  LineBatch,
  summaryMarkup,
  type ActionResult,
} from '../../packages/action-io/index.js';
import {
  createRegistryClient,
  credentialInputsWarning,
  loadCredentialStore,
  type RegistryClient,
} from '../../packages/registry-client/index.js';
import { sleep } from '../../packages/time-limit/sleep.js';
import { formatDuration } from '../../packages/units/duration.js';
import type { WaitInputs, WantedImage } from './inputs.js';
import { appearedLine, missingMessage, progressLine, seconds, summaryRows, waitOutputs } from './report.js';
import { waitForManifests, type Clock, type WaitResult } from './wait-loop.js';

export const realClock: Clock = {
  now: () => Date.now(),
  sleep,
};

export async function run(inputs: WaitInputs, env: NodeJS.ProcessEnv): Promise<ActionResult> {
  // A credential helper may not outlive the wait by much (the loop stops at the deadline anyway).
  const helperTimeoutMs = Math.min(30_000, Math.max(5_000, inputs.timeoutMs));
  const spread = credentialInputsWarning(
    inputs.credentials,
    inputs.images.map((i) => i.ref.registry),
  );
  if (spread) core.warning(spread);
  const credentials = await loadCredentialStore(inputs.credentials, env, { helperTimeoutMs });
  const client = createRegistryClient({
    credentials,
    insecureRegistries: inputs.insecureRegistries,
    requestTimeoutMs: inputs.requestTimeoutMs,
    userAgent: 'docker-pipeline-actions/wait-for-manifests',
    log: core.debug,
    mask: core.setSecret,
  });
  const result = await pollAll(inputs, client);
  const { images } = inputs;
  const present = result.outcomes.filter((o) => o.status === 'present').length;
  core.info(
    `${present}/${images.length} present after ${seconds(result.elapsedMs)} (${client.requestCount} HTTP requests)`,
  );
  const report: ActionResult = { outputs: waitOutputs(result), summary: summaryText(result, present) };
  if (result.allPresent) return report;
  const message = missingMessage(result, inputs.timeoutMs);
  if (inputs.failOnMissing) return { ...report, failure: message };
  core.warning(message);
  return report;
}

/** Polls every reference (in a log group) until all are present or the timeout. */
function pollAll(inputs: WaitInputs, client: RegistryClient): Promise<WaitResult<WantedImage>> {
  const { images, platforms } = inputs;
  const what = platforms.length ? ` with ${platforms.join(', ')}` : '';
  const limit = inputs.timeoutMs === 0 ? 'one check' : `timeout ${formatDuration(inputs.timeoutMs)}`;
  // References found together are logged together (within 100 ms), not one write per line.
  const appeared = new LineBatch(core.info, 100);
  return core.group(`Waiting for ${images.length} image(s)${what} (${limit})`, async () => {
    try {
      return await waitForManifests<WantedImage>({
        items: images,
        check: (image, signal) => client.checkManifest(image.ref, { platforms, signal }),
        timeoutMs: inputs.timeoutMs,
        intervalMs: inputs.intervalMs,
        maxIntervalMs: inputs.maxIntervalMs,
        concurrency: inputs.concurrency,
        clock: realClock,
        random: Math.random,
        onPresent: (o) => appeared.add(appearedLine(o)),
        onRound: (p) => {
          appeared.flush();
          core.info(progressLine(p));
        },
      });
    } finally {
      appeared.flush();
    }
  });
}

function summaryText(result: WaitResult<WantedImage>, present: number): string {
  const total = result.outcomes.length;
  return summaryMarkup((summary) =>
    summary
      .addHeading('Images', 3)
      .addRaw(`${present} of ${total} present after ${seconds(result.elapsedMs)}.`, true)
      .addTable([
        headerRow('Reference', 'Status', 'Digest', 'Platforms', 'Time to appear'),
        ...summaryRows(result),
      ]),
  );
}
