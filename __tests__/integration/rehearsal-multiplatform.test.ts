// Issue 18, acceptance 3: examples/multi-platform under nektos/act. Our reusable
// build-multiplatform.yml plans the legs, runs one per platform (runs-on ubuntu-24.04 and
// ubuntu-24.04-arm, both this machine; arm64 under QEMU) pushing by digest on the remote builder,
// and merges them; the rehearsal's check reads the index, its platforms and the tags (failedChecks
// is empty when all hold). Here: which jobs ran where, and that the workflow's outputs are the registry's.
import { expect, it } from '@jest/globals';
import {
  multiPlatform,
  PLATFORMS,
  repositoryOf,
  resultOf,
} from '../../testkit/act/examples/multi-platform.js';
import { jobOutput, rehearse } from '../../testkit/act/rehearse.js';
import { manifestDigest } from '../../testkit/services/index.js';

it('multi-platform: both legs push by digest, the merge makes the index, the caller gets its digest and tags', async () => {
  const summary = await rehearse(multiPlatform, {
    runTimeoutMs: 300_000,
    inspect: async (session) => {
      const [run] = session.runs;
      const legs = run!.jobs.filter((j) => j.matrix.platform);
      expect(legs.map((j) => [j.matrix.platform, j.matrix.runner, j.result]).sort()).toEqual([
        ['linux/amd64', 'ubuntu-24.04', 'success'],
        ['linux/arm64', 'ubuntu-24.04-arm', 'success'],
      ]);
      for (const leg of legs) {
        expect(jobOutput(leg, 'platform')).toBe(leg.matrix.platform);
        // pushed by digest only: the leg's digest is in the registry, under no tag of its own
        const digest = jobOutput(leg, 'digest')!;
        expect(await manifestDigest(session.registry, repositoryOf(session), digest)).toBe(digest);
      }
      const merge = run!.jobs.find((j) => j.name.endsWith('/merge'));
      expect(merge?.result).toBe('success');
      expect(jobOutput(merge!, 'platforms')?.split('\n')).toEqual(PLATFORMS);
      const result = resultOf(session);
      expect(jobOutput(merge!, 'digest')).toBe(result.digest);
      expect(result.tags).toEqual(jobOutput(merge!, 'tags')!.split('\n'));
      const image = `${session.registry.host}/${repositoryOf(session)}`;
      expect(result.tags).toEqual(expect.arrayContaining([`${image}:1.2.3`, `${image}:1.2`]));
    },
  });
  // plan the legs, two legs, merge, deploy
  expect(summary).toMatchObject({ succeeded: 5, failed: 0, failedChecks: [] });
}, 600_000);
