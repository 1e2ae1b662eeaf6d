// Issue 9, part 2: canary passwords and tokens given to every action that takes credentials, on
// success and failure paths (wrong password at the htpasswd registry, 401/403 from the GitHub API
// emulator, malformed credential inputs, no engine). The canary must be masked by the action itself
// (`masked`), never reach the step log or an annotation unmasked (the harness masks values from the
// moment the action registers them, as the runner does, so printing before masking shows), and never
// appear in the summary, outputs, state, env, nor in any file left in RUNNER_TEMP, the workspace or
// the Docker config.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import {
  cleanupRunnerTemp,
  NODE_VERSIONS,
  runAction,
  type NodeVersion,
  type RunOptions,
  type RunResult,
} from '../../testkit/runner/index.js';
import { ensureRegistry, type Registry } from '../../testkit/services/index.js';
import { filesContaining, selected, leftoverFiles } from '../../testkit/hardening/corpus.js';

const scratch = mkdtempSync(join(tmpdir(), 'dpa-secrets-'));
const canary = (what: string) => `canary-Pa55-${what}-${randomBytes(6).toString('hex')}`;
const DIGEST = `sha256:${'c'.repeat(64)}`;
const tried: Record<string, number> = {};
let htpasswd: Registry;
let anonymous: Registry;

beforeAll(async () => {
  [htpasswd, anonymous] = await Promise.all([ensureRegistry('htpasswd'), ensureRegistry('anonymous')]);
});
afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
  console.log(`hardening-secrets: credential scenarios run per action: ${JSON.stringify(tried)}`);
});

function emptyDockerConfig(): string {
  const dir = mkdtempSync(join(scratch, 'docker-config-'));
  writeFileSync(join(dir, 'config.json'), '{}\n');
  return dir;
}

/** Every place a secret could leak to; empty when the canary stayed secret. */
function leaks(r: RunResult, secrets: string[], dirs: string[], mustMask = true): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    const forms = [secret, Buffer.from(secret).toString('base64')];
    for (const form of forms) {
      // The step log as the runner shows it: the harness masks only what the action registered, at
      // the moment it registered it, so a secret printed before its ::add-mask:: shows up here.
      const logLine = r.log.split('\n').find((l) => l.includes(form));
      if (logLine) found.push(`step log: ${logLine.slice(0, 300)}`);
      const annotation = r.annotations.find((a) => a.message.includes(form));
      if (annotation) found.push(`annotation: ${annotation.message.slice(0, 300)}`);
      if (r.summary.includes(form)) found.push('job summary');
      for (const [k, v] of Object.entries({ ...r.outputs, ...r.state, ...r.env })) {
        if (v.includes(form)) found.push(`output/state/env ${k}`);
      }
      for (const dir of [r.tempDir, r.workspace, ...dirs]) {
        for (const file of filesContaining(dir, form)) found.push(`file ${join(dir, file)}`);
      }
    }
    if (mustMask && !r.masked.some((m) => m === secret || m.includes(secret)))
      found.push(`${secret.slice(0, 18)}… never masked by the action`);
  }
  return found;
}

interface Scenario {
  name: string;
  outcome: 'success' | 'failure' | 'either';
  /** false for input the action rejects before reading the secret: it need not mask, only not print it. */
  mustMask?: boolean;
  run(
    node: NodeVersion,
  ): Promise<{ result: RunResult; secrets: string[]; dirs?: string[]; after?: () => Promise<void> }>;
}

async function api(token: string, configure?: (a: GitHubApi) => void): Promise<GitHubApi> {
  const a = await startGitHubApi({ owner: 'octo-org', repo: 'octo-repo', token });
  configure?.(a);
  return a;
}

async function run(action: string, node: NodeVersion, opts: Partial<RunOptions>): Promise<RunResult> {
  tried[action] = (tried[action] ?? 0) + 1;
  return runAction({ action, node, timeoutMs: 90_000, ...opts });
}

