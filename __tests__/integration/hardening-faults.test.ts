// Issue 9, part 4: wait-for-manifests in front of a registry, and append-image-digests-to-release in
// front of the GitHub API emulator, each through the fault proxy in seeded random mode (resets,
// delays, truncated bodies, hangs, 429 with Retry-After, 502/503). Over several seeds every run ends
// with the right answer or one clear error within its own timeout: never a harness timeout (a hang),
// an unhandled rejection or a stack trace, and never a wrong answer (a missing image reported
// present, a wrong digest, a release body that lost the user's text or holds two sections).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECTION_START } from '../../packages/release-notes/index.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../../testkit/faults/fault-proxy.js';
import { startGitHubApi } from '../../testkit/github-api/index.js';
import {
  ActionTimeoutError,
  cleanupRunnerTemp,
  NODE_VERSIONS,
  runAction,
  type NodeVersion,
  type RunResult,
} from '../../testkit/runner/index.js';
import { ensureRegistry, type Registry } from '../../testkit/services/index.js';
import { selected } from '../../testkit/hardening/corpus.js';
import {
  digestsOf,
  lines,
  seedImage,
  tagManifest,
  uniqueRepo,
  type SourceManifest,
} from '../../testkit/wait-for-manifests.js';

/** Seeds per node version: node24 is what the runner uses, node20 gets a smoke. */
const SEEDS: Record<NodeVersion, number[]> = { node24: [1, 2, 3, 4, 5, 6], node20: [7, 8] };
const HARNESS_TIMEOUT_MS = 60_000;
const FAULTS: Fault[] = [
  { kind: 'reset' },
  { kind: 'delay', ms: 700 },
  { kind: 'truncate' },
  { kind: 'hang' },
  {
    kind: 'status',
    status: 429,
    headers: { 'retry-after': '1' },
    body: '{"errors":[{"code":"TOOMANYREQUESTS"}]}',
  },
  { kind: 'status', status: 503, body: 'unavailable' },
  { kind: 'status', status: 502 },
];
const scratch = mkdtempSync(join(tmpdir(), 'dpa-faults-'));
const tally = {
  runs: 0,
  requests: 0,
  faults: 0,
  byKind: {} as Record<string, number>,
  errors: 0,
  right: 0,
  hangs: 0,
};

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
  console.log(
    `hardening-faults: ${tally.runs} runs, ${tally.requests} proxied requests, ${tally.faults} faults injected ` +
      `${JSON.stringify(tally.byKind)}; ${tally.right} right answers, ${tally.errors} clear errors, ${tally.hangs} hangs (killed at the harness timeout)`,
  );
});

/** runAction, counting a run killed at the harness timeout as a hang (then failing the test). */
async function run(opts: Parameters<typeof runAction>[0]): Promise<RunResult> {
  try {
    return await runAction(opts);
  } catch (error) {
    if (error instanceof ActionTimeoutError) tally.hangs++;
    throw error;
  }
}

/** Per action: runs that ended (either way), right answers, faults its proxies injected. */
const byAction: Record<string, { runs: number; right: number; faults: number }> = {};

function count(proxy: FaultProxy, action: string, right: boolean): void {
  const mine = (byAction[action] ??= { runs: 0, right: 0, faults: 0 });
  mine.runs++;
  mine.faults += proxy.stats.faulted;
  if (right) mine.right++;
  tally.runs++;
  tally.requests += proxy.stats.requests;
  tally.faults += proxy.stats.faulted;
  for (const [kind, n] of Object.entries(proxy.stats.byKind))
    tally.byKind[kind] = (tally.byKind[kind] ?? 0) + n;
}

/** Common to every run: no hang (runAction throws on timeout), 0 or 1, one error on failure, no crash. */
function expectCleanEnd(r: RunResult, label: string): void {
  expect({
    label,
    exitCode: [0, 1].includes(r.exitCode) ? 'ok' : r.exitCode,
    errors: r.exitCode === 0 ? r.errors.length === 0 : r.errors.length === 1,
    unhandled: /Unhandled|UnhandledPromiseRejection/.test(r.stderr),
    stack: /^\s+at .+:\d+:\d+\)?$/m.test(r.stderr) ? r.stderr.slice(0, 600) : 'none',
    commandErrors: r.commandErrors,
  }).toEqual({ label, exitCode: 'ok', errors: true, unhandled: false, stack: 'none', commandErrors: [] });
}

