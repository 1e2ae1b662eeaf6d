// What the cache tiers buy, and what the action costs, on the real engine and registry.
//
// 1. A cold build of the multi-stage fixture (api target; the dependencies stage does seconds of
//    real work) writing every tier at once (gha, registry, inline into :latest, local).
// 2. After wiping the builder's cache and this bench's images, a rebuild with one changed file,
//    once per tier alone and once with all tiers: rebuild/cold ratios.
//    Target: at most 0.25 with the registry tier.
// 3. The action's own overhead: the same warm build through the action (as the runner starts
//    it) and as a raw `docker buildx build` with the argv the action ran, interleaved, medians.
//    Target: at most 0.3 s.
// The gha tier talks to a small in-process cache service speaking the protocol BuildKit uses
// (reserve, upload by range, commit, look up, download), since GitHub's is not reachable here.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanupRunnerTemp, runAction, type RunResult } from '../__tests__/support/runner.js';
import { docker, ensureBaseImage, ensureDocker, ensureRegistry } from '../__tests__/support/services.js';

const root = resolve(import.meta.dirname, '..');
const DEPS_FILES = process.env.BENCH_DEPS_FILES ?? '500';
const DEPS_ROUNDS = process.env.BENCH_DEPS_ROUNDS ?? '12000';
const OVERHEAD_REPS = Number(process.env.BENCH_REPS ?? 7);
const RATIO_TARGET = 0.25;
const OVERHEAD_TARGET = 0.3;
/** BENCH_PART=tiers or overhead runs one half. */
const PART = process.env.BENCH_PART ?? '';

/** A GitHub Actions cache service (v1 API, as BuildKit's gha exporter calls it), in memory. */
async function startCacheService() {
  const entries = new Map<string, { key: string; version: string; data: Buffer }>(); // by key+version, in commit order
  const pending = new Map<number, { key: string; version: string; chunks: [number, Buffer][] }>();
  let nextId = 1;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://x');
      const json = (status: number, value: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      const path = url.pathname.replace(/^\/+/, '/');
      if (req.method === 'GET' && path === '/_apis/artifactcache/cache') {
        // As GitHub's service: a key matches itself or any longer key it starts with, newest first
        // (BuildKit's mutable index entries are `index-...#`, `#1`, `#2`, ...).
        const version = url.searchParams.get('version') ?? '';
        for (const key of (url.searchParams.get('keys') ?? '').split(',')) {
          const hit = [...entries.values()]
            .reverse()
            .find((e) => e.version === version && e.key.startsWith(key));
          if (hit)
            return json(200, {
              cacheKey: hit.key,
              scope: 'refs/heads/main',
              archiveLocation: `${base}/blob/${encodeURIComponent(`${hit.key}\0${version}`)}`,
            });
        }
        return res.writeHead(204).end();
      }
      if (req.method === 'GET' && path.startsWith('/blob/')) {
        const hit = entries.get(decodeURIComponent(path.slice('/blob/'.length)));
        if (!hit) return res.writeHead(404).end();
        const range = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
        if (!range) return res.writeHead(200, { 'content-length': hit.data.length }).end(hit.data);
        const start = Number(range[1]);
        const end = range[2] ? Math.min(Number(range[2]), hit.data.length - 1) : hit.data.length - 1;
        return res
          .writeHead(206, {
            'content-range': `bytes ${start}-${end}/${hit.data.length}`,
            'content-length': end - start + 1,
          })
          .end(hit.data.subarray(start, end + 1));
      }
      if (req.method === 'POST' && path === '/_apis/artifactcache/caches') {
        const { key, version } = JSON.parse(body.toString()) as { key: string; version: string };
        if (entries.has(`${key}\0${version}`)) return json(409, { message: 'already exists' });
        const id = nextId++;
        pending.set(id, { key, version, chunks: [] });
        return json(201, { cacheId: id });
      }
      const idMatch = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(path);
      const upload = idMatch ? pending.get(Number(idMatch[1])) : undefined;
      if (idMatch && !upload) return res.writeHead(404).end();
      if (upload && req.method === 'PATCH') {
        const start = Number(/bytes (\d+)-/.exec(req.headers['content-range'] ?? '')?.[1] ?? 0);
        upload.chunks.push([start, body]);
        return res.writeHead(204).end();
      }
      if (upload && req.method === 'POST') {
        upload.chunks.sort((a, b) => a[0] - b[0]);
        entries.set(`${upload.key}\0${upload.version}`, {
          key: upload.key,
          version: upload.version,
          data: Buffer.concat(upload.chunks.map((c) => c[1])),
        });
        pending.delete(Number(idMatch?.[1]));
        return res.writeHead(204).end();
      }
      if (process.env.BENCH_DEBUG) console.error(`cache service: no route for ${req.method} ${req.url}`);
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${base}/`, entries, close: () => new Promise((done) => server.close(done)) };
}

/** A token shaped like the runner's (BuildKit reads its scopes and times, not its signature). */
function runtimeToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
    nbf: now - 60,
    exp: now + 7200,
  };
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.${randomBytes(16).toString('base64url')}`;
}

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
  cpSync(join(root, '__tests__', 'fixtures', 'build', 'multi-stage'), ws, { recursive: true });
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
  const build = async (cacheTiers: string, tags: string): Promise<RunResult> => {
    const result = await runAction({
      action: 'build',
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
    const actionTimes: number[] = [];
    const rawTimes: number[] = [];
    const emptyTimes: number[] = [];
    const emptyEntry = join(scratch, 'empty-action.mjs');
    writeFileSync(emptyEntry, '');
    for (let i = 0; i < OVERHEAD_REPS; i++) {
      actionTimes.push((await build('registry', `${image}:warm`)).durationMs / 1000);
      emptyTimes.push(
        (await runAction({ action: 'build', entry: emptyEntry, workspace: ws, env })).durationMs / 1000,
      );
      mkdirSync(rawDir, { recursive: true });
      const t0 = performance.now();
      const raw = spawnSync('docker', argv, { cwd: ws, env: { ...process.env, ...env }, stdio: 'ignore' });
      rawTimes.push((performance.now() - t0) / 1000);
      rmSync(rawDir, { recursive: true, force: true });
      if (raw.status !== 0) throw new Error(`raw buildx failed (exit ${raw.status})`);
    }
    const overhead = median(actionTimes) - median(rawTimes);
    console.log(
      `\nwarm build, ${OVERHEAD_REPS} runs each: action ${fmt(median(actionTimes))}, raw docker buildx build ${fmt(median(rawTimes))}`,
    );
    console.log(
      `action overhead = ${fmt(overhead)} (target <= ${OVERHEAD_TARGET} s): ${overhead <= OVERHEAD_TARGET ? 'MET' : 'NOT MET'}`,
    );
    const nodeStart = median(emptyTimes);
    console.log(
      `  of which starting any node action (an empty one, same harness): ${fmt(nodeStart)}; the build action's own work: ${fmt(overhead - nodeStart)}`,
    );
    console.log(
      `  load average during the bench: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );
  }
}

await main();
