// wait-for-manifests: 185 present references (seed 004's 37 languages x 5 models), measured on
// two local registries in the same run:
//   - the token-auth registry: the seed's case (its images are on ghcr.io, which answers every
//     client with a Bearer challenge, so each `docker manifest inspect` fetches a token);
//   - the anonymous registry: no auth at all, the cheapest case for the seed's loop.
// On each:
//   - the action (the real dist bundle on Node 24, as the runner starts it): wall time from spawn
//     to exit, and the HTTP requests it made (its own count, checked against a fault proxy with
//     no faults counting what reaches the registry);
//   - the seed's step: a sequential `docker manifest inspect --insecure` loop over the same
//     references with the engine's docker CLI (logged in, for the token registry).
// In BENCH_ROUNDS rounds (default 3) of BENCH_REPS action runs (default 3) and one seed loop.
// Targets: the action at most 1 s (median of all runs); action / seed loop at most 0.05 (median
// of the rounds' ratios).
// For context (no target), two floors the action cannot go below on this machine: the harness
// starting a Node script that does nothing, and the registry answering 185 HEADs (with the
// action's Accept header) on keep-alive connections, 16 at once, from a bare node:http client.
// Their sum over the seed loop is the lowest ratio any client could show here. Last, also for
// context: the anonymous registry behind BENCH_RTT_MS (default 20) of round-trip time.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy } from '../testkit/faults/fault-proxy.js';
import { startLatencyProxy } from '../testkit/faults/latency-proxy.js';
import { cleanupRunnerTemp, runAction, type RunResult } from '../testkit/runner/index.js';
import {
  dockerConfigFor,
  ensureDocker,
  ensureRegistry,
  getRegistryToken,
  MANIFEST_ACCEPT,
  type Registry,
  type RegistryKind,
} from '../testkit/services/index.js';
import { emptyDockerConfig, seedImage, tagManifest, uniqueRepo } from '../testkit/wait-for-manifests.js';

const LANGUAGES =
  'en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr bg lt la mi'.split(
    ' ',
  );
const MODELS = ['tiny', 'base', 'small', 'medium', 'large-v3'];
const REPS = Number(process.env.BENCH_REPS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WALL_TARGET_MS = 1_000;
const RATIO_TARGET = 0.05;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const verdict = (met: boolean) => (met ? 'target met' : 'TARGET MISSED');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

function requestsFrom(r: RunResult): number {
  const m = /present after [\d.]+s \((\d+) HTTP requests\)/.exec(r.log);
  if (!m) throw new Error(`no request count in the log:\n${r.log.slice(-2000)}`);
  return Number(m[1]);
}

async function runWait(registry: Registry, images: string[]): Promise<RunResult> {
  const credentials: Record<string, string> = registry.username
    ? { username: registry.username, password: registry.password ?? '' }
    : {};
  const r = await runAction({
    action: 'wait-for-manifests',
    node: 'node24',
    inputs: { images: images.join('\n'), timeout: '2m', ...credentials },
    env: { DOCKER_CONFIG: emptyDockerConfig() },
  });
  if (r.exitCode !== 0 || r.outputs['all-present'] !== 'true')
    throw new Error(`run failed:\n${r.log.slice(-3000)}`);
  return r;
}

/** The seed's loop, argv only: `for r; do docker manifest inspect --insecure "$r"; done`. */
async function seedLoop(images: string[], env: Record<string, string>): Promise<number> {
  const script =
    'for r in "$@"; do docker manifest inspect --insecure "$r" > /dev/null || { echo "missing $r" >&2; exit 1; }; done';
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('bash', ['-c', script, 'seed-loop', ...images], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`the seed loop failed (exit ${code})`);
  return performance.now() - started;
}

/** The registry's own floor: 185 HEADs, 16 at once, keep-alive, one token fetched beforehand. */
async function bareHeads(registry: Registry, repository: string, tags: string[]): Promise<number> {
  const headers: Record<string, string> = { accept: MANIFEST_ACCEPT };
  if (registry.kind === 'token') {
    headers.authorization = `Bearer ${await getRegistryToken(registry, [`repository:${repository}:pull`])}`;
  }
  const agent = new Agent({ keepAlive: true });
  const urls = tags.map((tag) => `${registry.url}/v2/${repository}/manifests/${tag}`);
  const started = performance.now();
  await mapLimit(
    urls,
    16,
    (url) =>
      new Promise<void>((resolve, reject) => {
        const req = request(url, { method: 'HEAD', agent, headers }, (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? resolve() : reject(new Error(`${url}: ${res.statusCode}`)),
          );
        });
        req.on('error', reject);
        req.end();
      }),
  );
  const ms = performance.now() - started;
  agent.destroy();
  return ms;
}

/** One small image pushed once, then tagged 185 times through the registry API. */
async function pushReferences(registry: Registry) {
  const seed = await seedImage(registry, `${uniqueRepo('bench')}/whisperx`);
  const tags = MODELS.flatMap((model) => LANGUAGES.map((lang) => `${model}-${lang}`));
  await mapLimit(tags, 8, (tag) => tagManifest(registry, seed, tag));
  const images = tags.map((tag) => `${registry.host}/${seed.repository}:${tag}`);
  return { seed, tags, images };
}

