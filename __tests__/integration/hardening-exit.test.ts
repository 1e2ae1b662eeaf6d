// Issue 9, part 6: every bundle exits on its own when its work is done (no timer, socket or child
// keeps Node alive) and exits with code 1, one ::error:: and no stack trace on every failure path
// we can provoke: bad input, unreachable registry/API, API refusals, an unwritable GITHUB_OUTPUT.
//
// How "exits on its own" is checked: a preloaded watchdog (an unref'd timer, so it never keeps the
// process alive itself) prints the handles still open (process.getActiveResourcesInfo()) if the
// process is still running LIVENESS_MS after start; every scenario here finishes its work in a few
// seconds, so that line, or the harness killing the process at its timeout, means something leaked.
// `--trace-exit` is on as well: an explicit process.exit() hides leaks instead of fixing them, so
// the suite counts (and prints) the scenarios that end that way.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import {
  ActionTimeoutError,
  cleanupRunnerTemp,
  NODE_VERSIONS,
  runAction,
  runWithPost,
  type NodeVersion,
  type RunOptions,
  type RunResult,
} from '../../testkit/runner/index.js';
import { ensureBaseImage, ensureRegistry } from '../../testkit/services/index.js';
import { selected } from '../../testkit/hardening/corpus.js';

const LIVENESS_MS = 15_000;
const HARNESS_TIMEOUT_MS = 45_000;
const scratch = mkdtempSync(join(tmpdir(), 'dpa-exit-'));
const WATCHDOG = join(scratch, 'watchdog.cjs');
const TOKEN = 'exit-test-token';
const DIGEST = `sha256:${'d'.repeat(64)}`;
const UNREACHABLE = '127.0.0.1:9'; // discard port: nothing listens, connections are refused at once
const counts = { runs: 0, success: 0, failure: 0, processExit: [] as string[] };

let api: GitHubApi;
let baseImage: string;
let anonymousHost: string;

beforeAll(async () => {
  writeFileSync(
    WATCHDOG,
    [
      `const ms = Number(process.env.HARDENING_LIVENESS_MS || ${LIVENESS_MS});`,
      "const t = setTimeout(() => process.stderr.write('HARDENING-ALIVE ' + JSON.stringify(process.getActiveResourcesInfo()) + '\\n'), ms);",
      't.unref();',
    ].join('\n'),
  );
  api = await startGitHubApi({ owner: 'octo-org', repo: 'octo-repo', token: TOKEN });
  api.state.addRelease({ tag_name: 'v1.2.3', body: 'notes' });
  baseImage = await ensureBaseImage();
  anonymousHost = (await ensureRegistry('anonymous')).host;
});

afterAll(async () => {
  await api?.close();
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
  console.log(
    `hardening-exit: ${counts.runs} runs (${counts.success} success paths, ${counts.failure} failure paths); ` +
      `ended by an explicit process.exit(): ${counts.processExit.length ? counts.processExit.join('; ') : 'none'}`,
  );
});

interface Scenario {
  name: string;
  outcome: 'success' | 'failure';
  options(): Partial<RunOptions>;
  /** Main + post (actions with a post step). */
  withPost?: boolean;
}

