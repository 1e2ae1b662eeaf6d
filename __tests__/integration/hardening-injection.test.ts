// Issue 9, part 1: the injection corpus. Every action gets every hostile payload in every
// slot that can carry attacker text (inputs, event payload fields, API and registry answers), run as
// the real bundle through the runner harness. Each run must leave the canary file uncreated, let no
// workflow command from the data take effect, write only declared outputs, and fail (if it fails)
// with exactly one ::error:: and no stack trace. Full corpus on node24 (what the runner uses); the
// four most dangerous payloads on node20.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidTag } from '../../packages/image-ref/index.js';
import { SECTION_END, SECTION_START } from '../../packages/release-notes/index.js';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import {
  cleanupRunnerTemp,
  NODE_VERSIONS,
  runAction,
  type NodeVersion,
  type RunOptions,
  type RunResult,
} from '../../testkit/runner/index.js';
import {
  injectionProblems,
  selected,
  MARK,
  payloads,
  pool,
  pullRequest,
  pushBranch,
  pushTag,
  release,
  startHostileRegistry,
  workflowRun,
  type HostileRegistry,
  type Payload,
} from '../../testkit/hardening/corpus.js';

const scratch = mkdtempSync(join(tmpdir(), 'dpa-injection-'));
const CANARY = join(scratch, 'canary');
const PAYLOADS = payloads(CANARY);
const NODE20_PAYLOADS = new Set(['subshell', 'newline-set-output', 'legacy', 'output-delimiter']);
const TOKEN = 'injection-test-token-0123';
const DIGEST = `sha256:${'e'.repeat(64)}`;
const tried: Record<string, number> = {};

interface Services {
  registry: HostileRegistry;
  dockerConfig: string;
}
let services: Services;

type SlotOptions = Partial<RunOptions> & { teardown?: () => Promise<void> };

interface Slot {
  name: string;
  outcome: 'success' | 'failure' | 'either';
  /** Runs per slot at once; 1 when the slot shares mutable emulator state. */
  concurrency?: number;
  options(p: Payload, index: number): Promise<SlotOptions> | SlotOptions;
  /** Extra checks for this slot (e.g. list outputs that must not gain forged lines). */
  extra?(r: RunResult, p: Payload, index: number): void;
}

const lines = (text: string | undefined) => (text ? text.split('\n') : []);

/**
 * One failing slot per input, for actions whose every input check happens before a registry is
 * asked: past them the registry (the discard port) refuses the connection, so the run fails either
 * way, and the payload (wrapped into that input) must never act.
 */
function refusedRegistrySlots(
  cases: readonly (readonly [string, (text: string) => string])[],
  base: Record<string, string>,
): Slot[] {
  return cases.map(([input, wrap]) => ({
    name: `input ${input}`,
    outcome: 'failure',
    options: (p) => ({ inputs: { ...base, [input]: wrap(p.text) } }),
  }));
}

/** compute-sha-tags' list outputs: only valid image refs, and label keys the action or the test wrote. */
function computeShaTagsOutputs(r: RunResult, tagsOnly = false): void {
  if (r.exitCode !== 0) return;
  for (const tag of lines(r.outputs['tag-names'])) expect(isValidTag(tag)).toBe(true);
  if (tagsOnly) return;
  for (const label of [...lines(r.outputs.labels), ...lines(r.outputs.annotations)]) {
    expect(label).toMatch(/^(org\.opencontainers\.image\.[a-z]+|org\.example\.x)=/);
  }
}

async function withApi(
  configure: (api: GitHubApi) => void,
): Promise<{ api: GitHubApi; env: Record<string, string> }> {
  const api = await startGitHubApi({ owner: 'octo-org', repo: 'octo-repo', token: TOKEN });
  configure(api);
  return { api, env: { GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN } };
}

