// The build bundle on the real engine and registry (acceptance 2a-2g): push and digest, cache
// reuse from the registry tier and from previous+inline on a wiped builder, a cache export that
// cannot reach its registry, retries behind a faulty proxy, matrix scopes, and the gha tier's
// credentials reaching buildx. Docker scenarios are slow: they run on node20; one smoke on node24.
// The engine is shared: every repository name is unique to this run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runtimeToken, startCacheService } from '../../testkit/services/gha-cache-service.js';
import { startFaultProxy } from '../../testkit/faults/fault-proxy.js';
import { cleanupRunnerTemp, leftoverFiles, runAction, type RunResult } from '../../testkit/runner/index.js';
import {
  docker,
  ensureBaseImage,
  ensureDocker,
  ensureRegistry,
  manifestDigest,
  type Registry,
} from '../../testkit/services/index.js';

const FIXTURE = resolve(import.meta.dirname, '..', '..', 'testkit', 'fixtures', 'build', 'multi-stage');
const uid = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
const scratch = mkdtempSync(join(tmpdir(), 'build-it-'));
let registry: Registry;
let base: string;
let dockerEnv: Record<string, string>;

beforeAll(async () => {
  dockerEnv = (await ensureDocker()).env;
  registry = await ensureRegistry('anonymous');
  base = await ensureBaseImage();
});

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

let wsCount = 0;
/** A fresh copy of the fixture to build (tests change files in it). */
function workspace(): string {
  const dir = join(scratch, `ws-${++wsCount}`);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const repo = (name: string) => `build-it-${uid}/${name}`;
const image = (name: string, host = registry.host) => `${host}/${repo(name)}`;

function build(
  ws: string,
  inputs: Record<string, string>,
  opts: { env?: Record<string, string | undefined>; node?: 'node20' | 'node24' } = {},
): Promise<RunResult> {
  return runAction({
    action: 'build',
    node: opts.node ?? 'node20',
    workspace: ws,
    inputs: { 'build-args': `BASE_IMAGE=${base}`, ...inputs },
    env: { ...dockerEnv, ...opts.env },
    timeoutMs: 240_000,
  });
}

function expectSuccess(result: RunResult): void {
  if (result.exitCode !== 0)
    throw new Error(`build failed (exit ${result.exitCode}):\n${result.log.slice(-4000)}`);
}

/** "Wipe the builder's local cache and images": the build cache and this run's images. */
async function wipe(): Promise<void> {
  const prune = await docker(['buildx', 'prune', '-af']);
  if (prune.code !== 0) throw new Error(`buildx prune: ${prune.stderr}`);
  const ls = await docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']);
  const mine = ls.stdout.split('\n').filter((ref) => ref.includes(`/build-it-${uid}/`));
  if (mine.length > 0) await docker(['image', 'rm', '-f', ...mine]);
}

/** Dockerfile steps of the (last) build in the log: name -> CACHED or BUILT. */
function steps(log: string): Map<string, 'CACHED' | 'BUILT'> {
  const lastBuild = log.slice(log.lastIndexOf('docker buildx build'));
  const names = new Map<string, string>();
  const state = new Map<string, 'CACHED' | 'BUILT'>();
  for (const line of lastBuild.split('\n')) {
    const m = /^#(\d+) (.*)$/.exec(line.trim());
    if (!m) continue;
    const [, id, rest] = m;
    const name = names.get(id);
    if (name === undefined) names.set(id, rest);
    else if (rest === 'CACHED') state.set(name, 'CACHED');
    else if (rest.startsWith('DONE') && !state.has(name)) state.set(name, 'BUILT');
  }
  return state;
}

/** The Dockerfile steps (FROM aside) of the last build as `[stage n/m] CACHED|BUILT`, sorted. */
function stageSteps(result: RunResult): string[] {
  return [...steps(result.log)]
    .map(([name, state]) => [/^\[[^\]]* \d+\/\d+\](?= (?!FROM ))/.exec(name)?.[0], state])
    .filter(([step]) => step !== undefined)
    .map(([step, state]) => `${step} ${state}`)
    .sort();
}

function stepState(result: RunResult, prefix: string): string | undefined {
  for (const [name, state] of steps(result.log)) if (name.startsWith(prefix)) return state;
  return undefined;
}

