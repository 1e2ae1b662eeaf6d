// wait-for-manifests: 185 present references (seed 004's 37 languages x 5 models) on the local
// registry. Measured in the same run:
//   - the action (the real dist bundle on Node 24, as the runner starts it): wall time from spawn
//     to exit, median of BENCH_REPS runs, and the HTTP requests it made (its own count, checked
//     against a fault proxy with no faults counting what reaches the registry);
//   - the seed's step: a sequential `docker manifest inspect --insecure` loop over the same
//     references with the engine's docker CLI.
// Targets: the action at most 1 s; action / seed loop at most 0.05.
// For context (no target), two floors the action cannot go below on this machine: the harness
// starting a Node script that does nothing, and the registry answering 185 HEADs on keep-alive
// connections (16 at once) to a bare node:http client in this process.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy } from '../__tests__/support/fault-proxy.js';
import { cleanupRunnerTemp, runAction, type RunResult } from '../__tests__/support/runner.js';
import { ensureDocker, ensureRegistry } from '../__tests__/support/services.js';
import {
  emptyDockerConfig,
  seedImage,
  tagManifest,
  uniqueRepo,
} from '../__tests__/integration/wait-for-manifests-helpers.js';

const LANGUAGES =
  'en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr bg lt la mi'.split(
    ' ',
  );
const MODELS = ['tiny', 'base', 'small', 'medium', 'large-v3'];
const REPS = Number(process.env.BENCH_REPS ?? 5);
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

async function runWait(images: string[]): Promise<RunResult> {
  const r = await runAction({
    action: 'wait-for-manifests',
    node: 'node24',
    inputs: { images: images.join('\n'), timeout: '2m' },
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

/** The registry's own floor: 185 HEADs, 16 at once, keep-alive, no auth, nothing else. */
async function bareHeads(images: string[]): Promise<number> {
  const agent = new Agent({ keepAlive: true });
  const urls = images.map((image) => {
    const slash = image.indexOf('/');
    const colon = image.lastIndexOf(':');
    return `http://${image.slice(0, slash)}/v2/${image.slice(slash + 1, colon)}/manifests/${image.slice(colon + 1)}`;
  });
  const started = performance.now();
  await mapLimit(
    urls,
    16,
    (url) =>
      new Promise<void>((resolve, reject) => {
        const req = request(url, { method: 'HEAD', agent }, (res) => {
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

async function main() {
  const docker = await ensureDocker();
  const registry = await ensureRegistry('anonymous');
  console.log(
    `machine: ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  // One small image pushed once, then tagged 185 times through the registry API.
  const seed = await seedImage(registry, `${uniqueRepo('bench')}/whisperx`);
  const tags = MODELS.flatMap((model) => LANGUAGES.map((lang) => `${model}-${lang}`));
  await mapLimit(tags, 8, (tag) => tagManifest(registry, seed, tag));
  const images = tags.map((tag) => `${registry.host}/${seed.repository}:${tag}`);
  console.log(`${images.length} references (${LANGUAGES.length} languages x ${MODELS.length} models) pushed`);

  // The action, as the runner starts it.
  await runWait(images); // warm-up (file cache, node24 binary)
  const runs: RunResult[] = [];
  for (let i = 0; i < REPS; i++) runs.push(await runWait(images));
  const wall = median(runs.map((r) => r.durationMs));
  const requests = requestsFrom(runs[0]);

  // The same run through a fault proxy with no faults: what actually reaches the registry.
  const proxy = await startFaultProxy(registry.url);
  try {
    const viaProxy = await runWait(images.map((i) => i.replace(registry.host, proxy.host)));
    if (proxy.stats.requests !== requestsFrom(viaProxy)) {
      throw new Error(
        `request counts differ: action says ${requestsFrom(viaProxy)}, proxy saw ${proxy.stats.requests}`,
      );
    }
  } finally {
    await proxy.close();
  }

  // The floors, measured in between the action's runs' conditions.
  const noop = join(mkdtempSync(join(tmpdir(), 'wfm-bench-')), 'noop.mjs');
  writeFileSync(noop, '');
  const harnessFloor: number[] = [];
  const registryFloor: number[] = [];
  for (let i = 0; i < REPS; i++) {
    harnessFloor.push(
      (await runAction({ action: 'wait-for-manifests', node: 'node24', entry: noop })).durationMs,
    );
    registryFloor.push(await bareHeads(images));
  }

  // The seed's loop over the same references, same run.
  const baseline = await seedLoop(images, docker.env);

  const ratio = wall / baseline;
  console.log(
    `action wall time: ${seconds(wall)} median of ${REPS} (${runs.map((r) => seconds(r.durationMs)).join(', ')})`,
  );
  console.log(`action HTTP requests: ${requests} for ${images.length} references (confirmed by the proxy)`);
  console.log(
    `  its time in the wait loop (elapsed-seconds): ${runs.map((r) => r.outputs['elapsed-seconds']).join(', ')} s`,
  );
  console.log(`floor: the harness starting an empty Node script: ${seconds(median(harnessFloor))} median`);
  console.log(
    `floor: the registry answering ${images.length} bare HEADs (keep-alive, 16 at once): ${seconds(median(registryFloor))} median`,
  );
  console.log(`seed loop (docker manifest inspect x ${images.length}, sequential): ${seconds(baseline)}`);
  console.log(`ratio action / seed loop: ${ratio.toFixed(4)}`);
  console.log(`target action <= ${seconds(WALL_TARGET_MS)}: ${verdict(wall <= WALL_TARGET_MS)}`);
  console.log(`target ratio <= ${RATIO_TARGET}: ${verdict(ratio <= RATIO_TARGET)}`);
  await cleanupRunnerTemp();
}

await main();
