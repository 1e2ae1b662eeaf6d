// Acceptance 1b: references pushed at different moments during the wait are each detected, in
// push order, none before its push, and the action returns once the last one lands.
//
// A behaviour check, not a benchmark: how soon after the last push the action returns (target:
// within max-interval + 1 s) is measured by bench/wait-for-manifests-latency.bench.ts. The bound
// here, LATE_BOUND_MS (ten times max-interval + 1 s, 30 s), is one only a bug crosses: a poller
// that stops polling and waits for its 3 m timeout, or hangs. A loaded 2-core machine (process
// start-up, the harness reading its files) adds seconds at most.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanupRunnerTemp, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import {
  ensureRegistry,
  pushRandomImage,
  type Registry,
  type RegistryKind,
} from '../../testkit/services/index.js';
import {
  digestsOf,
  emptyDockerConfig,
  lines,
  seedImage,
  tagManifest,
  uniqueRepo,
  type SourceManifest,
} from '../../testkit/wait-for-manifests.js';

const INTERVAL_MS = 500;
const MAX_INTERVAL_MS = 2_000;
const LATE_BOUND_MS = 10 * (MAX_INTERVAL_MS + 1_000);

afterAll(cleanupRunnerTemp);

// The expensive docker scenario on one node per registry kind (both nodes run the others).
describe.each([
  ['node24', 'anonymous'],
  ['node20', 'token'],
] as [NodeVersion, RegistryKind][])('1b on %s, %s registry', (node, kind) => {
  let registry: Registry;
  let seed: SourceManifest;
  beforeAll(async () => {
    registry = await ensureRegistry(kind);
    seed = await seedImage(registry, uniqueRepo(`timing-${kind}`));
  });

  it('detects each push during the wait, in order, and returns once the last one lands', async () => {
    const built = uniqueRepo('built');
    const images = [
      `${registry.host}/${seed.repository}:early`,
      `${registry.host}/${built}:mid`,
      `${registry.host}/${seed.repository}:late`,
    ];
    const creds: Record<string, string> = registry.username
      ? { username: registry.username, password: registry.password ?? '' }
      : {};
    const started = Date.now();
    const action = runAction({
      action: 'wait-for-manifests',
      node,
      inputs: {
        images: images.join('\n'),
        timeout: '3m',
        interval: `${INTERVAL_MS}ms`,
        'max-interval': `${MAX_INTERVAL_MS}ms`,
        ...creds,
      },
      env: { DOCKER_CONFIG: emptyDockerConfig() },
      timeoutMs: 200_000,
    });
    let exitedAt = 0;
    const exited = action.then((r) => {
      exitedAt = Date.now();
      return r;
    });

    // Pushes at different moments: a manifest PUT, a real buildx build+push, then another PUT
    // after a pause long enough for the action's backoff to reach max-interval.
    await sleep(1_500);
    await tagManifest(registry, seed, 'early');
    const pushedEarly = Date.now();
    const midDigest = await pushRandomImage(registry, built, 'mid');
    const pushedMid = Date.now();
    await sleep(6_000);
    expect(exitedAt).toBe(0); // still waiting for `late`
    await tagManifest(registry, seed, 'late');
    const lastPush = Date.now();

    const r = await exited;
    expect(r.exitCode).toBe(0);
    expect(lines(r.outputs.found)).toEqual(images);
    expect(digestsOf(r.outputs)).toEqual({
      [images[0]]: seed.digest,
      [images[1]]: midDigest,
      [images[2]]: seed.digest,
    });

    // Each appeared in push order, and none before its push (time waited >= push moment).
    const waited = images.map((image) => {
      const m = new RegExp(
        `present: ${image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\S+ \\(waited ([\\d.]+)s\\)`,
      ).exec(r.log);
      expect(m).not.toBeNull();
      return Number(m![1]) * 1000;
    });
    const order = r.log.split('\n').filter((l) => l.startsWith('present: '));
    // Each reference is polled on its own backoff schedule, so two pushes that land within one
    // poll interval can be found in either order. The last push, seconds later, is found last.
    const found = order.map((l) => l.split(' ')[1]);
    expect([...found].sort()).toEqual([...images].sort());
    expect(found[2]).toBe(images[2]);
    // (the action's clock starts after process start-up, so compare against the earliest bound)
    expect(waited[2]).toBeGreaterThan(Math.max(waited[0], waited[1]));
    expect(pushedMid).toBeGreaterThan(pushedEarly);

    // The wait ends after the last push, and soon after it (see LATE_BOUND_MS).
    const afterLastPush = exitedAt - lastPush;
    expect(afterLastPush).toBeGreaterThan(0);
    expect(afterLastPush).toBeLessThan(LATE_BOUND_MS);
    // and the whole wait was the pushes' doing, not the timeout's
    expect(Number(r.outputs['elapsed-seconds']) * 1000).toBeLessThan(exitedAt - started);
  });
});
