// The build bundle's tag inputs and platforms on the real engine and registry: `flavor` and valid
// `tag-rules` give exactly the tags expected for the event (each pushed, all to the output
// digest), and a build for two platforms pushes one index listing both. The Dockerfile has no RUN
// step (FROM scratch + COPY), so no emulator is needed for the foreign platform.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunnerTemp, runAction, type RunResult } from '../../testkit/runner/index.js';
import {
  ensureDocker,
  ensureRegistry,
  MANIFEST_ACCEPT,
  manifestDigest,
  registryFetch,
  type Registry,
} from '../../testkit/services/index.js';

const uid = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
const scratch = mkdtempSync(join(tmpdir(), 'build-tags-'));
let registry: Registry;
let dockerEnv: Record<string, string>;
let ws: string;

beforeAll(async () => {
  dockerEnv = (await ensureDocker()).env;
  registry = await ensureRegistry('anonymous');
  ws = mkdtempSync(join(scratch, 'ws-'));
  writeFileSync(join(ws, 'hello.txt'), `hello ${uid}\n`);
  writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
});

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

const repo = (name: string) => `build-tags-${uid}/${name}`;
const image = (name: string) => `${registry.host}/${repo(name)}`;

/** The build action on node20, with the testkit's default event (push to main, sha 1111111...). */
async function build(inputs: Record<string, string>): Promise<RunResult> {
  const result = await runAction({
    action: 'build',
    workspace: ws,
    inputs,
    env: dockerEnv,
    timeoutMs: 240_000,
  });
  if (result.exitCode !== 0)
    throw new Error(`build failed (exit ${result.exitCode}):\n${result.log.slice(-4000)}`);
  return result;
}

describe('computed tags on the real engine (node20)', () => {
  it.each([
    [
      'flavor: prefix and suffix where the rule sets none, latest=true',
      'flavor',
      { flavor: 'latest=true\nprefix=pre-\nsuffix=-suf' },
      ['pre-main-suf', 'sha-1111111-suf', 'latest'],
    ],
    [
      'flavor: onlatest=true decorates latest too',
      'onlatest',
      { flavor: 'prefix=pre-,onlatest=true\nlatest=true' },
      ['pre-main', 'sha-1111111', 'pre-latest'],
    ],
    [
      'tag-rules: raw, long sha with a prefix, branch with a suffix (by priority)',
      'rules',
      {
        'tag-rules':
          'type=raw,value=stable\ntype=sha,format=long,prefix=commit-\ntype=ref,event=branch,suffix=-edge',
      },
      ['main-edge', 'stable', `commit-${'1'.repeat(40)}`],
    ],
  ])('%s', async (_name, repoName, inputs, expectedTags) => {
    const result = await build({ images: image(repoName), push: 'true', cache: 'none', ...inputs });
    expect(result.outputs.tags.split('\n')).toEqual(expectedTags.map((tag) => `${image(repoName)}:${tag}`));
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const tag of expectedTags) {
      expect([tag, await manifestDigest(registry, repo(repoName), tag)]).toEqual([
        tag,
        result.outputs.digest,
      ]);
    }
    expect(result.outputs['image-refs']).toBe(`${image(repoName)}@${result.outputs.digest}`);
  });
});

interface IndexEntry {
  digest: string;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

describe('a multi-platform build on the real engine (node20)', () => {
  it('pushes one index listing linux/amd64 and linux/arm64', async () => {
    const result = await build({
      tags: `${image('multi')}:1`,
      platforms: 'linux/amd64,linux/arm64',
      push: 'true',
      cache: 'none',
    });
    expect(result.log).toContain('--platform linux/amd64,linux/arm64');
    const digest = await manifestDigest(registry, repo('multi'), '1');
    expect(result.outputs.digest).toBe(digest);
    const res = await registryFetch(registry, `/v2/${repo('multi')}/manifests/1`, {
      headers: { Accept: MANIFEST_ACCEPT },
    });
    expect(res.status).toBe(200);
    const index = (await res.json()) as { mediaType: string; manifests: IndexEntry[] };
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    // provenance (mode=min) adds one attestation manifest per platform: not images
    const images = index.manifests.filter(
      (m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest',
    );
    expect(images.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort()).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    for (const entry of images)
      expect(await manifestDigest(registry, repo('multi'), entry.digest)).toBe(entry.digest);
  });
});