async function measure(kind: RegistryKind, noop: string): Promise<boolean> {
  const docker = await ensureDocker();
  const registry = await ensureRegistry(kind);
  const { seed, tags, images } = await pushReferences(registry);
  const auth = kind === 'anonymous' ? 'no auth' : `${kind} auth, credentials given`;
  console.log(`\n--- ${kind} registry ${registry.host} (${auth}): ${images.length} references pushed`);

  // The action, as the runner starts it; a warm-up run first (file cache, node24 binary).
  await runWait(registry, images);
  const requests = requestsFrom(await runWait(registry, images));

  // The same run through a fault proxy with no faults: what actually reaches the registry.
  if (kind === 'anonymous') {
    const proxy = await startFaultProxy(registry.url);
    try {
      const viaProxy = await runWait(
        registry,
        images.map((i) => i.replace(registry.host, proxy.host)),
      );
      if (proxy.stats.requests !== requestsFrom(viaProxy)) {
        throw new Error(
          `request counts differ: action says ${requestsFrom(viaProxy)}, proxy saw ${proxy.stats.requests}`,
        );
      }
    } finally {
      await proxy.close();
    }
  }

  // Rounds, each with the action runs, the floors and one seed loop (logged in as
  // docker/login-action would): this machine's speed drifts by tens of percent over a minute, so
  // each round's ratio compares figures taken moments apart, and the verdict is their median.
  const dockerConfig = await dockerConfigFor(registry);
  const runs: RunResult[] = [];
  const harnessFloor: number[] = [];
  const registryFloor: number[] = [];
  const rounds: { wall: number; baseline: number; ratio: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const walls: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const run = await runWait(registry, images);
      runs.push(run);
      walls.push(run.durationMs);
      harnessFloor.push(
        (await runAction({ action: 'wait-for-manifests', node: 'node24', entry: noop })).durationMs,
      );
      registryFloor.push(await bareHeads(registry, seed.repository, tags));
    }
    const baseline = await seedLoop(images, { ...docker.env, DOCKER_CONFIG: dockerConfig });
    rounds.push({ wall: median(walls), baseline, ratio: median(walls) / baseline });
  }
  const wall = median(runs.map((r) => r.durationMs));
  const ratio = median(rounds.map((r) => r.ratio));

  console.log(
    `action wall time: ${seconds(wall)} median of ${runs.length} (${runs.map((r) => seconds(r.durationMs)).join(', ')})`,
  );
  const counted = kind === 'anonymous' ? ' (confirmed by the proxy)' : '';
  console.log(`action HTTP requests: ${requests} for ${images.length} references${counted}`);
  console.log(
    `  its time in the wait loop (elapsed-seconds): ${runs.map((r) => r.outputs['elapsed-seconds']).join(', ')} s`,
  );
  console.log(`floor: the harness starting an empty Node script: ${seconds(median(harnessFloor))} median`);
  console.log(
    `floor: the registry answering ${images.length} bare HEADs (keep-alive, 16 at once): ${seconds(median(registryFloor))} median`,
  );
  for (const [i, r] of rounds.entries()) {
    console.log(
      `round ${i + 1}: action ${seconds(r.wall)} (median of ${REPS}), seed loop (docker manifest inspect x ${images.length}, sequential) ${seconds(r.baseline)}, ratio ${r.ratio.toFixed(4)}`,
    );
  }
  const floor = median(harnessFloor) + median(registryFloor);
  console.log(
    `for context: action / floor (harness + registry) ${(wall / floor).toFixed(2)}x; floor / seed loop ${(floor / median(rounds.map((r) => r.baseline))).toFixed(4)}`,
  );
  console.log(`ratio action / seed loop: ${ratio.toFixed(4)} (median of ${ROUNDS} rounds)`);
  console.log(`target action <= ${seconds(WALL_TARGET_MS)}: ${verdict(wall <= WALL_TARGET_MS)}`);
  console.log(`target ratio <= ${RATIO_TARGET}: ${verdict(ratio <= RATIO_TARGET)}`);
  return wall <= WALL_TARGET_MS && ratio <= RATIO_TARGET;
}

/**
 * For context (no target): the anonymous registry behind a round-trip time, as a registry across
 * a network is (on loopback the registry's CPU, shared with the action, is all that is measured).
 */
async function measureBehindLatency(rttMs: number): Promise<void> {
  const docker = await ensureDocker();
  const registry = await ensureRegistry('anonymous');
  const { images } = await pushReferences(registry);
  const proxy = await startLatencyProxy(Number(new URL(registry.url).port), rttMs);
  try {
    const remote = images.map((i) => i.replace(registry.host, proxy.host));
    console.log(`\n--- the anonymous registry behind a ${rttMs} ms round trip (for context, no target)`);
    await runWait(registry, remote);
    const walls: number[] = [];
    for (let i = 0; i < REPS; i++) walls.push((await runWait(registry, remote)).durationMs);
    const dockerConfig = await dockerConfigFor(registry);
    const baseline = await seedLoop(remote, { ...docker.env, DOCKER_CONFIG: dockerConfig });
    console.log(
      `action ${seconds(median(walls))} (median of ${REPS}), seed loop ${seconds(baseline)}, ratio ${(median(walls) / baseline).toFixed(4)}`,
    );
  } finally {
    await proxy.close();
  }
}

async function main() {
  console.log(
    `machine: ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const noop = join(mkdtempSync(join(tmpdir(), 'wfm-bench-')), 'noop.mjs');
  writeFileSync(noop, '');
  const met: string[] = [];
  for (const kind of ['token', 'anonymous'] as const) if (await measure(kind, noop)) met.push(kind);
  console.log(`\ntargets met on: ${met.join(', ') || 'neither registry'}`);
  await measureBehindLatency(Number(process.env.BENCH_RTT_MS ?? 20));
  await cleanupRunnerTemp();
}

await main();