describe('build on the real engine (node20)', () => {
  const app = 'app';
  let first: RunResult;
  let firstWs: string;

  it('2a: builds and pushes the multi-stage api target; digest = registry Docker-Content-Digest', async () => {
    await wipe();
    firstWs = workspace();
    first = await build(firstWs, {
      target: 'api',
      tags: `${image(app)}:1\n${image(app)}:latest`,
      push: 'true',
      cache: 'registry,inline',
      secrets: 'API_TOKEN=s3cr3t-value-for-build',
    });
    expectSuccess(first);
    const digest = await manifestDigest(registry, repo(app), '1');
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.outputs.digest).toBe(digest);
    expect(await manifestDigest(registry, repo(app), 'latest')).toBe(digest);
    expect(first.outputs['image-refs']).toBe(`${image(app)}@${digest}`);
    expect(first.outputs.tags).toBe(`${image(app)}:1\n${image(app)}:latest`);
    expect(JSON.parse(first.outputs.metadata)['containerimage.digest']).toBe(digest);
    expect(first.outputs.imageid).toMatch(/^sha256:/);
    expect(Number(first.outputs['build-seconds'])).toBeGreaterThan(0);
    expect(Number(first.outputs['cache-hit-ratio'])).toBe(0);
    expect(stepState(first, '[dependencies 1/2] RUN')).toBe('BUILT');
    // the registry cache was written beside the image, under the derived scope
    expect(await manifestDigest(registry, repo(app), `buildcache-build-it-${uid}-app-api`)).toMatch(
      /^sha256:/,
    );
    // secrets: masked, and the 0600 files are gone when the step ends
    expect(first.masked).toContain('s3cr3t-value-for-build');
    expect(leftoverFiles(first.tempDir)).toEqual([]);
    expect(first.summary).toContain(digest);
    expect(first.summary).toMatch(/Cache read from<\/td><td>registry/);
    expect(first.summary).toMatch(/Cache written to<\/td><td>registry, inline/);
  });

  it('2b: after a wipe, a rebuild with one changed file reuses the registry tier', async () => {
    await wipe();
    appendFileSync(join(firstWs, 'api', 'run.sh'), 'echo changed\n');
    const result = await build(firstWs, {
      target: 'api',
      tags: `${image(app)}:2`,
      push: 'true',
      cache: 'registry',
    });
    expectSuccess(result);
    for (const step of [
      '[base 2/4] WORKDIR',
      '[base 3/4] RUN',
      '[base 4/4] COPY',
      '[dependencies 1/2] RUN',
      '[dependencies 2/2] COPY',
    ]) {
      expect([step, stepState(result, step)]).toEqual([step, 'CACHED']);
    }
    expect(stepState(result, '[api 1/2] COPY')).toBe('BUILT');
    const ratio = Number(result.outputs['cache-hit-ratio']);
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeCloseTo(5 / 7, 2);
    expect(result.outputs.digest).toBe(await manifestDigest(registry, repo(app), '2'));
  });

  it('2c: previous + inline alone also reuse layers on a wiped builder', async () => {
    await wipe();
    appendFileSync(join(firstWs, 'api', 'run.sh'), 'echo changed again\n');
    const result = await build(firstWs, {
      target: 'api',
      tags: `${image(app)}:3`,
      push: 'true',
      cache: 'previous,inline',
    });
    expectSuccess(result);
    expect(result.log).toContain(`type=registry,ref=${image(app)}:latest`);
    expect(stepState(result, '[dependencies 1/2] RUN')).toBe('CACHED');
    expect(stepState(result, '[api 1/2] COPY')).toBe('BUILT');
    expect(Number(result.outputs['cache-hit-ratio'])).toBeGreaterThan(0);
  });

  it('2d: a cache-to at an unreachable registry does not fail the build; the image is pushed and a warning logged', async () => {
    const result = await build(workspace(), {
      target: 'api',
      tags: `${image('unreachable')}:1`,
      push: 'true',
      cache: 'none',
      'cache-to': 'type=registry,ref=127.0.0.1:1/nowhere/cache:x,mode=max',
    });
    expectSuccess(result);
    expect(result.log).toContain('type=registry,ref=127.0.0.1:1/nowhere/cache:x,mode=max,ignore-error=true');
    expect(result.outputs.digest).toBe(await manifestDigest(registry, repo('unreachable'), '1'));
    expect(result.warnings).toEqual([
      expect.stringMatching(/cache export failed \(ignored\).*127\.0\.0\.1:1/),
    ]);
  });

  // BuildKit tries a push itself 4 times (1 s, 2 s, 4 s apart): four faults on the single manifest
  // (provenance off) make the first buildx run fail; the action's retry then succeeds.
  it.each([
    [
      '503s',
      { match: { method: 'PUT', path: /\/manifests\// }, fault: { kind: 'status', status: 503 } },
      /503/,
    ],
    [
      'connection resets',
      { match: { method: 'PUT', path: /\/manifests\// }, fault: { kind: 'reset' } },
      /connection reset|EOF/,
    ],
  ] as const)(
    '2e: a registry that fails the first push with %s: retried, succeeds',
    async (kind, rule, cause) => {
      const proxy = await startFaultProxy(registry.url);
      try {
        proxy.add({ ...rule, times: 4 } as Parameters<typeof proxy.add>[0]);
        const name = `flaky-${kind.replace(/\W+/g, '-')}`;
        const result = await build(workspace(), {
          target: 'api',
          tags: `${image(name, proxy.host)}:1`,
          push: 'true',
          cache: 'none',
          provenance: 'false',
          retries: '2',
        });
        expectSuccess(result);
        expect(proxy.stats.faulted).toBe(4);
        expect(result.warnings).toEqual([
          expect.stringMatching(
            /^buildx build failed with a transient error .*Retrying in 2 s \(retry 1 of 2\)/,
          ),
        ]);
        expect(result.warnings[0]).toMatch(cause);
        expect(result.groups).toContain('docker buildx build (attempt 2)');
        expect(result.groups).not.toContain('docker buildx build (attempt 3)');
        expect(result.outputs.digest).toBe(await manifestDigest(registry, repo(name), '1'));
      } finally {
        await proxy.close();
      }
    },
  );

  it('2e: a Dockerfile syntax error is not retried and fails with a clear error', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'Dockerfile'), 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUNN echo typo\n');
    const result = await build(ws, {
      tags: `${image('syntax')}:1`,
      push: 'true',
      cache: 'none',
      retries: '3',
      secrets: 'TOKEN=removed-even-on-failure',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /docker buildx build failed: .*unknown instruction: RUNN.*\(not retried: /i,
    );
    expect(result.groups).not.toContain('docker buildx build (attempt 2)');
    expect(result.summary).toContain('Docker build failed');
    expect(result.summary).toMatch(/RUNN/);
    expect(leftoverFiles(result.tempDir)).toEqual([]); // the secret files too
  });

  it('2f: two matrix targets built at the same time get their own scopes and reuse only their own cache', async () => {
    const matrix = 'matrix';
    const targets = ['api', 'worker'];
    const ws = targets.map(() => workspace());
    const run = () =>
      Promise.all(
        targets.map((target, i) =>
          build(ws[i], { target, tags: `${image(matrix)}:${target}`, push: 'true', cache: 'registry' }),
        ),
      );
    const cold = await run();
    cold.forEach(expectSuccess);
    const refs = targets.map((t) => `${image(matrix)}:buildcache-build-it-${uid}-matrix-${t}`);
    targets.forEach((target, i) => {
      expect(cold[i].groups).toContain(`Cache plan (scope build-it-${uid}-matrix-${target})`);
      expect(cold[i].log).toContain(`--cache-to type=registry,ref=${refs[i]},mode=max`);
      expect(cold[i].log).not.toContain(refs[1 - i]);
    });
    const digests = await Promise.all(
      targets.map((t) => manifestDigest(registry, repo(matrix), `buildcache-build-it-${uid}-matrix-${t}`)),
    );
    expect(digests[0]).toMatch(/^sha256:/);
    expect(digests[1]).toMatch(/^sha256:/);
    expect(digests[0]).not.toBe(digests[1]);

    await wipe();
    const warm = await run();
    warm.forEach(expectSuccess);
    // each target finds its own stages: api's dependencies stage, worker's model stage
    const cached = (...names: string[]) => names.map((n) => `${n} CACHED`).sort();
    const base = ['[base 2/4]', '[base 3/4]', '[base 4/4]'];
    expect(stageSteps(warm[0])).toEqual(
      cached(...base, '[api 1/2]', '[api 2/2]', '[dependencies 1/2]', '[dependencies 2/2]'),
    );
    // worker is built from base: the dependencies stage is not part of its graph at all
    expect(stageSteps(warm[1])).toEqual(cached(...base, '[worker 1/3]', '[worker 2/3]', '[worker 3/3]'));
    targets.forEach((_, i) => expect(warm[i].log).not.toContain(refs[1 - i]));
  });

  it('2g: the gha tier reaches a cache service with the runtime token (credentials reach buildx)', async () => {
    const service = await startCacheService();
    const token = runtimeToken();
    const env = {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_URL: service.url,
      ACTIONS_RESULTS_URL: service.url,
    };
    try {
      const ws = workspace();
      const inputs = { target: 'api', tags: `${image('gha')}:1`, push: 'true', cache: 'gha' };
      const result = await build(ws, inputs, { env });
      expectSuccess(result);
      expect(result.warnings).toEqual([]);
      expect(result.log).toContain(`--cache-from type=gha,scope=build-it-${uid}-gha-api`);
      expect(service.requests.some((r) => r.url.includes('_apis/artifactcache'))).toBe(true);
      for (const r of service.requests.filter((r) => r.url.includes('_apis/'))) {
        expect(r.headers.authorization).toBe(`Bearer ${token}`);
      }
      expect(service.entries.size).toBeGreaterThan(0);
      // and what was stored there serves a wiped builder
      await wipe();
      appendFileSync(join(ws, 'api', 'run.sh'), 'echo gha\n');
      const again = await build(ws, { ...inputs, tags: `${image('gha')}:2` }, { env });
      expectSuccess(again);
      expect(stepState(again, '[dependencies 1/2] RUN')).toBe('CACHED');
      expect(stepState(again, '[api 1/2] COPY')).toBe('BUILT');
    } finally {
      await service.close();
    }
  });

  // Two jobs on two fresh machines: the same RUNNER_TEMP path (as on hosted runners), emptied in
  // between. (@actions/cache versions an entry by its paths, so the path must be the same.)
  it('local tier: restored and saved with @actions/cache between jobs', async () => {
    const service = await startCacheService();
    const env = { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_CACHE_URL: service.url };
    try {
      const ws = workspace();
      const job = (runnerTemp: string, tag: string) =>
        runAction({
          action: 'build',
          workspace: ws,
          runnerTemp,
          inputs: {
            'build-args': `BASE_IMAGE=${base}`,
            target: 'api',
            tags: `${image('saved')}:${tag}`,
            push: 'true',
            cache: 'local',
          },
          env: { ...dockerEnv, ...env },
          timeoutMs: 240_000,
        });
      const runnerTemp = mkdtempSync(join(scratch, 'jobs-'));
      const first = await job(runnerTemp, '1');
      expectSuccess(first);
      expect(first.warnings).toEqual([]);
      expect(first.log).toContain('local cache: cold');
      const saved = [...service.entries.values()].map((e) => e.key);
      expect(saved).toEqual([
        expect.stringMatching(new RegExp(`^buildx-local-build-it-${uid}-saved-api-[0-9a-f]{16}$`)),
      ]);

      await wipe();
      rmSync(runnerTemp, { recursive: true, force: true });
      mkdirSync(runnerTemp);
      appendFileSync(join(ws, 'api', 'run.sh'), 'echo next job\n');
      const second = await job(runnerTemp, '2');
      expectSuccess(second);
      expect(second.log).toContain(`local cache restored from ${saved[0]}`);
      expect(stepState(second, '[dependencies 1/2] RUN')).toBe('CACHED');
      expect(stepState(second, '[api 1/2] COPY')).toBe('BUILT');
    } finally {
      await service.close();
    }
  });

  it('local tier: a cache directory under RUNNER_TEMP, rotated, reused after a wipe', async () => {
    const runnerTemp = mkdtempSync(join(scratch, 'runner-temp-'));
    const ws = workspace();
    const inputs = { target: 'api', tags: `${image('local')}:1`, push: 'true', cache: 'local' };
    const first = await runAction({
      action: 'build',
      workspace: ws,
      runnerTemp,
      inputs: { 'build-args': `BASE_IMAGE=${base}`, ...inputs },
      env: dockerEnv,
      timeoutMs: 240_000,
    });
    expectSuccess(first);
    const scope = `build-it-${uid}-local-api`;
    expect(first.warnings).toEqual([
      expect.stringMatching(/local cache: the GitHub cache service is not available here/),
    ]);
    expect(first.log).toContain(
      `--cache-to type=local,dest=${runnerTemp}/buildx-cache-${scope}-new,mode=max,ignore-error=true`,
    );
    expect(existsSync(join(runnerTemp, `buildx-cache-${scope}`, 'index.json'))).toBe(true);
    expect(existsSync(join(runnerTemp, `buildx-cache-${scope}-new`))).toBe(false);

    await wipe();
    appendFileSync(join(ws, 'api', 'run.sh'), 'echo local\n');
    const second = await runAction({
      action: 'build',
      workspace: ws,
      runnerTemp,
      inputs: { 'build-args': `BASE_IMAGE=${base}`, ...inputs, tags: `${image('local')}:2` },
      env: dockerEnv,
      timeoutMs: 240_000,
    });
    expectSuccess(second);
    expect(stepState(second, '[dependencies 1/2] RUN')).toBe('CACHED');
    expect(stepState(second, '[api 1/2] COPY')).toBe('BUILT');
  });

  it('warns "gha cache inactive" when the runtime variables are missing', async () => {
    const result = await build(workspace(), { target: 'api', tags: `${image('nogha')}:1`, push: 'true' });
    expectSuccess(result);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^gha cache inactive: ACTIONS_RUNTIME_TOKEN is not set/),
    ]);
    expect(result.log).not.toContain('type=gha');
    expect(result.summary).toMatch(/Skipped: gha/);
  });

  it('passes secrets as 0600 files the build can read, masked, removed afterwards', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'Dockerfile'),
      'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN --mount=type=secret,id=NPM_TOKEN sha256sum /run/secrets/NPM_TOKEN && stat -c %a /run/secrets/NPM_TOKEN\n',
    );
    const secret = `npm-${randomBytes(6).toString('hex')}`;
    const result = await build(ws, { cache: 'none', 'no-cache': 'true', secrets: `NPM_TOKEN=${secret}` });
    expectSuccess(result);
    expect(result.log).toContain(createHash('sha256').update(secret).digest('hex'));
    expect(result.log).not.toContain(secret);
    expect(result.masked).toContain(secret);
    expect(leftoverFiles(result.tempDir)).toEqual([]);
  });
});

