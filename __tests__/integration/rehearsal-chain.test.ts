// Issue 17: the cheap rehearsals under nektos/act (testkit/act). A failed stage of the
// chained-model-matrix chain stops it: the later stages run from workflow_run events that carry
// the failure and their `if:` guards skip every job (the full 185-image chain is
// `npm run rehearse -- chained-model-matrix`, minutes long, not here). monorepo-base-services: a
// published release runs build-base -> services -> update-release, checked in the registry and
// in the release body.
import { expect, it } from '@jest/globals';
import { chainedModelMatrix } from '../../testkit/act/examples/chained-model-matrix.js';
import { monorepoBaseServices, SERVICES, TAG } from '../../testkit/act/examples/monorepo-base-services.js';
import { jobOutput, rehearse } from '../../testkit/act/rehearse.js';
import { manifestDigest } from '../../testkit/services/index.js';

it('chained-model-matrix: a failed base stage skips every job of the stages after it', async () => {
  const summary = await rehearse(chainedModelMatrix, {
    broken: ['base'],
    inspect: async (session) => {
      const [publish, base, cache, last] = session.runs;
      expect(publish!.jobs.map((j) => j.result)).toEqual(['success']);
      const ubi = base!.jobs.find((j) => j.matrix.job === 'docker-ubi-no_model');
      expect(ubi?.result).toBe('failure');
      expect(ubi!.lines.join('\n')).toContain('the ubi base is broken on purpose');
      // 02 ran from 01's workflow_run (conclusion failure); 03 and 04 from 02's (skipped).
      expect(cache!.workflows).toEqual(['02-build-model-cache.yml']);
      expect(last!.workflows).toEqual(['03-build-distil-en.yml', '04-build-matrix-images.yml']);
      for (const run of [cache!, last!]) {
        expect(run.exitCode).toBe(0);
        expect(run.jobs.length).toBeGreaterThan(0);
        for (const job of run.jobs) expect([job.name, job.result]).toEqual([job.name, 'skipped']);
      }
      const repository = `${session.user.owner}/whisperx`;
      expect(await manifestDigest(session.registry, repository, 'large-v3-zh')).toBeUndefined();
    },
  });
  // Only the standard base (fail-fast: false) was pushed before the chain stopped.
  expect(summary.images).toEqual([expect.stringMatching(/\/whisperx@sha256:[0-9a-f]{64}$/)]);
  expect(summary.release).toBeUndefined();
});

it('monorepo-base-services: a release builds the base, the four services on it, and lists them in the release', async () => {
  const summary = await rehearse(monorepoBaseServices, {
    inspect: async (session) => {
      const [release] = session.runs;
      const job = (name: string) => release!.jobs.find((j) => j.name === `Docker release/${name}`);
      const baseRef = jobOutput(job('build-base')!, 'image-refs');
      expect(baseRef).toMatch(/@sha256:[0-9a-f]{64}$/);
      const body = session.api.state.listReleases()[0]!.body ?? '';
      const services = release!.jobs.filter((j) => j.jobId === 'build-services');
      expect(services.map((j) => j.result)).toEqual(SERVICES.map(() => 'success'));
      for (const service of services) {
        // built on the base pinned by digest
        expect(service.lines.join('\n')).toContain(`base=docker-image://${baseRef}`);
        const digest = jobOutput(service, 'digest');
        const name = `${session.user.owner}/${session.user.name}/${(service.matrix.service as { name: string }).name}`;
        expect(await manifestDigest(session.registry, name, TAG)).toBe(digest);
        expect(body).toContain(`${session.registry.host}/${name}@${digest}`);
      }
      expect(job('update-release')?.result).toBe('success');
      session.api.assertNoViolations();
    },
  });
  expect(summary).toMatchObject({ succeeded: 6, failed: 0, release: TAG });
  expect(summary.images).toHaveLength(1 + SERVICES.length);
});
