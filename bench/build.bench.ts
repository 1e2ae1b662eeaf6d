// What the cache tiers buy, and what the action costs, on the real engine and registry.
//
// 1. A cold build of the multi-stage fixture (api target; the dependencies stage does seconds of
//    real work) writing every tier at once (gha, registry, inline into :latest, local).
// 2. After wiping the builder's cache and this bench's images, a rebuild with one changed file,
//    once per tier alone and once with all tiers: rebuild/cold ratios.
//    Target: at most 0.25 with the registry tier.
// 3. The action's own overhead: the same warm build through the action (as the runner starts
//    it: on Node 24, what action.yml's `runs.using` names; Node 20 shown beside it) and as a raw
//    `docker buildx build` with the argv the action ran, interleaved, medians.
//    Target: at most 0.3 s on Node 24.
// The gha tier talks to a small in-process cache service speaking the protocol BuildKit uses
// (reserve, upload by range, commit, look up, download), since GitHub's is not reachable here.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runtimeToken, startCacheService } from '../testkit/services/gha-cache-service.js';
import { cleanupRunnerTemp, runAction, type NodeVersion, type RunResult } from '../testkit/runner/index.js';
import { docker, ensureBaseImage, ensureDocker, ensureRegistry } from '../testkit/services/index.js';

const root = resolve(import.meta.dirname, '..');
const DEPS_FILES = process.env.BENCH_DEPS_FILES ?? '500';
const DEPS_ROUNDS = process.env.BENCH_DEPS_ROUNDS ?? '12000';
const OVERHEAD_REPS = Number(process.env.BENCH_REPS ?? 7);
const RATIO_TARGET = 0.25;
const OVERHEAD_TARGET = 0.3;
/** BENCH_PART=tiers or overhead runs one half. */
const PART = process.env.BENCH_PART ?? '';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (s: number) => `${s.toFixed(2)} s`;

