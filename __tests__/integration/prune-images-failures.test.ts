// prune-images when things go wrong, on node20 and node24: bad input is one clear ::error:: and
// nothing is deleted; a registry failing midway (the fault proxy answers 500 to one DELETE) leaves
// a report of what was and was not deleted, and a re-run finishes the job.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startFaultProxy, type FaultProxy } from '../../testkit/faults/fault-proxy.js';
import {
  manifestExists,
  pullProblems,
  pushSyntheticImage,
  type SyntheticImage,
} from '../../testkit/prune-images.js';
import {
  cleanupRunnerTemp,
  NODE_VERSIONS,
  runAction,
  type NodeVersion,
  type RunResult,
} from '../../testkit/runner/index.js';
import { ensureRegistry, type Registry } from '../../testkit/services/index.js';
import { emptyDockerConfig, lines } from '../../testkit/wait-for-manifests.js';

let registry: Registry;
let proxy: FaultProxy;
beforeAll(async () => {
  registry = await ensureRegistry('anonymous');
  proxy = await startFaultProxy(registry.url);
});
afterEach(() => proxy.clear());
afterAll(async () => {
  await proxy.close();
  await cleanupRunnerTemp();
});

const prune = (node: NodeVersion, inputs: Record<string, string>) =>
  runAction({ action: 'prune-images', node, inputs, env: { DOCKER_CONFIG: emptyDockerConfig() } });

async function seeded(): Promise<{ repository: string; old: SyntheticImage; kept: SyntheticImage }> {
  const repository = `prune-fail-${randomBytes(4).toString('hex')}`;
  const multi = { platforms: ['linux/amd64', 'linux/arm64'], attest: true };
  const old = await pushSyntheticImage(registry, repository, { ...multi, tags: ['sha-0000000'] });
  const kept = await pushSyntheticImage(registry, repository, { ...multi, tags: ['v1'] });
  return { repository, old, kept };
}

/** Exactly one ::error::, exit 1, no stack trace. */
function expectCleanFailure(r: RunResult): string {
  expect(r.exitCode).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return r.errors[0];
}

const BAD_INPUTS: [name: string, inputs: Record<string, string>, message: RegExp][] = [
  [
    'an invalid pattern',
    { 'delete-tags': 'sha-[0-9]*' },
    /^Input "delete-tags": "sha-\[0-9\]\*" is not a tag pattern \(allowed: /,
  ],
  [
    'a pattern with white space',
    { 'delete-tags': 'sha-*', 'keep-tags': 'v 1' },
    /^Input "keep-tags": "v 1" is not a tag pattern/,
  ],
  [
    'a negative count',
    { 'delete-tags': 'sha-*', 'keep-n-tagged': '-1' },
    /^Input "keep-n-tagged": -1 is out of range \(allowed: a whole number from 0/,
  ],
  [
    'an unknown duration unit',
    { 'delete-tags': 'sha-*', 'older-than': '1y' },
    /^Input "older-than": "1y" is not an age at "1y" \(allowed: an age such as 30d/,
  ],
  [
    'a duration that is no number',
    { 'delete-tags': 'sha-*', 'older-than': 'thirty days' },
    /^Input "older-than": .* is not an age/,
  ],
  ['no rule at all', {}, /^Input "delete-tags": is empty and no other rule is on/],
  [
    'an image with a tag',
    { 'delete-tags': 'sha-*', images: '127.0.0.1:5000/x:v1' },
    /^Input "images": .* has a tag; give the image name only/,
  ],
  [
    'ghcr.io without a token',
    { 'delete-tags': 'sha-*', images: 'ghcr.io/o/r', token: '' },
    /^Input "token": is required for ghcr\.io images/,
  ],
];

describe.each(NODE_VERSIONS)('prune-images failures on %s', (node) => {
  it.each(BAD_INPUTS)('bad input, %s: one clear error, nothing deleted', async (_name, inputs, message) => {
    const s = await seeded();
    const r = await prune(node, { images: `${registry.host}/${s.repository}`, ...inputs });
    expect(expectCleanFailure(r)).toMatch(message);
    for (const digest of [...s.old.manifests, ...s.kept.manifests])
      expect(await manifestExists(registry, s.repository, digest)).toBe(true);
  });

  it('the registry fails midway: what was and was not deleted is reported; a re-run finishes', async () => {
    const s = await seeded();
    const image = `${proxy.host}/${s.repository}`;
    proxy.add({
      match: { method: 'DELETE', path: new RegExp(`/manifests/${s.old.digest}$`) },
      fault: { kind: 'status', status: 500 },
      times: Infinity,
    });
    const failed = await prune(node, { images: image, 'delete-tags': 'sha-*' });
    const error = expectCleanFailure(failed);
    const leaves = s.old.manifests.length - 1;
    expect(error).toContain(
      `prune stopped (${image}: ${leaves} of ${s.old.manifests.length} deleted before ${image}@${s.old.digest}`,
    );
    expect(error).toMatch(/HTTP 500.*run again to finish/);
    expect(lines(failed.outputs.deleted)).toHaveLength(leaves);
    expect(lines(failed.outputs.deleted)).not.toContain(`${image}:sha-0000000`);
    expect(failed.summary).toMatch(/<code>sha-0000000<\/code>.*failed/s);
    expect(await manifestExists(registry, s.repository, 'sha-0000000')).toBe(true);

    proxy.clear();
    const rerun = await prune(node, { images: image, 'delete-tags': 'sha-*' });
    expect(rerun.errors).toEqual([]);
    expect(lines(rerun.outputs.deleted)).toEqual([`${image}:sha-0000000`]);
    for (const digest of s.old.manifests)
      expect(await manifestExists(registry, s.repository, digest)).toBe(false);
    expect(await pullProblems(registry, s.repository, 'v1')).toEqual([]);
  });

  it('the registry fails while the plan is made: one error naming the image, nothing deleted', async () => {
    const s = await seeded();
    const image = `${proxy.host}/${s.repository}`;
    proxy.add({ match: { path: /\/tags\/list/ }, fault: { kind: 'status', status: 503 }, times: Infinity });
    const r = await prune(node, { images: image, 'delete-tags': 'sha-*' });
    const error = expectCleanFailure(r);
    expect(error).toMatch(/HTTP 503/);
    expect(error.startsWith(`could not read ${image} (`)).toBe(true);
    expect(error.endsWith('); nothing was deleted')).toBe(true);
    for (const digest of s.old.manifests)
      expect(await manifestExists(registry, s.repository, digest)).toBe(true);
  });
});