const SCENARIOS: Record<string, Scenario[]> = {
  'compute-sha-tags': [
    {
      name: 'github-token accepted by the API (repository labels read)',
      outcome: 'success',
      async run(node) {
        const token = canary('gh');
        const a = await api(token);
        const result = await run('compute-sha-tags', node, {
          env: { GITHUB_API_URL: a.url },
          inputs: { images: 'ghcr.io/o/r', 'github-token': token },
        });
        return { result, secrets: [token], after: () => a.close() };
      },
    },
    {
      name: 'github-token rejected by the API (401), latest check on a tag (API tag listing)',
      outcome: 'either',
      async run(node) {
        const token = canary('gh401');
        const a = await api('another-token');
        const result = await run('compute-sha-tags', node, {
          event: 'push-tag',
          env: { GITHUB_API_URL: a.url },
          inputs: { images: 'ghcr.io/o/r', 'github-token': token },
        });
        return { result, secrets: [token], after: () => a.close() };
      },
    },
    {
      name: 'API 403 on every request',
      outcome: 'either',
      async run(node) {
        const token = canary('gh403');
        const a = await api(token, (x) =>
          x.fault({ times: Infinity, status: 403, body: { message: `denied ${token}` } }),
        );
        const result = await run('compute-sha-tags', node, {
          event: 'push-tag',
          env: { GITHUB_API_URL: a.url },
          inputs: { images: 'ghcr.io/o/r', 'github-token': token },
        });
        return { result, secrets: [token], after: () => a.close() };
      },
    },
    {
      name: 'bad input with a token given',
      outcome: 'failure',
      mustMask: false,
      async run(node) {
        const token = canary('ghbad');
        const result = await run('compute-sha-tags', node, {
          inputs: { images: 'ghcr.io/O R', 'github-token': token },
        });
        return { result, secrets: [token] };
      },
    },
  ],
  'wait-for-manifests': [
    {
      name: 'wrong password at the htpasswd registry',
      outcome: 'either',
      async run(node) {
        const password = canary('reg');
        const config = emptyDockerConfig();
        const result = await run('wait-for-manifests', node, {
          env: { DOCKER_CONFIG: config },
          inputs: {
            images: `${htpasswd.host}/secrets/missing:1`,
            username: htpasswd.username!,
            password,
            timeout: '2s',
            interval: '200ms',
            'max-interval': '500ms',
          },
        });
        return { result, secrets: [password], dirs: [config] };
      },
    },
    {
      name: 'registry-auth with auth (base64 user:password) and token forms, wrong',
      outcome: 'either',
      async run(node) {
        const password = canary('auth');
        const token = canary('regtoken');
        const auth = Buffer.from(`${htpasswd.username}:${password}`).toString('base64');
        const config = emptyDockerConfig();
        const result = await run('wait-for-manifests', node, {
          env: { DOCKER_CONFIG: config },
          inputs: {
            images: `${htpasswd.host}/secrets/missing:1\n${anonymous.host}/secrets/missing:1`,
            'registry-auth': JSON.stringify({ [htpasswd.host]: { auth }, [anonymous.host]: { token } }),
            timeout: '2s',
            interval: '200ms',
            'max-interval': '500ms',
          },
        });
        return { result, secrets: [password, token, auth], dirs: [config] };
      },
    },
    {
      name: 'credentials never challenged (anonymous registry, success path)',
      outcome: 'either',
      async run(node) {
        const password = canary('unused');
        const config = emptyDockerConfig();
        const result = await run('wait-for-manifests', node, {
          env: { DOCKER_CONFIG: config },
          inputs: {
            images: `${anonymous.host}/secrets/missing:1`,
            username: 'someone',
            password,
            timeout: '1s',
            interval: '200ms',
            'max-interval': '500ms',
            'fail-on-missing': 'false',
          },
        });
        return { result, secrets: [password], dirs: [config] };
      },
    },
    {
      name: 'malformed registry-auth that contains the secret',
      outcome: 'failure',
      mustMask: false,
      async run(node) {
        const password = canary('yaml');
        const result = await run('wait-for-manifests', node, {
          inputs: {
            images: `${anonymous.host}/secrets/missing:1`,
            'registry-auth': `{ "${htpasswd.host}": { "password": "${password}", }, [`,
          },
        });
        return { result, secrets: [password] };
      },
    },
  ],
  'merge-manifests': [
    {
      name: 'registry-auth with a wrong password for the htpasswd registry',
      outcome: 'failure',
      async run(node) {
        const password = canary('merge');
        const config = emptyDockerConfig();
        const result = await run('merge-manifests', node, {
          env: { DOCKER_CONFIG: config },
          inputs: {
            images: `${htpasswd.host}/secrets/merge`,
            digests: `sha256:${'d'.repeat(64)}`,
            tags: `${htpasswd.host}/secrets/merge:1`,
            'registry-auth': JSON.stringify({ [htpasswd.host]: { username: htpasswd.username, password } }),
          },
        });
        return { result, secrets: [password], dirs: [config] };
      },
    },
  ],
  'prune-images': [
    {
      name: 'registry-auth with a wrong password for the htpasswd registry',
      outcome: 'failure',
      async run(node) {
        const password = canary('prune');
        const config = emptyDockerConfig();
        const result = await run('prune-images', node, {
          env: { DOCKER_CONFIG: config },
          inputs: {
            images: `${htpasswd.host}/secrets/prune`,
            'delete-tags': 'pr-*',
            'registry-auth': JSON.stringify({ [htpasswd.host]: { username: htpasswd.username, password } }),
          },
        });
        return { result, secrets: [password], dirs: [config] };
      },
    },
  ],
  'append-image-digests-to-release': [
    {
      name: 'token accepted: release written',
      outcome: 'success',
      async run(node) {
        const token = canary('rel');
        const password = canary('relpw');
        const a = await api(token);
        const result = await run('append-image-digests-to-release', node, {
          event: 'push-tag',
          // No GITHUB_TOKEN in env: the harness would mask it from the start and hide a late mask.
          env: { GITHUB_API_URL: a.url },
          inputs: {
            token,
            username: 'someone',
            password,
            images: 'ghcr.io/o/api:1',
            digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }),
          },
        });
        return { result, secrets: [token, password], after: () => a.close() };
      },
    },
    {
      name: 'token rejected (401)',
      outcome: 'failure',
      async run(node) {
        const token = canary('rel401');
        const a = await api('another-token');
        const result = await run('append-image-digests-to-release', node, {
          event: 'push-tag',
          env: { GITHUB_API_URL: a.url },
          inputs: {
            token,
            images: 'ghcr.io/o/api:1',
            digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }),
          },
        });
        return { result, secrets: [token], after: () => a.close() };
      },
    },
    {
      name: 'API 403 that echoes the token',
      outcome: 'failure',
      async run(node) {
        const token = canary('rel403');
        const a = await api(token, (x) =>
          x.fault({ times: Infinity, status: 403, body: { message: `Resource not accessible by ${token}` } }),
        );
        const result = await run('append-image-digests-to-release', node, {
          event: 'push-tag',
          env: { GITHUB_API_URL: a.url },
          inputs: {
            token,
            images: 'ghcr.io/o/api:1',
            digests: JSON.stringify({ 'ghcr.io/o/api:1': DIGEST }),
          },
        });
        return { result, secrets: [token], after: () => a.close() };
      },
    },
    {
      name: 'wrong registry password while reading digests',
      outcome: 'either',
      async run(node) {
        const token = canary('relreg');
        const password = canary('relregpw');
        const a = await api(token);
        const config = emptyDockerConfig();
        const result = await run('append-image-digests-to-release', node, {
          event: 'push-tag',
          env: { GITHUB_API_URL: a.url, DOCKER_CONFIG: config },
          inputs: {
            token,
            images: `${htpasswd.host}/secrets/api:1`,
            'registry-auth': JSON.stringify({ [htpasswd.host]: { username: htpasswd.username, password } }),
          },
        });
        return { result, secrets: [token, password], dirs: [config], after: () => a.close() };
      },
    },
  ],
  build: [
    {
      name: 'secrets and secret-envs with no engine (failure after the secret files exist)',
      outcome: 'failure',
      async run(node) {
        const value = canary('build');
        const envValue = canary('buildenv');
        const ws = mkdtempSync(join(scratch, 'ws-'));
        writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
        const config = emptyDockerConfig();
        const result = await run('build', node, {
          workspace: ws,
          env: {
            DOCKER_HOST: `unix://${join(scratch, 'none.sock')}`,
            DOCKER_CONFIG: config,
            MY_SECRET: envValue,
          },
          inputs: {
            images: 'hardening/secrets',
            cache: '',
            secrets: `tok=${value}\n"multi=${value}\nsecond line ${value}"`,
            'secret-envs': 'envtok=MY_SECRET',
          },
        });
        return { result, secrets: [value], dirs: [config] };
      },
    },
    {
      name: 'malformed secrets entry that contains the secret',
      outcome: 'failure',
      mustMask: false,
      async run(node) {
        const value = canary('buildbad');
        const ws = mkdtempSync(join(scratch, 'ws-'));
        writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
        const result = await run('build', node, {
          workspace: ws,
          inputs: { images: 'hardening/secrets', secrets: `=${value}\n"unterminated ${value}` },
        });
        return { result, secrets: [value] };
      },
    },
  ],
};

