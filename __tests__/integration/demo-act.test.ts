// Issue 17, acceptance 3: `npm run demo`'s rehearsal (testkit/act/demo.ts) releases
// per-service-release twice under act; the second release rebuilds only the changed service
// (the others hit every cached step), and both releases' notes list every image by digest.
import { expect, it } from '@jest/globals';
import { CHANGED_SERVICE, DEMO_RELEASES, rehearseDemo } from '../../testkit/act/demo.js';

it('two releases: every job succeeds, the unchanged services of the second hit the cache', async () => {
  const demo = await rehearseDemo({ runTimeoutMs: 300_000 });
  expect(demo.failures).toEqual([]);
  expect(demo.violations).toEqual([]);
  expect(demo.ok).toBe(true);
  const second = DEMO_RELEASES[1]!.tag;
  for (const build of demo.builds.filter((b) => b.tag === second)) {
    expect([build.service, build.inRegistry]).toEqual([build.service, true]);
    if (build.service === CHANGED_SERVICE) expect(build.cacheHitRatio).toBeLessThan(1);
    else expect([build.service, build.cacheHitRatio]).toEqual([build.service, 1]);
  }
  expect(demo.summary).toMatchObject({ failed: 0, release: second });
});
