// Issue 17, acceptance 1: the example pipelines run for real under nektos/act (testkit/act), and
// their results are checked where they land: the registry's manifests, the release body in the
// GitHub API emulator, and the jobs' outputs. Also issue 7, acceptance 2: a partial release is
// completed by re-running one service and the notes, and a further re-run changes nothing.
import { expect, it } from '@jest/globals';
import { pushTagEvent } from '../../testkit/act/events.js';
import { perServiceRelease, SERVICES, TAG } from '../../testkit/act/examples/per-service-release.js';
import { multiStageTargets, TARGETS } from '../../testkit/act/examples/multi-stage-targets.js';
import type { ActJob } from '../../testkit/act/log.js';
import { jobOutput, rehearse } from '../../testkit/act/rehearse.js';
import { git } from '../../testkit/act/repos.js';
import type { RehearsalSession } from '../../testkit/act/session.js';
import { manifestDigest } from '../../testkit/services/index.js';

const buildJob = (jobs: ActJob[], service: string) => jobs.find((j) => j.name.endsWith(`/build ${service}`));

/** The registry's digest of `<owner>/<repo>/<name>:<tag>`. */
function registryDigest(session: RehearsalSession, name: string, tag: string) {
  return manifestDigest(session.registry, `${session.user.owner}/${session.user.name}/${name}`, tag);
}

it('per-service-release: a broken service gives a partial release; re-running it and the notes completes it', async () => {
  const broken = 'web';
  const summary = await rehearse(perServiceRelease, {
    broken: [broken],
    runTimeoutMs: 120_000,
    inspect: async (session) => {
      const [services, partialNotes, rerun, notes] = session.runs;
      const image = (s: string) => `${session.registry.host}/${session.user.owner}/${session.user.name}/${s}`;
      // Tag push: every service's workflow ran through our build-image.yml; web failed.
      for (const service of Object.keys(SERVICES)) {
        const job = buildJob(services!.jobs, service);
        expect([service, job?.result]).toEqual([service, service === broken ? 'failure' : 'success']);
        if (service === broken) continue;
        const digest = jobOutput(job!, 'digest');
        expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(await registryDigest(session, service, '1.0.0')).toBe(digest);
        expect(partialNotes!.releases['v1.0.0']).toContain(`${image(service)}@${digest}`);
      }
      expect(buildJob(services!.jobs, broken)!.lines.join('\n')).toMatch(/broken on purpose/);
      // The notes went out partially, naming the missing service.
      const partialJob = partialNotes!.jobs.find((j) => j.result);
      expect(jobOutput(partialJob!, 'missing')).toBe(`${image(broken)}:1.0.0`);
      expect(partialNotes!.releases['v1.0.0']).toContain(
        `\`${image(broken)}:1.0.0\` is missing from this release.`,
      );
      expect(partialNotes!.releases['v1.0.0']).toMatch(/1 image is missing from this release/);
      // Re-run of web's workflow, then of the notes: complete, one section.
      const webDigest = jobOutput(buildJob(rerun!.jobs, broken)!, 'digest');
      expect(await registryDigest(session, broken, '1.0.0')).toBe(webDigest);
      const body = notes!.releases['v1.0.0']!;
      expect(body).toContain(`${image(broken)}@${webDigest}`);
      expect(body).not.toMatch(/missing from this release/);
      expect(body.match(/<!-- docker-pipeline-actions:images:start -->/g)).toHaveLength(1);
      for (const service of Object.keys(SERVICES)) {
        expect(body.split(`<!-- docker-pipeline-actions:image:${service}:start -->`)).toHaveLength(2);
      }
      expect(
        jobOutput(
          notes!.jobs.find((j) => j.result)!,
          'all-present',
        ),
      ).toBe('true');
      // A further re-run of the notes leaves the release body byte-identical.
      const event = pushTagEvent(session.user, TAG, git(session.user.dir, ['rev-parse', TAG]));
      const again = await session.run(event, {
        workflows: ['release-notes.yml'],
        vars: { RELEASE_NOTES_TIMEOUT: '5s' },
      });
      expect(again.releases['v1.0.0']).toBe(body);
      session.api.assertNoViolations();
    },
  });
  expect(summary).toMatchObject({ succeeded: 8, failed: 1, release: 'v1.0.0' });
  expect(summary.images).toHaveLength(Object.keys(SERVICES).length);
});

it('multi-stage-targets: a pull request pushes nothing; a tag pushes api and worker, each with its own cache', async () => {
  const summary = await rehearse(multiStageTargets, {
    runTimeoutMs: 120_000,
    inspect: async (session) => {
      const [pullRequest, tagPush] = session.runs;
      expect(pullRequest!.jobs.map((j) => [j.matrix.target, j.result]).sort()).toEqual(
        TARGETS.map((t) => [t, 'success']),
      );
      for (const job of pullRequest!.jobs) expect(jobOutput(job, 'image-refs')).toBe('');
      for (const target of TARGETS) {
        const job = tagPush!.jobs.find((j) => j.matrix.target === target);
        expect([target, job?.result]).toEqual([target, 'success']);
        const digest = jobOutput(job!, 'digest');
        expect(await registryDigest(session, `audio-${target}`, '1.0.0')).toBe(digest);
        expect(await registryDigest(session, `audio-${target}`, 'pr-7')).toBeUndefined();
        // Separate scopes: each target's registry cache beside its own image.
        expect(await registryDigest(session, `audio-${target}`, `buildcache-audio-${target}`)).toMatch(
          /^sha256:/,
        );
      }
      expect(session.api.state.listReleases()).toEqual([]);
    },
  });
  expect(summary).toMatchObject({ succeeded: 4, failed: 0, release: undefined });
  expect(summary.images).toHaveLength(2);
});
