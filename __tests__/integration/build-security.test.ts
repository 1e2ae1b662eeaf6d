// Attacks on the build action that issue 15 names, mounted on the real engine and registry:
// a checkout that persisted its token in .git/config (a COPY of the context would put it into the
// image: the action warns unless .dockerignore excludes .git), and a pull request (or a build that
// pushes nothing) writing the shared cache that release builds read (it must only read).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunnerTemp, runAction, type RunResult } from '../../testkit/runner/index.js';
import { ensureDocker, ensureRegistry, registryFetch, type Registry } from '../../testkit/services/index.js';

const uid = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
const scratch = mkdtempSync(join(tmpdir(), 'build-security-'));
let registry: Registry;
let dockerEnv: Record<string, string>;

beforeAll(async () => {
  dockerEnv = (await ensureDocker()).env;
  registry = await ensureRegistry('anonymous');
});

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

/** A workspace with a small Dockerfile; `files` adds more (path -> content). */
function workspace(files: Record<string, string> = {}): string {
  const ws = mkdtempSync(join(scratch, 'ws-'));
  writeFileSync(join(ws, 'hello.txt'), `hello ${uid}\n`);
  writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(ws, path, '..'), { recursive: true });
    writeFileSync(join(ws, path), content);
  }
  return ws;
}

async function build(ws: string, inputs: Record<string, string>, event?: string): Promise<RunResult> {
  const result = await runAction({
    action: 'build',
    workspace: ws,
    inputs,
    env: dockerEnv,
    event,
    timeoutMs: 240_000,
  });
  if (result.exitCode !== 0)
    throw new Error(`build failed (exit ${result.exitCode}):\n${result.log.slice(-4000)}`);
  return result;
}

async function tagsOf(repo: string): Promise<string[]> {
  const res = await registryFetch(registry, `/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  return (((await res.json()) as { tags?: string[] }).tags ?? []).sort();
}

const PERSISTED =
  '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==\n';

describe('a checkout token in the build context (issue 15, point 2)', () => {
  it.each([
    ['.git/config with an extraheader, no .dockerignore: warned', {}, true],
    ['the same, .dockerignore excludes .git: silent', { '.dockerignore': '.git\n' }, false],
    ['.dockerignore excludes something else: warned', { '.dockerignore': 'node_modules\n' }, true],
  ])('%s', async (_name, extra, warned) => {
    const ws = workspace({ '.git/config': PERSISTED, ...extra });
    const result = await build(ws, {
      images: `${registry.host}/sec-${uid}/ctx`,
      push: 'false',
      cache: 'none',
    });
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.some((w) => /\.git\/config with a credential/.test(w))).toBe(warned);
    expect(result.log).not.toContain('eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==');
  });
});

describe('the shared cache is read-only for pull requests and builds that push nothing (issue 15, point 5)', () => {
  it.each([
    ['a pull_request build that pushes', 'pull-request', 'true', 'pr'],
    ['a push build with push: false', 'push-branch', 'false', 'nopush'],
  ])('%s exports no registry cache', async (_name, event, push, repoName) => {
    const repo = `sec-${uid}/${repoName}`;
    const result = await build(
      workspace(),
      { images: `${registry.host}/${repo}`, push, cache: 'registry' },
      event,
    );
    expect(result.log).toMatch(/cache is read-only \(.*\): nothing exported for registry/);
    expect((await tagsOf(repo)).filter((t) => t.startsWith('buildcache'))).toEqual([]);
  });

  it('a push build that pushes still writes the registry cache (control)', async () => {
    const repo = `sec-${uid}/control`;
    await build(workspace(), { images: `${registry.host}/${repo}`, push: 'true', cache: 'registry' });
    expect((await tagsOf(repo)).filter((t) => t.startsWith('buildcache'))).toHaveLength(1);
  });
});