describe('builder-setup on a builder that cannot export cache (node20)', () => {
  /**
   * The real engine uses the containerd image store, so its docker driver can export cache. A
   * wrapper around the real docker CLI makes `docker buildx inspect` and `docker info` report the
   * classic store (BuildKit's oci worker, no io.containerd.snapshotter driver). A real
   * docker-container builder needs moby/buildkit from Docker Hub (not reachable here, and it would
   * change the shared buildx configuration), so the wrapper stands in for it: `buildx create`
   * records the builder, and with `starts` it boots and its builds (`--builder
   * docker-pipeline-actions`, recorded in `calls`) run on the engine's own builder, which exports
   * cache; without, it fails to start as it would with no way to pull BuildKit's image.
   */
  function classicStoreDocker(starts = false): { bin: string; calls: string } {
    const bin = mkdtempSync(join(scratch, 'classic-docker-'));
    const calls = join(bin, 'calls');
    const created = join(bin, 'created');
    const realDocker = join(dockerEnv.PATH.split(':')[0], 'docker');
    const setupName = 'docker-pipeline-actions';
    const bootstrap = starts
      ? `[ -f '${created}' ] && { echo "Name: ${setupName}"; echo "Driver: docker-container"; exit 0; }; exit 1`
      : 'echo "ERROR: failed to pull moby/buildkit:buildx-stable-1: dial tcp: lookup registry-1.docker.io: no such host" >&2; exit 1';
    writeFileSync(
      join(bin, 'docker'),
      [
        '#!/bin/sh',
        `echo "$*" >> '${calls}'`,
        'if [ "$1" = info ]; then echo \'[["Backing Filesystem","extfs"]]\'; exit 0; fi',
        'if [ "$1 $2 $#" = "buildx inspect 2" ]; then',
        '  printf "Name: default\\nDriver: docker\\n\\nNodes:\\nName: default\\nLabels:\\n org.mobyproject.buildkit.worker.executor: oci\\n org.mobyproject.buildkit.worker.snapshotter: overlay2\\n"; exit 0',
        'fi',
        `if [ "$1 $2" = "buildx create" ]; then touch '${created}'; echo ${setupName}; exit 0; fi`,
        `if [ "$1 $2 $3" = "buildx inspect ${setupName}" ]; then`,
        `  [ -f '${created}' ] && { echo "Name: ${setupName}"; echo "Driver: docker-container"; exit 0; }`,
        '  echo "ERROR: no builder found" >&2; exit 1',
        'fi',
        `if [ "$1 $2 $3" = "buildx inspect --bootstrap" ]; then ${bootstrap}; fi`,
        // builds on the stand-in run on the engine's own builder
        'if [ "$1 $2" = "buildx build" ]; then',
        '  skip=',
        '  for a do shift; if [ -n "$skip" ]; then skip=; continue; fi',
        '    if [ "$a" = --builder ]; then skip=1; continue; fi; set -- "$@" "$a"; done',
        'fi',
        `exec '${realDocker}' "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    return { bin, calls };
  }

  it('builder-setup auto creates a docker-container builder, builds on it and exports the cache', async () => {
    const { bin, calls } = classicStoreDocker(true);
    const result = await build(
      workspace(),
      { target: 'api', tags: `${image('setup')}:1`, push: 'true', cache: 'registry' },
      { env: { PATH: `${bin}:${dockerEnv.PATH}` } },
    );
    expectSuccess(result);
    expect(result.warnings).toEqual([]);
    expect(result.log).toContain('creating docker-container builder "docker-pipeline-actions"');
    const buildCalls = readFileSync(calls, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('buildx build '));
    expect(buildCalls).toEqual([expect.stringContaining(' --builder docker-pipeline-actions ')]);
    const cacheTag = `buildcache-build-it-${uid}-setup-api`;
    expect(result.log).toContain(`--cache-to type=registry,ref=${image('setup')}:${cacheTag},mode=max`);
    expect(await manifestDigest(registry, repo('setup'), cacheTag)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs.digest).toBe(await manifestDigest(registry, repo('setup'), '1'));
    expect(result.summary).toMatch(/Builder<\/td><td>docker-pipeline-actions/);
    expect(result.summary).toMatch(/Cache written to<\/td><td>registry/);
  });

  it('builder-setup false drops the exporting tiers with a warning naming them, and builds', async () => {
    const { bin } = classicStoreDocker();
    const result = await build(
      workspace(),
      {
        target: 'api',
        tags: `${image('classic')}:1`,
        push: 'true',
        cache: 'gha,registry,previous,inline',
        'builder-setup': 'false',
      },
      { env: { PATH: `${bin}:${dockerEnv.PATH}` } },
    );
    expectSuccess(result);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /docker driver without the containerd image store, which cannot export cache; builder-setup is false, so these cache exports are dropped: gha, registry$/,
      ),
    ]);
    expect(result.log).not.toContain('type=gha');
    expect(result.log).toContain(
      `--cache-from type=registry,ref=${image('classic')}:latest --cache-to type=inline`,
    );
    expect(result.outputs.digest).toBe(await manifestDigest(registry, repo('classic'), '1'));
  });

  it('builder-setup auto tries a docker-container builder and says what to do when it cannot start', async () => {
    const { bin } = classicStoreDocker();
    const result = await build(
      workspace(),
      { target: 'api', tags: `${image('classic')}:2`, push: 'true', cache: 'registry' },
      { env: { PATH: `${bin}:${dockerEnv.PATH}` } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('creating docker-container builder "docker-pipeline-actions"');
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^builder-setup: auto could not start a docker-container builder \(.*failed to pull moby\/buildkit.*\)\. .*builder-setup: false/,
      ),
    ]);
  });
});

describe('build with load (node20)', () => {
  it('loads the image into the engine: digest of the local image, no image-refs', async () => {
    const result = await build(workspace(), {
      target: 'worker',
      tags: `${image('loaded')}:1`,
      load: 'true',
      cache: 'none',
    });
    expectSuccess(result);
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs['image-refs']).toBe('');
    expect(result.log).not.toContain('--provenance');
    // the containerd image store names an image by the digest of its manifest: the output's
    const inspect = await docker(['image', 'inspect', '--format', '{{.Id}}', `${image('loaded')}:1`]);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout.trim()).toBe(result.outputs.digest);
    expect(await manifestDigest(registry, repo('loaded'), '1')).toBeUndefined();
  });
});

describe('build smoke on node24', () => {
  it('builds and pushes with computed tags from images', async () => {
    const result = await build(
      workspace(),
      { target: 'worker', images: image('smoke24'), push: 'true', cache: 'registry' },
      { node: 'node24' },
    );
    expectSuccess(result);
    expect(result.nodeVersion).toMatch(/^v24\./);
    // the default rules on a push to main (testkit's push-branch event, sha 1111111...)
    expect(result.outputs.tags).toBe(`${image('smoke24')}:main\n${image('smoke24')}:sha-1111111`);
    for (const tag of ['main', 'sha-1111111'])
      expect(await manifestDigest(registry, repo('smoke24'), tag)).toBe(result.outputs.digest);
    // tags and OCI labels computed in-process from the push event
    expect(result.log).toMatch(/--label org\.opencontainers\.image\.revision=[0-9a-f]{40}/);
    expect(result.log).toContain(`--tag ${image('smoke24')}:`);
  });
});