const CORPUS: Record<string, Slot[]> = {
  'compute-sha-tags': [
    ...(['images', 'sha', 'sha-length'] as const).map((input): Slot => ({
      name: `input ${input}`,
      outcome: 'failure',
      options: (p) => ({
        inputs: { images: 'ghcr.io/o/r', [input]: input === 'images' ? `ghcr.io/o/r${p.text}` : p.text },
      }),
    })),
    ...(
      [
        ['tags', (t: string) => `type=raw,value=${t}\ntype=ref,event=branch,prefix=${t}`],
        ['flavor', (t: string) => `prefix=${t}`],
        ['labels', (t: string) => `org.example.x=${t}`],
        ['annotations', (t: string) => `org.example.x=${t}`],
      ] as const
    ).map(([input, wrap]): Slot => ({
      name: `input ${input}`,
      outcome: 'either',
      options: (p) => ({ inputs: { images: 'ghcr.io/o/r', [input]: wrap(p.text) } }),
      // A multi-line labels input is several labels by design; only API text must not split a label.
      extra: (r) => computeShaTagsOutputs(r, input === 'labels' || input === 'annotations'),
    })),
    ...(
      [
        ['push branch ref', (t: string) => pushBranch(`feature/${t}`)],
        ['push tag ref', (t: string) => pushTag(`v1.0.0-${t}`)],
        ['pull request head ref and title', (t: string) => pullRequest(`feature/${t}`, t)],
        ['workflow_run head_branch', (t: string) => workflowRun(t)],
      ] as const
    ).map(([name, event]): Slot => ({
      name: `event ${name}`,
      outcome: 'either',
      options: (p) => ({ event: event(p.text), inputs: { images: 'ghcr.io/o/r' } }),
      extra: (r) => computeShaTagsOutputs(r),
    })),
    {
      name: 'API repository description',
      outcome: 'either',
      options: async (p) => {
        const { api, env } = await withApi((a) => {
          a.state.repo('octo-org', 'octo-repo')!.description = p.text;
        });
        return {
          env,
          inputs: { images: 'ghcr.io/o/r', 'github-token': TOKEN },
          secrets: [TOKEN],
          teardown: () => api.close(),
        };
      },
      extra: (r) => computeShaTagsOutputs(r),
    },
  ],
  'wait-for-manifests': [
    ...(
      [
        ['images', (t: string) => `ghcr.io/o/r:${t}`],
        ['platforms', (t: string) => t],
        ['timeout', (t: string) => `1s${t}`],
        ['insecure-registries', (t: string) => `host${t}`],
      ] as const
    ).map(([input, wrap]): Slot => ({
      name: `input ${input}`,
      outcome: 'failure',
      options: (p) => ({ inputs: { images: 'ghcr.io/o/r:1', [input]: wrap(p.text) } }),
    })),
    ...(['auth', 'error', 'platforms'] as const).map((scenario): Slot => ({
      name: `registry ${scenario} answers`,
      outcome: 'either',
      options: (_p, i) => ({
        env: { DOCKER_CONFIG: services.dockerConfig },
        inputs: {
          images: services.registry.ref(scenario, i),
          timeout: '1500ms',
          interval: '200ms',
          'max-interval': '400ms',
          'request-timeout': '2s',
          platforms: scenario === 'platforms' ? 'linux/amd64' : '',
        },
      }),
      // The payload reached the action only if the action asked the hostile registry.
      extra: (_r, p, i) =>
        expect({ payload: p.id, requests: services.registry.requestsFor(scenario, i) > 0 }).toEqual({
          payload: p.id,
          requests: true,
        }),
    })),
  ],
  'merge-manifests': refusedRegistrySlots(
    [
      ['images', (t) => `127.0.0.1:9/o/${t}`],
      ['digests', (t) => `127.0.0.1:9/o/r@${t}`],
      ['tags', (t) => `127.0.0.1:9/o/r:${t}`],
      ['annotations', (t) => `org.example.x=${t}`],
      ['platforms', (t) => t],
    ],
    { images: '127.0.0.1:9/o/r', digests: DIGEST, tags: '127.0.0.1:9/o/r:1', 'request-timeout': '1s' },
  ),
  'prune-images': refusedRegistrySlots(
    [
      ['images', (t) => `127.0.0.1:9/o/${t}`],
      ['delete-tags', (t) => t],
      ['keep-tags', (t) => t],
      ['older-than', (t) => t],
    ],
    { images: '127.0.0.1:9/o/r', 'delete-tags': 'pr-*' },
  ),
  'append-image-digests-to-release': [
    ...(
      [
        ['images', (t: string) => `ghcr.io/o/api:${t}`, 'failure'],
        ['missing', (t: string) => `ghcr.io/o/api:${t}`, 'failure'],
        ['mode', (t: string) => t, 'failure'],
        ['tag', (t: string) => `v1-${t}`, 'either'],
        ['section-title', (t: string) => t, 'either'],
        [
          'digests',
          (t: string) => JSON.stringify({ 'ghcr.io/o/api:1': { digest: DIGEST, platforms: [t] } }),
          'failure',
        ],
      ] as const
    ).map(([input, wrap, outcome]): Slot => ({
      name: `input ${input}`,
      outcome,
      options: async (p) => {
        const { api, env } = await withApi(() => undefined);
        return {
          env,
          secrets: [TOKEN],
          event: 'push-tag',
          inputs: {
            digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }),
            images: 'ghcr.io/o/api:1',
            [input]: wrap(p.text),
          },
          teardown: async () => {
            // Hostile tags must not reach API paths outside the described API (path traversal).
            expect(api.violations).toEqual([]);
            await api.close();
          },
        };
      },
    })),
    {
      name: 'existing release body and release event',
      outcome: 'success',
      options: async (p, i) => {
        const tag = `v9.${i}.0`;
        const body = `${p.text}\n::add-mask::${MARK}-body\n${SECTION_END} stray end\n##[error]${MARK}-body-legacy`;
        const { api, env } = await withApi((a) => void a.state.addRelease({ tag_name: tag, body }));
        return {
          env,
          secrets: [TOKEN],
          event: release(tag, body),
          inputs: {
            digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }),
            images: 'ghcr.io/o/api:1',
            mode: 'merge',
          },
          teardown: async () => {
            const now = api.state.getReleaseByTag(tag)?.body ?? '';
            // The user's text (with its commands and a stray end marker) is kept byte for byte.
            expect(now.startsWith(body)).toBe(true);
            expect(now.split(SECTION_START).length).toBe(2);
            await api.close();
          },
        };
      },
    },
    {
      name: 'API error messages',
      outcome: 'failure',
      options: async (p, i) => {
        const { api, env } = await withApi((a) =>
          a.fault({
            times: Infinity,
            status: [403, 422, 500][i % 3],
            body: { message: p.text, documentation_url: p.text },
          }),
        );
        return {
          env,
          secrets: [TOKEN],
          event: 'push-tag',
          inputs: { digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }), images: 'ghcr.io/o/api:1' },
          teardown: () => api.close(),
        };
      },
    },
  ],
  build: [
    ...(
      [
        ['tags', (t: string) => `ghcr.io/o/r:${t}`],
        ['images', (t: string) => `ghcr.io/o/r${t}`],
        ['platforms', (t: string) => `linux/${t}`],
        ['cache-ref', (t: string) => `ghcr.io/o/cache:${t}`],
        ['context', (t: string) => `./${t}`],
      ] as const
    ).map(([input, wrap]): Slot => ({
      name: `input ${input}`,
      outcome: 'failure',
      options: (p) => ({
        workspace: buildWorkspace(),
        inputs: { images: 'ghcr.io/o/r', [input]: wrap(p.text) },
      }),
    })),
    // Values that pass validation reach the build step; with no Docker engine there it fails at once.
    ...(
      [
        ['build-args', (t: string) => `A=${t}\nB=${t}`],
        ['labels', (t: string) => `org.example.x=${t}`],
        ['tag-rules', (t: string) => `type=raw,value=${t}`],
      ] as const
    ).map(([input, wrap]): Slot => ({
      name: `input ${input} (no engine)`,
      outcome: 'failure',
      options: (p) => ({
        workspace: buildWorkspace(),
        env: {
          DOCKER_HOST: `unix://${join(scratch, 'no-docker.sock')}`,
          DOCKER_CONFIG: services.dockerConfig,
        },
        inputs: { images: 'ghcr.io/o/r', cache: '', [input]: wrap(p.text) },
      }),
    })),
    {
      name: 'event push branch ref (no engine)',
      outcome: 'failure',
      options: (p) => ({
        workspace: buildWorkspace(),
        event: pushBranch(`feature/${p.text}`),
        env: {
          DOCKER_HOST: `unix://${join(scratch, 'no-docker.sock')}`,
          DOCKER_CONFIG: services.dockerConfig,
        },
        inputs: { images: 'ghcr.io/o/r', cache: '' },
      }),
    },
  ],
  'free-disk-space': [
    ...(
      [
        ['targets', (t: string) => `android,${t}`],
        ['keep', (t: string) => t],
        ['extra-paths', (t: string) => `extra/${t}`],
        ['min-free', (t: string) => `1GB${t}`],
        ['mode', (t: string) => t],
      ] as const
    ).map(([input, wrap]): Slot => ({
      name: `input ${input} (dry run, temp root)`,
      outcome: 'either',
      options: (p) => {
        const root = mkdtempSync(join(scratch, 'root-'));
        mkdirSync(join(root, 'usr', 'local', 'lib', 'android'), { recursive: true });
        return {
          inputs: { root, 'dry-run': 'true', 'allow-self-hosted': 'true', [input]: wrap(p.text) },
          env: { DOCKER_HOST: `unix://${join(scratch, 'no-docker.sock')}` },
        };
      },
    })),
  ],
};