async function main() {
  const dockerEnv = (await ensureDocker()).env;
  const registry = await ensureRegistry('anonymous');
  const baseImage = await ensureBaseImage();
  const cache = await startCacheService();
  const uid = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const repo = `bench-build-${uid}/app`;
  const image = `${registry.host}/${repo}`;
  const scratch = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const ws = join(scratch, 'ws');
  cpSync(join(root, 'testkit', 'fixtures', 'build', 'multi-stage'), ws, { recursive: true });
  // A private copy of dist/build: the bench runs for minutes in a checkout others rebuild.
  const bundleDir = join(scratch, 'dist-build');
  cpSync(join(root, 'dist', 'build'), bundleDir, { recursive: true });
  const bundle = join(bundleDir, 'index.js');
  const runnerTemp = join(scratch, 'runner-temp'); // kept across runs: the local tier's directory
  mkdirSync(runnerTemp);
  const env = {
    ...dockerEnv,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    ACTIONS_CACHE_URL: cache.url,
    ACTIONS_RESULTS_URL: cache.url,
  };

  const wipe = async () => {
    await docker(['buildx', 'prune', '-af']);
    const ls = await docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']);
    const mine = ls.stdout.split('\n').filter((ref) => ref.startsWith(`${image}:`));
    if (mine.length) await docker(['image', 'rm', '-f', ...mine]);
  };
  let edits = 0;
  const build = async (
    cacheTiers: string,
    tags: string,
    node: NodeVersion = 'node24',
  ): Promise<RunResult> => {
    const result = await runAction({
      action: 'build',
      node,
      entry: bundle,
      actionDir: join(root, 'build'),
      workspace: ws,
      runnerTemp,
      env,
      timeoutMs: 600_000,
      inputs: {
        target: 'api',
        tags,
        push: 'true',
        cache: cacheTiers,
        'build-args': `BASE_IMAGE=${baseImage}\nDEPS_FILES=${DEPS_FILES}\nDEPS_ROUNDS=${DEPS_ROUNDS}`,
      },
    });
    if (result.exitCode !== 0) throw new Error(`build (${cacheTiers}) failed:\n${result.log.slice(-3000)}`);
    return result;
  };
  // The whole step, as a workflow waits for it (buildx time alone is the build-seconds output).
  const seconds = (r: RunResult) => r.durationMs / 1000;

  try {
    console.log(
      `fixture: multi-stage api target; dependencies stage: ${DEPS_FILES} files, ${DEPS_ROUNDS} hash rounds`,
    );
    if (PART !== 'overhead') await tierRatios();
    if (PART !== 'tiers') await overheadVsRaw();
    console.log(`gha cache service: ${cache.entries.size} entries stored`);
  } finally {
    await cache.close();
    await cleanupRunnerTemp();
    rmSync(scratch, { recursive: true, force: true });
  }

  async function tierRatios() {
    await wipe();
    const cold = await build('gha,registry,inline,local', `${image}:cold\n${image}:latest`);
    const coldSeconds = seconds(cold);
    console.log(
      `cold build (writes gha, registry, inline, local): ${fmt(coldSeconds)}, cache-hit-ratio ${cold.outputs['cache-hit-ratio']}`,
    );

    const rows: [string, number, string][] = [];
    for (const tiers of [
      'gha',
      'registry',
      'previous',
      'inline',
      'local',
      'gha,registry,previous,inline,local',
    ]) {
      await wipe();
      appendFileSync(join(ws, 'api', 'run.sh'), `echo edit ${++edits}\n`);
      const result = await build(tiers, `${image}:rebuild-${edits}`);
      rows.push([tiers, seconds(result), result.outputs['cache-hit-ratio']]);
    }
    console.log('\nwiped builder, one changed file:');
    console.log('tiers                               rebuild   ratio vs cold   cache-hit-ratio');
    for (const [tiers, s, hit] of rows) {
      const name = tiers.includes(',')
        ? 'all tiers'
        : tiers === 'inline'
          ? 'inline (write-only: read via previous)'
          : tiers;
      console.log(
        `${name.padEnd(36)}${fmt(s).padStart(8)}   ${(s / coldSeconds).toFixed(2).padStart(13)}   ${hit.padStart(15)}`,
      );
    }
    const registryRatio = (rows.find(([t]) => t === 'registry')?.[1] ?? NaN) / coldSeconds;
    console.log(
      `registry tier rebuild/cold = ${registryRatio.toFixed(2)} (target <= ${RATIO_TARGET}): ${registryRatio <= RATIO_TARGET ? 'MET' : 'NOT MET'}`,
    );
  }

  /** The same warm build through the action and raw, interleaved. */
  async function overheadVsRaw() {
    const warm = await build('registry', `${image}:warm`);
    const logged = warm.log.split('\n').find((l) => l.startsWith('docker buildx build '));
    if (!logged) throw new Error('the action did not log its buildx command line');
    const actionTemp = /--metadata-file (\S+)\/metadata\.json/.exec(logged)?.[1] ?? '';
    const rawDir = join(scratch, 'raw');
    const argv = logged
      .split(' ')
      .slice(1)
      .map((a) => (actionTemp ? a.split(actionTemp).join(rawDir) : a));
    const nodes: NodeVersion[] = ['node24', 'node20'];
    const actionTimes = new Map<NodeVersion, number[]>(nodes.map((n) => [n, []]));
    const emptyTimes = new Map<NodeVersion, number[]>(nodes.map((n) => [n, []]));
    const rawTimes: number[] = [];
    const emptyEntry = join(scratch, 'empty-action.mjs');
    writeFileSync(emptyEntry, '');
    for (let i = 0; i < OVERHEAD_REPS; i++) {
      for (const node of nodes) {
        actionTimes.get(node)!.push((await build('registry', `${image}:warm`, node)).durationMs / 1000);
        const empty = await runAction({ action: 'build', node, entry: emptyEntry, workspace: ws, env });
        emptyTimes.get(node)!.push(empty.durationMs / 1000);
      }
      mkdirSync(rawDir, { recursive: true });
      const t0 = performance.now();
      const raw = spawnSync('docker', argv, { cwd: ws, env: { ...process.env, ...env }, stdio: 'ignore' });
      rawTimes.push((performance.now() - t0) / 1000);
      rmSync(rawDir, { recursive: true, force: true });
      if (raw.status !== 0) throw new Error(`raw buildx failed (exit ${raw.status})`);
    }
    const raw = median(rawTimes);
    console.log(`\nwarm build, ${OVERHEAD_REPS} runs each, interleaved: raw docker buildx build ${fmt(raw)}`);
    for (const node of nodes) {
      const overhead = median(actionTimes.get(node)!) - raw;
      const nodeStart = median(emptyTimes.get(node)!);
      const verdict = overhead <= OVERHEAD_TARGET ? 'MET' : 'NOT MET';
      const target = node === 'node24' ? ` (runs.using; target <= ${OVERHEAD_TARGET} s): ${verdict}` : '';
      console.log(
        `${node}: action ${fmt(median(actionTimes.get(node)!))}, overhead ${fmt(overhead)}${target}`,
      );
      console.log(
        `  of which starting any node action (an empty one, same harness): ${fmt(nodeStart)}; the build action's own work: ${fmt(overhead - nodeStart)}`,
      );
    }
    console.log(
      `load average during the bench: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );
  }
}

await main();