for (const [action, scenarios] of Object.entries(SCENARIOS)) {
  if (!selected(action)) continue;
  describe(`${action}: credentials stay secret`, () => {
    describe.each(NODE_VERSIONS)('%s', (node) => {
      it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
        const { result, secrets, dirs, after } = await scenario.run(node);
        await after?.();
        expect({
          leaks: leaks(result, secrets, dirs ?? [], scenario.mustMask ?? true),
          leftover: leftoverFiles(result.tempDir),
        }).toEqual({
          leaks: [],
          leftover: [],
        });
        expect([0, 1]).toContain(result.exitCode);
        if (scenario.outcome !== 'either') expect(result.conclusion).toBe(scenario.outcome);
        if (result.exitCode !== 0) expect(result.errors).toHaveLength(1);
      });
    });
  });
}

// One build on the real engine that uses a secret mount: the secret file is gone afterwards and the
// value appears nowhere (metadata output, provenance, summary). Node 24 only.
describe('build on the real engine with a secret', () => {
  const engineRun = selected('build') ? it : it.skip;
  engineRun('uses the secret and leaves no trace of it', async () => {
    const { ensureBaseImage, ensureDocker } = await import('../../testkit/services/index.js');
    const [docker, base] = await Promise.all([ensureDocker(), ensureBaseImage()]);
    const value = canary('engine');
    const ws = mkdtempSync(join(scratch, 'engine-'));
    writeFileSync(
      join(ws, 'Dockerfile'),
      [
        'ARG BASE_IMAGE',
        'FROM ${BASE_IMAGE}',
        'RUN --mount=type=secret,id=tok test -s /run/secrets/tok',
      ].join('\n'),
    );
    const result = await run('build', 'node24', {
      workspace: ws,
      timeoutMs: 240_000,
      env: docker.env,
      inputs: {
        images: 'hardening/secret',
        'build-args': `BASE_IMAGE=${base}`,
        cache: '',
        secrets: `tok=${value}`,
      },
    });
    expect(result.exitCode).toBe(0);
    expect({
      leaks: leaks(result, [value], [docker.dockerConfig]),
      leftover: leftoverFiles(result.tempDir),
    }).toEqual({
      leaks: [],
      leftover: [],
    });
  });
});