let buildWs: string | undefined;
function buildWorkspace(): string {
  if (!buildWs) {
    buildWs = mkdtempSync(join(scratch, 'build-ws-'));
    writeFileSync(join(buildWs, 'Dockerfile'), 'FROM scratch\nARG A\nLABEL a=$A\n');
  }
  return buildWs;
}

beforeAll(async () => {
  const dockerConfig = mkdtempSync(join(scratch, 'docker-config-'));
  writeFileSync(join(dockerConfig, 'config.json'), '{}\n');
  services = { registry: await startHostileRegistry(PAYLOADS.map((p) => p.text)), dockerConfig };
});

afterAll(async () => {
  await services?.registry.close();
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
  const total = Object.values(tried).reduce((a, b) => a + b, 0);
  console.log(
    `hardening-injection: ${PAYLOADS.length} payloads; runs per action: ${JSON.stringify(tried)}; total ${total}; hostile registry answered ${services?.registry.requests ?? 0} requests`,
  );
});

async function runSlot(action: string, slot: Slot, node: NodeVersion): Promise<void> {
  const chosen = PAYLOADS.map((p, i) => ({ p, i })).filter(
    ({ p }) => node === 'node24' || NODE20_PAYLOADS.has(p.id),
  );
  const problems: string[] = [];
  await pool(chosen, slot.concurrency ?? 2, async ({ p, i }) => {
    const label = `${action} / ${slot.name} / ${p.id} / ${node}`;
    const { teardown, ...opts } = await slot.options(p, i);
    try {
      const r = await runAction({ action, node, timeoutMs: 60_000, ...opts });
      tried[action] = (tried[action] ?? 0) + 1;
      problems.push(
        ...injectionProblems(r, {
          action,
          canary: CANARY,
          outcome: slot.outcome,
          allowedMasks: [TOKEN],
          label,
        }),
      );
      slot.extra?.(r, p, i);
      await teardown?.();
    } catch (error) {
      problems.push(`${label}: ${(error as Error).message.split('\n').slice(0, 12).join(' | ')}`);
      await teardown?.().catch(() => undefined);
    }
  });
  // Every payload ran; all problems of the slot are listed together.
  expect(problems).toEqual([]);
}

