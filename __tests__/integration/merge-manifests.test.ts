// merge-manifests against the real registries (issue 18): per-platform images in the anonymous
// (:5000) and the token (:5002) registry merged in one run; the index keeps attestation manifests
// with their annotations; every tag resolves to it; `docker buildx imagetools inspect` and
// wait-for-manifests (platforms linux/amd64,linux/arm64) see both platforms; a digest missing
// from one repository fails before anything is pushed; transient registry errors are retried.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFaultProxy } from '../../testkit/faults/fault-proxy.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction } from '../../testkit/runner/index.js';
import {
  docker,
  ensureRegistry,
  manifestDigest,
  pushRandomImage,
  type Registry,
} from '../../testkit/services/index.js';
import {
  indexPlatforms,
  pushSyntheticImage,
  readIndex,
  uniqueMergeRepo,
  type SyntheticImage,
} from '../../testkit/multiplatform.js';
import { emptyDockerConfig, lines } from '../../testkit/wait-for-manifests.js';

let anon: Registry;
let token: Registry;
const repo = uniqueMergeRepo('it');
let amd64: SyntheticImage;
let arm64: SyntheticImage;
/** Another linux/amd64 image: with amd64, a duplicate platform. */
let otherAmd64: SyntheticImage;

beforeAll(async () => {
  [anon, token] = await Promise.all([ensureRegistry('anonymous'), ensureRegistry('token')]);
  // The same bytes in both registries: the same digests, handed on as bare sha256: lines.
  for (const registry of [anon, token]) {
    amd64 = await pushSyntheticImage(registry, repo, {
      architecture: 'amd64',
      attestation: true,
      seed: repo,
    });
    arm64 = await pushSyntheticImage(registry, repo, {
      architecture: 'arm64',
      variant: 'v8',
      attestation: true,
      seed: repo,
    });
  }
  otherAmd64 = await pushSyntheticImage(anon, repo, { architecture: 'amd64', seed: `${repo}-other` });
});
afterAll(cleanupRunnerTemp);

const name = (r: Registry) => `${r.host}/${repo}`;
const tokenAuth = () =>
  JSON.stringify({ [token.host]: { username: token.username, password: token.password } });

function merge(node: (typeof NODE_VERSIONS)[number], inputs: Record<string, string>) {
  return runAction({
    action: 'merge-manifests',
    node,
    inputs: { 'registry-auth': tokenAuth(), ...inputs },
    env: { DOCKER_CONFIG: emptyDockerConfig() },
  });
}

