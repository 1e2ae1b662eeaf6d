// Acceptance 1f: a multi-platform image (FROM scratch, linux/amd64 + linux/arm64: no emulation)
// passes a platforms check; a single-platform one fails it. Attestation manifests (buildx
// provenance, `unknown/unknown`) are not platforms.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction } from '../../testkit/runner/index.js';
import {
  docker,
  dockerConfigFor,
  ensureRegistry,
  MANIFEST_ACCEPT,
  manifestDigest,
  pushRandomImage,
  registryFetch,
  type Registry,
} from '../../testkit/services/index.js';
import { digestsOf, emptyDockerConfig, lines, uniqueRepo } from '../../testkit/wait-for-manifests.js';

let registry: Registry;
let repo: string;
const digests: Record<string, string> = {};

/** A single-platform image pushed WITH provenance: an index of one image + an attestation manifest. */
async function pushWithProvenance(tag: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wfm-attest-'));
  try {
    await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY x /x\n');
    await writeFile(join(dir, 'x'), `${Date.now()}\n`);
    const args = [
      'buildx',
      'build',
      '--builder',
      'default',
      '--output',
      'type=registry',
      '--provenance=mode=min',
    ];
    args.push('--platform', 'linux/amd64', '--tag', `${registry.host}/${repo}:${tag}`, dir);
    const r = await docker(args, { env: { DOCKER_CONFIG: await dockerConfigFor(registry) } });
    if (r.code !== 0) throw new Error(`docker ${args.join(' ')}:\n${r.stderr}`);
    // Make sure this really is what the test is about: an index whose second entry is an attestation.
    const res = await registryFetch(
      registry,
      `/v2/${repo}/manifests/${tag}`,
      { headers: { Accept: MANIFEST_ACCEPT } },
      [`repository:${repo}:pull`],
    );
    const index = (await res.json()) as { manifests?: { platform?: { os: string; architecture: string } }[] };
    const platforms = (index.manifests ?? []).map((m) => `${m.platform?.os}/${m.platform?.architecture}`);
    if (platforms.join(' ') !== 'linux/amd64 unknown/unknown')
      throw new Error(`unexpected index: ${platforms}`);
    return (await manifestDigest(registry, repo, tag))!;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  registry = await ensureRegistry('htpasswd');
  repo = uniqueRepo('platforms');
  digests.multi = await pushRandomImage(registry, repo, 'multi', {
    platforms: ['linux/amd64', 'linux/arm64'],
  });
  digests.single = await pushRandomImage(registry, repo, 'single', { platforms: ['linux/amd64'] });
  digests.attested = await pushWithProvenance('attested');
});
afterAll(cleanupRunnerTemp);

describe.each(NODE_VERSIONS)('1f: platforms on %s', (node) => {
  const ref = (tag: string) => `${registry.host}/${repo}:${tag}`;
  const run = (inputs: Record<string, string>) =>
    runAction({
      action: 'wait-for-manifests',
      node,
      inputs: {
        username: registry.username!,
        password: registry.password!,
        timeout: '2s',
        interval: '500ms',
        ...inputs,
      },
      env: { DOCKER_CONFIG: emptyDockerConfig() },
    });

  it('a linux/amd64 + linux/arm64 index passes', async () => {
    const r = await run({ images: ref('multi'), platforms: 'linux/amd64,linux/arm64' });
    expect(r.exitCode).toBe(0);
    expect(digestsOf(r.outputs)).toEqual({ [ref('multi')]: digests.multi });
    expect(r.log).toContain(`present: ${ref('multi')} ${digests.multi} [linux/amd64, linux/arm64]`);
    expect(r.summary).toContain('linux/amd64, linux/arm64');
  });

  it('a single-platform image fails it, naming the missing platform', async () => {
    const r = await run({
      images: [ref('multi'), ref('single')].join('\n'),
      platforms: 'linux/amd64, linux/arm64',
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(
      `${ref('single')}: present without platform(s) linux/arm64 (has linux/amd64)`,
    );
    expect(r.errors[0]).not.toContain(ref('multi'));
    expect(lines(r.outputs.missing)).toEqual([ref('single')]);
    expect(lines(r.outputs.found)).toEqual([ref('multi')]);
    expect(r.summary).toContain('⚠️ platforms missing');
  });

  it('attestation manifests are ignored: an attested amd64 image has exactly linux/amd64', async () => {
    const pass = await run({ images: ref('attested'), platforms: 'linux/amd64' });
    expect(pass.exitCode).toBe(0);
    expect(digestsOf(pass.outputs)).toEqual({ [ref('attested')]: digests.attested });
    expect(pass.log).toContain(`[linux/amd64] (waited`);
    expect(pass.log).not.toContain('unknown/unknown');

    const fail = await run({ images: ref('attested'), platforms: 'linux/arm64', 'fail-on-missing': 'false' });
    expect(fail.exitCode).toBe(0);
    expect(fail.warnings).toEqual([
      expect.stringContaining('without platform(s) linux/arm64 (has linux/amd64)'),
    ]);
  });

  it('without platforms only HEAD requests are made', async () => {
    const r = await run({ images: [ref('multi'), ref('single'), ref('attested')].join('\n') });
    expect(r.exitCode).toBe(0);
    // one HEAD per image, plus the first one's anonymous try that learned the Basic challenge
    expect(r.log).toMatch(/3\/3 present after [\d.]+s \(4 HTTP requests\)/);
  });
});
