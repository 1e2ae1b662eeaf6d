// free-disk-space's docker-images target (dist bundle, through the runner harness) against a real
// engine: `docker image prune --all --force` removes every image no container uses, and keeps the
// images of running and of stopped containers (action.yml, README). The prune runs on an isolated
// engine of its own (testkit/services/isolated-engine.ts): pruning the shared private engine would
// delete images other test files are using; the machine's own daemon is never reachable (the
// harness gives every step a DOCKER_HOST that points nowhere unless a test passes one).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import { ensureBaseImage, ensureDocker, run } from '../../testkit/services/index.js';
import { startIsolatedEngine, type IsolatedEngine } from '../../testkit/services/isolated-engine.js';

/** Bytes of random data in the image that has to go (one layer: this file plus tar headers). */
const THROWAWAY_BYTES = 1_000_000;

interface Report {
  target: string;
  status: string;
  bytes?: number;
  errors?: string[];
}

let engine: IsolatedEngine;
let base: string;
const scratch = mkdtempSync(join(tmpdir(), 'dpa-fds-docker-'));

beforeAll(async () => {
  [engine, base] = await Promise.all([startIsolatedEngine(), ensureBaseImage()]);
});

afterAll(async () => {
  await engine?.close();
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

async function must(result: Promise<{ code: number; stdout: string; stderr: string }>, what: string) {
  const r = await result;
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}): ${r.stderr}`);
  return r.stdout.trim();
}

/** `docker import` of a one-file rootfs: a fresh image only this test knows. */
async function importImage(ref: string): Promise<void> {
  const dir = mkdtempSync(join(scratch, 'rootfs-'));
  writeFileSync(join(dir, 'random.bin'), randomBytes(THROWAWAY_BYTES));
  const tar = `${dir}.tar`;
  await must(run('tar', ['-C', dir, '-cf', tar, '.']), 'tar');
  await must(engine.docker(['import', tar, ref]), `docker import ${ref}`);
}

const imageExists = async (ref: string) => (await engine.docker(['image', 'inspect', ref])).code === 0;

function prune(node: NodeVersion, env: Record<string, string>, inputs: Record<string, string> = {}) {
  return runAction({
    action: 'free-disk-space',
    node,
    inputs: { root: mkdtempSync(join(scratch, 'root-')), targets: 'docker-images', ...inputs },
    env,
  });
}

const reportOf = (outputs: Record<string, string>) => JSON.parse(outputs.report!) as Report[];

describe.each(NODE_VERSIONS)('free-disk-space docker-images on %s', (node) => {
  it('prunes the unused image; keeps the images of a running and of a stopped container', async () => {
    await engine.clear();
    await must(engine.docker(['pull', '--quiet', base]), 'docker pull');
    const tag = `${node}-${Date.now()}`;
    const [unused, stopped] = [`dpa-unused:${tag}`, `dpa-stopped:${tag}`];
    await Promise.all([importImage(unused), importImage(stopped)]);
    const running = await must(
      engine.docker(['run', '--detach', '--network', 'none', base, 'sleep', '600']),
      'docker run',
    );
    const created = await must(engine.docker(['create', '--network', 'none', stopped, '/x']), 'create');

    const result = await prune(node, engine.env);

    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const [report] = reportOf(result.outputs);
    expect({ target: report!.target, status: report!.status, errors: report!.errors }).toEqual({
      target: 'docker-images',
      status: 'deleted',
      errors: undefined,
    });
    // docker's own count of what the prune reclaimed: the unused image's one layer (the random
    // file plus tar headers and metadata, in docker's 4-digit decimal units), nothing more.
    expect(report!.bytes).toBeGreaterThanOrEqual(THROWAWAY_BYTES * 0.999);
    expect(report!.bytes).toBeLessThan(THROWAWAY_BYTES * 1.1);
    expect(await imageExists(unused)).toBe(false);
    expect(await imageExists(stopped)).toBe(true);
    expect(await imageExists(base)).toBe(true);
    // the containers themselves are untouched
    const states = await must(
      engine.docker(['inspect', '--format', '{{.State.Status}}', running, created]),
      'inspect',
    );
    expect(states.split('\n')).toEqual(['running', 'created']);
  });

  it('dry-run prunes nothing', async () => {
    const unused = `dpa-unused:${node}-dry-${Date.now()}`;
    await importImage(unused);
    const result = await prune(node, engine.env, { 'dry-run': 'true' });
    expect(result.exitCode).toBe(0);
    expect(reportOf(result.outputs).map((r) => r.status)).toEqual(['would prune']);
    expect(await imageExists(unused)).toBe(true);
  });

  it('the docker CLI without a reachable daemon (the harness default): "not present", nothing else', async () => {
    const { env } = await ensureDocker();
    // The engine's CLI is on PATH, DOCKER_HOST stays the harness's socket that does not exist.
    const result = await prune(node, { PATH: env.PATH! });
    expect(result.exitCode).toBe(0);
    expect(result.warnings).toEqual([]);
    expect(reportOf(result.outputs)).toEqual([
      expect.objectContaining({
        target: 'docker-images',
        status: 'not present',
        errors: ['docker daemon not reachable'],
      }),
    ]);
  });
});
