// wait-for-manifests: how soon after a reference is pushed the waiting action returns (acceptance
// 1b, moved here from the timed assertion of wait-for-manifests-timing.test.ts). The action (the
// dist bundle on Node 24) waits with interval 500ms and max-interval 2s for a reference that is
// pushed (a manifest PUT) after BENCH_PAUSE_MS (default 8000: enough for the backoff to reach
// max-interval); measured: wall time from the push to the process's exit, over BENCH_REPS runs
// (default 5) on the anonymous registry.
// Target: median at most max-interval + 1 s. For context, the same measurement for a reference
// that is already there (start-up and one check: the part of the latency that is not polling).
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanupRunnerTemp, runAction } from '../testkit/runner/index.js';
import { ensureRegistry } from '../testkit/services/index.js';
import {
  emptyDockerConfig,
  lines,
  seedImage,
  tagManifest,
  uniqueRepo,
} from '../testkit/wait-for-manifests.js';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 8_000);
const INTERVAL_MS = 500;
const MAX_INTERVAL_MS = 2_000;
const TARGET_MS = MAX_INTERVAL_MS + 1_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const registry = await ensureRegistry('anonymous');
const seed = await seedImage(registry, uniqueRepo('latency'));
const dockerConfig = emptyDockerConfig();

/** Starts the action waiting for `tag`, pushes it after `pauseMs`; ms from the push to the exit. */
async function pushToExit(tag: string, pauseMs: number): Promise<number> {
  const image = `${registry.host}/${seed.repository}:${tag}`;
  let pushedAt = 0;
  const push = async () => {
    await sleep(pauseMs);
    await tagManifest(registry, seed, tag);
    pushedAt = performance.now();
  };
  const run = runAction({
    action: 'wait-for-manifests',
    node: 'node24',
    inputs: {
      images: image,
      timeout: '2m',
      interval: `${INTERVAL_MS}ms`,
      'max-interval': `${MAX_INTERVAL_MS}ms`,
    },
    env: { DOCKER_CONFIG: dockerConfig },
    timeoutMs: 180_000,
  }).then((r) => ({ r, exitedAt: performance.now() }));
  const [{ r, exitedAt }] = await Promise.all([run, push()]);
  if (r.exitCode !== 0 || lines(r.outputs.found)[0] !== image)
    throw new Error(`the action did not find ${image}:\n${r.log.slice(-2000)}`);
  return exitedAt - pushedAt;
}

const late: number[] = [];
const present: number[] = [];
for (let i = 0; i < REPS; i++) {
  late.push(await pushToExit(`late-${Date.now()}-${i}`, PAUSE_MS));
  // pushed before the action starts: what is left is start-up, one check and exit
  present.push(await pushToExit(`present-${Date.now()}-${i}`, 0));
}
await cleanupRunnerTemp();
const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;
console.log(
  `push after ${ms(PAUSE_MS)} -> exit: median ${ms(median(late))} (${late.map(ms).join(', ')}); ` +
    `target <= ${ms(TARGET_MS)} (max-interval + 1 s): ${median(late) <= TARGET_MS ? 'target met' : 'TARGET MISSED'}`,
);
console.log(`for context, already present -> exit: median ${ms(median(present))}`);