describe.each(NODE_VERSIONS)('merge-manifests on %s', (node) => {
  it('merges amd64 + arm64 (with attestations) in the anonymous and the token registry in one run', async () => {
    const tag = `lines-${node}`;
    const r = await merge(node, {
      images: `${name(anon)}\n${name(token)}`,
      digests: `${amd64.digest}\n${arm64.digest}`,
      tags: `${name(anon)}:${tag}\n${name(token)}:${tag}`,
      platforms: 'linux/amd64,linux/arm64',
      annotations: 'index:org.opencontainers.image.description=merged\nmanifest:org.example.skipped=1',
    });
    expect(r.errors).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(lines(r.outputs.platforms)).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(lines(r.outputs.tags)).toEqual([`${name(anon)}:${tag}`, `${name(token)}:${tag}`]);
    expect(lines(r.outputs['image-refs'])).toEqual([
      `${name(anon)}@${r.outputs.digest}`,
      `${name(token)}@${r.outputs.digest}`,
    ]);
    for (const registry of [anon, token]) {
      const index = await readIndex(registry, repo, tag);
      expect(index.digest).toBe(r.outputs.digest);
      expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
      expect(index.annotations).toEqual({ 'org.opencontainers.image.description': 'merged' });
      expect(indexPlatforms(index)).toEqual(['linux/amd64', 'linux/arm64/v8']);
      const attestations = index.manifests.filter(
        (m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
      );
      expect(attestations.map((a) => a.annotations?.['vnd.docker.reference.digest'])).toEqual([
        amd64.imageDigest,
        arm64.imageDigest,
      ]);
    }
    expect(r.summary).toContain('Merged manifests');
    expect(r.summary).toContain(r.outputs.digest);
  });

  it('takes the JSON a matrix hands on, keyed by platform, with name@digest values', async () => {
    const tag = `json-${node}`;
    const digests = JSON.stringify({
      'linux/amd64': `${name(anon)}@${amd64.digest}`,
      'linux/arm64': [`${name(anon)}@${arm64.digest}`],
    });
    const r = await merge(node, { images: name(anon), digests, tags: `${name(anon)}:${tag}` });
    expect(r.errors).toEqual([]);
    expect(await manifestDigest(anon, repo, tag)).toBe(r.outputs.digest);
  });

  it('a digest missing from one repository fails before anything is pushed', async () => {
    const other = uniqueMergeRepo('only-anon');
    const lone = await pushSyntheticImage(anon, other, { architecture: 's390x', seed: other });
    const tag = `missing-${node}`;
    const r = await merge(node, {
      images: `${name(anon)}\n${name(token)}`,
      digests: `${amd64.digest}\n${lone.digest}`,
      tags: `${name(anon)}:${tag}\n${name(token)}:${tag}`,
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('nothing was pushed');
    expect(r.errors[0]).toContain(`${name(anon)}@${lone.digest}: not in the repository`);
    expect(r.errors[0]).toContain(`${name(token)}@${lone.digest}`);
    expect(await manifestDigest(anon, repo, tag)).toBeUndefined();
    expect(await manifestDigest(token, repo, tag)).toBeUndefined();
  });

  const badInputs: { case: string; input: string; inputs: Record<string, string> }[] = [
    { case: 'malformed digest', input: 'digests', inputs: { digests: 'sha256:abc' } },
    { case: 'duplicate platform', input: 'digests', inputs: { digests: 'DUP' } },
    { case: 'platform key that is no platform', input: 'digests', inputs: { digests: '{"linux/":"A"}' } },
    { case: 'wanted platform absent', input: 'platforms', inputs: { platforms: 'linux/s390x' } },
    { case: 'malformed platform', input: 'platforms', inputs: { platforms: 'linux' } },
    { case: 'tag of another image', input: 'tags', inputs: { tags: 'example.com/other:1' } },
  ];
  it.each(badInputs)(
    'bad input: $case -> one error naming $input, nothing pushed',
    async ({ input, inputs }) => {
      const tag = `bad-${node}-${input}`;
      const digests = (inputs.digests ?? `${amd64.digest}\n${arm64.digest}`)
        .replace('DUP', `${amd64.digest}\n${otherAmd64.digest}`)
        .replace('"A"', JSON.stringify(amd64.digest));
      const r = await merge(node, { images: name(anon), tags: `${name(anon)}:${tag}`, ...inputs, digests });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toEqual([expect.stringContaining(`Input "${input}"`)]);
      expect(r.log).not.toMatch(/\n\s+at /);
      expect(await manifestDigest(anon, repo, tag)).toBeUndefined();
    },
  );
});

describe('a real engine-built amd64 image merged with a synthetic arm64 one', () => {
  it('imagetools inspect shows both platforms and wait-for-manifests finds the tag', async () => {
    const engineRepo = uniqueMergeRepo('engine');
    const built = await pushRandomImage(anon, engineRepo, 'amd64', { platforms: ['linux/amd64'] });
    const arm = await pushSyntheticImage(anon, engineRepo, { architecture: 'arm64', seed: engineRepo });
    const tag = `${anon.host}/${engineRepo}:merged`;
    const r = await merge('node24', {
      images: `${anon.host}/${engineRepo}`,
      digests: JSON.stringify({ 'linux/amd64': built, 'linux/arm64': arm.digest }),
      tags: tag,
    });
    expect(r.errors).toEqual([]);
    const inspect = await docker(['buildx', 'imagetools', 'inspect', tag]);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toContain(r.outputs.digest);
    expect(inspect.stdout).toMatch(/Platform:\s+linux\/amd64/);
    expect(inspect.stdout).toMatch(/Platform:\s+linux\/arm64/);
    const wait = await runAction({
      action: 'wait-for-manifests',
      node: 'node24',
      inputs: { images: tag, platforms: 'linux/amd64,linux/arm64', timeout: '0' },
      env: { DOCKER_CONFIG: emptyDockerConfig() },
    });
    expect(wait.errors).toEqual([]);
    expect(JSON.parse(wait.outputs.digests)).toEqual({ [tag]: r.outputs.digest });
  });
});

describe('transient registry errors', () => {
  it('a 503 on a read, a reset on the PUT and a 502 on the check are retried; the merge succeeds', async () => {
    const proxy = await startFaultProxy(anon.url);
    try {
      proxy.add({ match: { method: 'GET', path: /\/manifests\// }, fault: { kind: 'status', status: 503 } });
      proxy.add({ match: { method: 'PUT', path: /\/manifests\// }, fault: { kind: 'reset' } });
      proxy.add({ match: { method: 'HEAD', path: /\/manifests\// }, fault: { kind: 'status', status: 502 } });
      const tag = `${proxy.host}/${repo}:faults`;
      const r = await merge('node24', {
        images: `${proxy.host}/${repo}`,
        digests: `${amd64.digest}\n${arm64.digest}`,
        tags: tag,
      });
      expect(r.errors).toEqual([]);
      expect(proxy.stats.byKind).toEqual({ status: 2, reset: 1 });
      expect(await manifestDigest(anon, repo, 'faults')).toBe(r.outputs.digest);
    } finally {
      await proxy.close();
    }
  });
});