const dir = (name: string) => {
  const d = join(scratch, `${name}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(d, { recursive: true });
  return d;
};
const apiEnv = () => ({ GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN });
const unwritableOutput = () => ({ GITHUB_OUTPUT: dir('output-is-a-directory') });
const dockerConfig = () => {
  const d = dir('docker-config');
  writeFileSync(join(d, 'config.json'), '{}\n');
  return { DOCKER_CONFIG: d };
};

const SCENARIOS: Record<string, Scenario[]> = {
  'compute-sha-tags': [
    { name: 'push to main', outcome: 'success', options: () => ({ inputs: { images: 'ghcr.io/o/r' } }) },
    {
      name: 'tag push with the API (labels, tag listing)',
      outcome: 'success',
      options: () => ({
        event: 'push-tag',
        env: apiEnv(),
        inputs: { images: 'ghcr.io/o/r', 'github-token': TOKEN },
      }),
    },
    {
      name: 'API unreachable (degrades to a warning)',
      outcome: 'success',
      options: () => ({
        event: 'push-tag',
        env: { GITHUB_API_URL: `http://${UNREACHABLE}` },
        inputs: { images: 'ghcr.io/o/r', 'github-token': TOKEN },
      }),
    },
    {
      name: 'bad input',
      outcome: 'failure',
      options: () => ({ inputs: { images: 'ghcr.io/o/r', 'sha-length': '99' } }),
    },
    {
      name: 'unreadable event payload',
      outcome: 'failure',
      options: () => ({
        inputs: { images: 'ghcr.io/o/r' },
        env: { GITHUB_EVENT_PATH: join(scratch, 'no-such-event.json') },
      }),
    },
    {
      name: 'GITHUB_OUTPUT unwritable',
      outcome: 'failure',
      options: () => ({ inputs: { images: 'ghcr.io/o/r' }, env: unwritableOutput() }),
    },
  ],
  'wait-for-manifests': [
    {
      name: 'image present',
      outcome: 'success',
      options: () => ({ env: dockerConfig(), inputs: { images: baseImage, timeout: '10s' } }),
    },
    {
      name: 'bad input',
      outcome: 'failure',
      options: () => ({ inputs: { images: 'ghcr.io/o/r:1', timeout: 'soon' } }),
    },
    {
      name: 'registry unreachable',
      outcome: 'failure',
      options: () => ({
        env: dockerConfig(),
        inputs: { images: `${UNREACHABLE}/x/y:1`, timeout: '2s', interval: '200ms', 'max-interval': '500ms' },
      }),
    },
    {
      name: 'image missing until the timeout',
      outcome: 'failure',
      options: () => ({
        env: dockerConfig(),
        inputs: {
          images: `${anonymousHost}/exit/missing:1`,
          timeout: '1500ms',
          interval: '200ms',
          'max-interval': '500ms',
        },
      }),
    },
    {
      name: 'GITHUB_OUTPUT unwritable',
      outcome: 'failure',
      options: () => ({
        env: { ...dockerConfig(), ...unwritableOutput() },
        inputs: { images: baseImage, timeout: '10s' },
      }),
    },
  ],
  'merge-manifests': [
    {
      name: 'bad input',
      outcome: 'failure',
      options: () => ({ inputs: { images: 'ghcr.io/o/r', digests: 'sha256:abc', tags: 'ghcr.io/o/r:1' } }),
    },
    {
      name: 'registry unreachable',
      outcome: 'failure',
      options: () => ({
        env: dockerConfig(),
        inputs: {
          images: `${UNREACHABLE}/x/y`,
          digests: `sha256:${'d'.repeat(64)}`,
          tags: `${UNREACHABLE}/x/y:1`,
        },
      }),
    },
    {
      name: 'digest missing from the repository',
      outcome: 'failure',
      options: () => ({
        env: dockerConfig(),
        inputs: {
          images: `${anonymousHost}/hardening/merge`,
          digests: `sha256:${'d'.repeat(64)}`,
          tags: `${anonymousHost}/hardening/merge:1`,
        },
      }),
    },
  ],
  'prune-images': [
    {
      name: 'bad input',
      outcome: 'failure',
      options: () => ({ inputs: { images: 'ghcr.io/o/r', 'delete-tags': 'pr-*', 'keep-n-tagged': '-1' } }),
    },
    {
      name: 'registry unreachable',
      outcome: 'failure',
      options: () => ({
        env: dockerConfig(),
        inputs: { images: `${UNREACHABLE}/x/y`, 'delete-tags': 'pr-*' },
      }),
    },
    {
      name: 'nothing selected (dry run)',
      outcome: 'success',
      options: () => ({
        env: dockerConfig(),
        inputs: {
          images: `${anonymousHost}/hardening/prune-missing`,
          'delete-tags': 'pr-*',
          'dry-run': 'true',
        },
      }),
    },
  ],
  'append-image-digests-to-release': [
    {
      name: 'release updated',
      outcome: 'success',
      options: () => ({
        event: 'push-tag',
        env: apiEnv(),
        inputs: { images: 'ghcr.io/o/api:1', digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }) },
      }),
    },
    {
      name: 'bad input',
      outcome: 'failure',
      options: () => ({ event: 'push-tag', env: apiEnv(), inputs: { mode: 'sideways' } }),
    },
    {
      name: 'API unreachable',
      outcome: 'failure',
      options: () => ({
        event: 'push-tag',
        env: { GITHUB_API_URL: `http://${UNREACHABLE}`, GITHUB_TOKEN: TOKEN },
        inputs: { images: 'ghcr.io/o/api:1', digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }) },
      }),
    },
    {
      name: 'API rejects the token (401)',
      outcome: 'failure',
      options: () => ({
        event: 'push-tag',
        env: { GITHUB_API_URL: api.url, GITHUB_TOKEN: 'wrong-token' },
        inputs: { images: 'ghcr.io/o/api:1', digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }) },
      }),
    },
    {
      name: 'no release and create-if-missing false',
      outcome: 'failure',
      options: () => ({
        event: 'push-tag',
        env: apiEnv(),
        inputs: {
          tag: 'v0.0.0-none',
          'create-if-missing': 'false',
          images: 'ghcr.io/o/api:1',
          digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }),
        },
      }),
    },
    {
      name: 'registry unreachable while reading digests',
      outcome: 'failure',
      options: () => ({
        event: 'push-tag',
        env: { ...apiEnv(), ...dockerConfig() },
        inputs: { images: `${UNREACHABLE}/x/api:1` },
      }),
    },
  ],
  build: [
    {
      name: 'bad input',
      outcome: 'failure',
      options: () => ({ workspace: buildWorkspace(), inputs: { images: 'ghcr.io/o/r', platforms: 'linux' } }),
    },
    {
      name: 'no Dockerfile',
      outcome: 'failure',
      options: () => ({ workspace: dir('empty-ws'), inputs: { images: 'ghcr.io/o/r' } }),
    },
    {
      name: 'no engine',
      outcome: 'failure',
      options: () => ({
        workspace: buildWorkspace(),
        env: { DOCKER_HOST: `unix://${join(scratch, 'none.sock')}`, ...dockerConfig() },
        inputs: { images: 'ghcr.io/o/r', cache: '' },
      }),
    },
  ],
  'free-disk-space': [
    {
      name: 'dry run on a temp root (main + post)',
      outcome: 'success',
      withPost: true,
      options: () => {
        const root = dir('root');
        mkdirSync(join(root, 'usr', 'local', 'lib', 'android'), { recursive: true });
        writeFileSync(join(root, 'usr', 'local', 'lib', 'android', 'f'), 'x'.repeat(4096));
        return { inputs: { root, 'dry-run': 'true', 'allow-self-hosted': 'true', targets: 'android' } };
      },
    },
    {
      name: 'delete in the background on a temp root (main + post)',
      outcome: 'success',
      withPost: true,
      options: () => {
        const root = dir('root');
        mkdirSync(join(root, 'usr', 'local', 'lib', 'android', 'sdk'), { recursive: true });
        for (let i = 0; i < 50; i++)
          writeFileSync(join(root, 'usr', 'local', 'lib', 'android', 'sdk', `f${i}`), 'x');
        return { inputs: { root, mode: 'background', 'allow-self-hosted': 'true', targets: 'android' } };
      },
    },
    {
      name: 'bad input',
      outcome: 'failure',
      options: () => ({
        inputs: { root: dir('root'), 'allow-self-hosted': 'true', targets: 'android, nonsense' },
      }),
    },
    {
      name: 'relative root',
      outcome: 'failure',
      options: () => ({ inputs: { root: 'relative/root', 'allow-self-hosted': 'true' } }),
    },
  ],
};

