// Acceptance 1e: a fault proxy in front of the real registry (429 with Retry-After, 503s, reset
// connections, truncated bodies, answers slower than the per-request limit, and a seeded random
// mix): the action still ends with the right answer within its timeout.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFaultProxy, type FaultProxy, type FaultRule } from '../../testkit/faults/fault-proxy.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction } from '../../testkit/runner/index.js';
import { ensureRegistry, type Registry, type RegistryKind } from '../../testkit/services/index.js';
import {
  digestsOf,
  emptyDockerConfig,
  lines,
  seedImage,
  tagManifest,
  uniqueRepo,
  type SourceManifest,
} from '../../testkit/wait-for-manifests.js';

const TAGS = ['t1', 't2', 't3', 't4', 't5', 't6'];
const MANIFEST_HEAD = { method: 'HEAD', path: /\/manifests\// };

const setups = {} as Record<RegistryKind, { registry: Registry; seed: SourceManifest; proxy: FaultProxy }>;

beforeAll(async () => {
  for (const kind of ['anonymous', 'token'] as const) {
    const registry = await ensureRegistry(kind);
    const seed = await seedImage(registry, uniqueRepo(`faults-${kind}`), {
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    for (const tag of TAGS) await tagManifest(registry, seed, tag);
    setups[kind] = { registry, seed, proxy: await startFaultProxy(registry.url) };
  }
});
afterAll(async () => {
  await Promise.all(Object.values(setups).map((s) => s.proxy.close()));
  await cleanupRunnerTemp();
});

// Rules are made when the scenario runs (the HTTP-date Retry-After is relative to then).
const scenarios: [string, RegistryKind, () => FaultRule[], Record<string, string>][] = [
  [
    '429 with Retry-After (seconds and HTTP date)',
    'anonymous',
    () => [
      {
        match: MANIFEST_HEAD,
        fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
        times: 3,
      },
      {
        match: MANIFEST_HEAD,
        fault: {
          kind: 'status',
          status: 429,
          headers: { 'retry-after': new Date(Date.now() + 3_000).toUTCString() },
        },
        times: 1,
      },
    ],
    {},
  ],
  ['503s', 'token', () => [{ match: MANIFEST_HEAD, fault: { kind: 'status', status: 503 }, times: 8 }], {}],
  [
    'reset connections',
    'anonymous',
    () => [{ match: MANIFEST_HEAD, fault: { kind: 'reset' }, times: 6 }],
    {},
  ],
  [
    'answers slower than the per-request limit (hang, delay)',
    'token',
    () => [
      { match: MANIFEST_HEAD, fault: { kind: 'hang' }, times: 2 },
      { match: MANIFEST_HEAD, fault: { kind: 'delay', ms: 5_000 }, times: 2 },
    ],
    { 'request-timeout': '1s' },
  ],
  [
    'truncated index bodies (platforms check GETs the index)',
    'anonymous',
    () => [{ match: { method: 'GET', path: /\/manifests\/sha256:/ }, fault: { kind: 'truncate' }, times: 4 }],
    { platforms: 'linux/amd64,linux/arm64' },
  ],
];

describe.each(NODE_VERSIONS)('1e: faults on %s', (node) => {
  const run = (kind: RegistryKind, inputs: Record<string, string>) => {
    const { registry } = setups[kind];
    const creds: Record<string, string> = registry.username
      ? { username: registry.username, password: registry.password ?? '' }
      : {};
    return runAction({
      action: 'wait-for-manifests',
      node,
      inputs: { timeout: '90s', interval: '500ms', 'max-interval': '2s', ...creds, ...inputs },
      env: { DOCKER_CONFIG: emptyDockerConfig() },
    });
  };
  const refs = (kind: RegistryKind) =>
    TAGS.map((t) => `${setups[kind].proxy.host}/${setups[kind].seed.repository}:${t}`);

  it.each(scenarios)('%s: the right result within the timeout', async (_name, kind, makeRules, inputs) => {
    const { proxy, seed } = setups[kind];
    const rules = makeRules();
    proxy.clear();
    const before = proxy.stats.faulted;
    for (const rule of rules) proxy.add(rule);
    const images = refs(kind);
    const r = await run(kind, { images: images.join('\n'), ...inputs });
    proxy.clear();
    expect(r.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    expect(digestsOf(r.outputs)).toEqual(Object.fromEntries(images.map((i) => [i, seed.digest])));
    expect(r.outputs['all-present']).toBe('true');
    expect(Number(r.outputs['elapsed-seconds'])).toBeLessThanOrEqual(90);
    // every injected fault was met (and survived)
    expect(proxy.stats.faulted - before).toBe(rules.reduce((n, rule) => n + (rule.times ?? 1), 0));
    if (inputs.platforms) expect(r.summary).toContain('linux/amd64, linux/arm64');
  });

  it('a seeded random mix of every fault kind', async () => {
    const { proxy, seed } = setups.token;
    proxy.clear();
    proxy.random({
      seed: node === 'node20' ? 20 : 24,
      rate: 0.35,
      faults: [
        { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
        { kind: 'status', status: 503 },
        { kind: 'status', status: 502 },
        { kind: 'reset' },
        { kind: 'truncate' },
        { kind: 'delay', ms: 2_500 },
        { kind: 'hang' },
      ],
    });
    const images = refs('token');
    const r = await run('token', {
      images: images.join('\n'),
      platforms: 'linux/arm64',
      'request-timeout': '1s',
    });
    const faulted = proxy.stats.faulted;
    proxy.clear();
    expect(faulted).toBeGreaterThan(0);
    expect(r.exitCode).toBe(0);
    expect(lines(r.outputs.found)).toEqual(images);
    expect(new Set(Object.values(digestsOf(r.outputs)))).toEqual(new Set([seed.digest]));
  });

  it('faults that never stop: ends at the timeout with a registry error, not a hang', async () => {
    const { proxy } = setups.anonymous;
    proxy.clear();
    proxy.add({ match: MANIFEST_HEAD, fault: { kind: 'status', status: 503 }, times: Infinity });
    const images = refs('anonymous').slice(0, 2);
    const r = await run('anonymous', { images: images.join('\n'), timeout: '4s' });
    proxy.clear();
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    for (const image of images) expect(r.errors[0]).toContain(`${image}: registry error:`);
    expect(r.errors[0]).toContain('HTTP 503');
    // Bounds only a bug crosses (not timings): it kept retrying until its last round, which starts
    // at most 1 s before the 4 s timeout, and stopped at the timeout instead of polling on (the
    // harness would kill a loop that ignores it after 120 s).
    const elapsed = Number(r.outputs['elapsed-seconds']);
    expect(elapsed).toBeGreaterThanOrEqual(3);
    expect(elapsed).toBeLessThan(40);
    expect(lines(r.outputs.missing)).toEqual(images);
  });
});