// Every action's bundle must exist (a missing one fails the suite, see corpus.ts requireBundle).
// HARDENING_ONLY=<action> narrows a local run to one action.
for (const [action, slots] of Object.entries(CORPUS)) {
  if (!selected(action)) continue;
  describe(`${action}: hostile data never acts`, () => {
    describe.each(NODE_VERSIONS)('%s', (node) => {
      it.each(slots.map((s) => [s.name, s] as const))('%s', async (_name, slot) => {
        await runSlot(action, slot, node);
      });
    });
  });
}

// One small build on the real engine: hostile build-args and labels reach buildx (as arguments,
// never through a shell) and the Dockerfile echoes them, so buildx's own output carries the
// payloads back into the step log. Node 24 only (Docker time is the expensive part).
describe('build on the real engine: hostile build-args and labels', () => {
  const engineRun = selected('build') ? it : it.skip;
  engineRun('neither the shell nor the log obeys them', async () => {
    const { ensureBaseImage, ensureDocker } = await import('../../testkit/services/index.js');
    const [docker, base] = await Promise.all([ensureDocker(), ensureBaseImage()]);
    const ws = mkdtempSync(join(scratch, 'engine-ws-'));
    const hostile = PAYLOADS.filter((p) => !p.text.includes('\r'));
    const args = hostile.map((p, i) => `A${i}=${p.text.replace(/\n/g, ' ')}`);
    writeFileSync(
      join(ws, 'Dockerfile'),
      [
        'ARG BASE_IMAGE',
        'FROM ${BASE_IMAGE}',
        ...hostile.map((_, i) => `ARG A${i}`),
        // Each value printed at the start of a line and after `##[` so buildx echoes live-looking commands.
        `RUN ${hostile.map((_, i) => `printf '%s\\n' "$A${i}"`).join(' && ')} && printf '::add-mask::${MARK}-run\\n##[error]${MARK}-run\\n'`,
      ].join('\n'),
    );
    const r = await runAction({
      action: 'build',
      node: 'node24',
      workspace: ws,
      timeoutMs: 240_000,
      env: docker.env,
      inputs: {
        images: 'hardening/injection',
        'build-args': [`BASE_IMAGE=${base}`, ...args].join('\n'),
        labels: hostile.map((p, i) => `org.example.l${i}=${p.text.replace(/\n/g, ' ')}`).join('\n'),
        cache: '',
        'no-cache': 'true',
      },
    });
    tried.build = (tried.build ?? 0) + 1;
    expect(
      injectionProblems(r, {
        action: 'build',
        canary: CANARY,
        outcome: 'success',
        label: 'build / real engine',
      }),
    ).toEqual([]);
  });
});