let buildWs: string | undefined;
function buildWorkspace(): string {
  if (!buildWs) {
    buildWs = dir('build-ws');
    writeFileSync(join(buildWs, 'Dockerfile'), 'FROM scratch\n');
  }
  return buildWs;
}

async function execute(action: string, node: NodeVersion, scenario: Scenario): Promise<RunResult[]> {
  const opts = scenario.options();
  const env = { ...opts.env, NODE_OPTIONS: `--require ${WATCHDOG} --trace-exit` };
  const base = { action, node, timeoutMs: HARNESS_TIMEOUT_MS, ...opts, env };
  try {
    if (scenario.withPost) {
      const { main, post } = await runWithPost(base);
      return [main, post];
    }
    return [await runAction(base)];
  } catch (error) {
    if (error instanceof ActionTimeoutError)
      throw new Error(`${action} / ${scenario.name}: still running at the harness timeout: ${error.message}`);
    throw error;
  }
}

// The check itself is live: a script that leaks an interval for 2 s is caught, and named.
it('control: the watchdog names a handle that keeps Node alive', async () => {
  const entry = join(scratch, 'leaky.mjs');
  writeFileSync(entry, 'const i = setInterval(() => {}, 100);\nsetTimeout(() => clearInterval(i), 2000);\n');
  const r = await runAction({
    action: 'leaky',
    entry,
    timeoutMs: HARNESS_TIMEOUT_MS,
    env: { NODE_OPTIONS: `--require ${WATCHDOG}`, HARDENING_LIVENESS_MS: '500' },
  });
  expect(r.stderr).toMatch(/HARDENING-ALIVE \[.*"Timeout".*\]/);
});

const TRACE_EXIT = /\(node:\d+\) WARNING: Exited the environment with code \d+[\s\S]*?(?=\n\S|$)/g;

for (const [action, scenarios] of Object.entries(SCENARIOS)) {
  if (!selected(action)) continue;
  describe(`${action}: exits on its own, 1 on failure`, () => {
    describe.each(NODE_VERSIONS)('%s', (node) => {
      it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
        const results = await execute(action, node, scenario);
        for (const [i, r] of results.entries()) {
          const phase = i === 0 ? 'main' : 'post';
          counts.runs++;
          if (TRACE_EXIT.test(r.stderr))
            counts.processExit.push(`${action} ${phase} / ${scenario.name} / ${node}`);
          TRACE_EXIT.lastIndex = 0;
          const stderr = r.stderr.replace(TRACE_EXIT, '');
          const expected = phase === 'post' ? 'success' : scenario.outcome;
          expect({
            phase,
            alive: /HARDENING-ALIVE.*/.exec(r.stderr)?.[0] ?? 'exited',
            exitCode: r.exitCode,
            errors: r.errors.length,
            stack: /^\s+at .+:\d+:\d+\)?$/m.test(stderr) ? stderr.slice(0, 600) : 'none',
            unhandled: /Unhandled/.test(stderr),
          }).toEqual({
            phase,
            alive: 'exited',
            exitCode: expected === 'success' ? 0 : 1,
            errors: expected === 'success' ? 0 : 1,
            stack: 'none',
            unhandled: false,
          });
        }
        if (scenario.outcome === 'success') counts.success++;
        else counts.failure++;
      });
    });
  });
}