if (selected('wait-for-manifests')) {
  describe('wait-for-manifests through a faulty registry', () => {
    let registry: Registry;
    let source: SourceManifest;
    const present = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
    const absent = ['m0', 'm1'];
    let dockerConfig: string;

    beforeAll(async () => {
      registry = await ensureRegistry('anonymous');
      source = await seedImage(registry, uniqueRepo('faults'));
      await Promise.all(present.map((t) => tagManifest(registry, source, t)));
      dockerConfig = mkdtempSync(join(scratch, 'docker-config-'));
      writeFileSync(join(dockerConfig, 'config.json'), '{}\n');
    });

    describe.each(NODE_VERSIONS)('%s', (node) => {
      it.each(SEEDS[node].map((seed) => [seed, seed % 2 === 0 ? 'linux/amd64' : ''] as const))(
        'seed %d (platforms "%s"): the right answer or a clear error',
        async (seed, platforms) => {
          const proxy = await startFaultProxy(registry.url);
          proxy.random({ seed, rate: 0.3, faults: FAULTS });
          const ref = (tag: string) => `${proxy.host}/${source.repository}:${tag}`;
          let right = false;
          try {
            const r = await run({
              action: 'wait-for-manifests',
              node,
              timeoutMs: HARNESS_TIMEOUT_MS,
              env: { DOCKER_CONFIG: dockerConfig },
              inputs: {
                images: [...present, ...absent].map(ref).join('\n'),
                timeout: '12s',
                interval: '200ms',
                'max-interval': '1s',
                'request-timeout': '2s',
                concurrency: '4',
                platforms,
                'fail-on-missing': 'false',
              },
            });
            expectCleanEnd(r, `wait-for-manifests seed ${seed} ${node}`);
            // Never a wrong answer: nothing absent is found, every digest is the real one.
            const found = lines(r.outputs.found);
            expect(found.filter((f) => absent.some((t) => f === ref(t)))).toEqual([]);
            for (const [name, digest] of Object.entries(digestsOf(r.outputs))) {
              expect({ name, digest }).toEqual({ name, digest: source.digest });
            }
            if (r.exitCode === 0) {
              // The right answer: everything present found, exactly the absent ones missing.
              expect(found.sort()).toEqual(present.map(ref).sort());
              expect(lines(r.outputs.missing).sort()).toEqual(absent.map(ref).sort());
              tally.right++;
              right = true;
            } else tally.errors++;
          } finally {
            count(proxy, 'wait-for-manifests', right);
            await proxy.close();
          }
        },
      );
    });
  });
}

if (selected('append-image-digests-to-release')) {
  describe('append-image-digests-to-release through a faulty GitHub API', () => {
    const TOKEN = 'faults-token';
    const digest = (c: string) => `sha256:${c.repeat(64)}`;

    describe.each(NODE_VERSIONS)('%s', (node) => {
      it.each(SEEDS[node].map((seed) => [seed, seed % 3 === 0 ? 'created' : 'existing'] as const))(
        'seed %d (%s release): the right body or a clear error',
        async (seed, kind) => {
          const api = await startGitHubApi({ owner: 'octo-org', repo: 'octo-repo', token: TOKEN });
          const tag = `v3.${seed}.0`;
          const userText = `Release notes for ${tag}\r\n\r\n- a fix\r\n`;
          if (kind === 'existing') api.state.addRelease({ tag_name: tag, body: userText });
          const proxy = await startFaultProxy(api.url);
          proxy.random({ seed, rate: 0.3, faults: FAULTS });
          let right = false;
          try {
            const r = await run({
              action: 'append-image-digests-to-release',
              node,
              timeoutMs: HARNESS_TIMEOUT_MS,
              event: 'push-tag',
              env: { GITHUB_API_URL: proxy.url },
              inputs: {
                tag,
                token: TOKEN,
                mode: 'merge',
                images: 'ghcr.io/o/api:1\nghcr.io/o/web:1',
                digests: JSON.stringify({ 'ghcr.io/o/api:1': digest('a'), 'ghcr.io/o/web:1': digest('b') }),
              },
            });
            expectCleanEnd(r, `append seed ${seed} ${node}`);
            const releases = api.state.listReleases().filter((rel) => rel.tag_name === tag);
            // Never two releases for one tag (a retried create must not duplicate).
            expect(releases.length).toBeLessThanOrEqual(1);
            const body = releases[0]?.body ?? '';
            if (kind === 'existing') expect(body.startsWith(userText)).toBe(true);
            expect(body.split(SECTION_START).length).toBeLessThanOrEqual(2);
            if (r.exitCode === 0) {
              expect(releases).toHaveLength(1);
              expect(body).toContain(`ghcr.io/o/api@${digest('a')}`);
              expect(body).toContain(`ghcr.io/o/web@${digest('b')}`);
              expect(r.outputs['release-id']).toBe(String(releases[0]!.id));
              tally.right++;
              right = true;
            } else tally.errors++;
            api.assertNoViolations();
          } finally {
            count(proxy, 'append-image-digests-to-release', right);
            await proxy.close();
            await api.close();
          }
        },
      );
    });
  });
}

// The seeds above replay: the proxy's random decisions depend on the seed only.
it('fault decisions are reproducible from the seed', async () => {
  const { mulberry32 } = await import('../../testkit/faults/fault-proxy.js');
  const a = mulberry32(3);
  const b = mulberry32(3);
  expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
});

// The tally, asserted (declared last, so it runs after every seed above): each run ended (a hang
// fails its own test), the proxies really injected faults, and the right answer is the rule. With a
// 30% fault rate the actions' retries get through on every seed on an idle machine; half is a bound
// only a bug crosses (retries that do not work, a client that gives up at the first fault), not a
// slow machine.
const SEEDS_PER_ACTION = SEEDS.node20.length + SEEDS.node24.length;
it.each(['wait-for-manifests', 'append-image-digests-to-release'].filter(selected))(
  '%s: every seed ran, faults were injected, and at least half got the right answer',
  (action) => {
    const mine = byAction[action] ?? { runs: 0, right: 0, faults: 0 };
    expect(mine.runs).toBe(SEEDS_PER_ACTION);
    expect(mine.faults).toBeGreaterThan(0);
    expect(mine.right).toBeGreaterThanOrEqual(SEEDS_PER_ACTION / 2);
    expect(tally.hangs).toBe(0);
  },
);
