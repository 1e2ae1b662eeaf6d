// Issue 7, acceptance 2: a per-service release with one service broken goes out partially with
// that service under the missing warning; re-running only that service and the notes job
// completes it; a further re-run leaves the release body byte-identical.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { commitAndTag, createFixtureRepo } from '../../scripts/demo/fixture-repo.js';
import {
  buildService,
  imageName,
  imageTag,
  releaseAll,
  SERVICES,
  startDemoEnv,
  writeReleaseNotes,
  type DemoEnv,
} from '../../scripts/demo/rehearsal.js';

let env: DemoEnv;
let repo: string;
beforeAll(async () => {
  env = await startDemoEnv();
  repo = createFixtureRepo();
});
afterAll(async () => {
  await env?.api.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

it('writes a partial release, completes it after a re-run, and stays byte-identical', async () => {
  const tag = 'v2.0.0';
  const sha = commitAndTag(repo, tag);
  const ref = (s: string) => `${imageName(env, s)}:${imageTag(tag)}`;

  const builds = await releaseAll(env, repo, tag, sha, { broken: ['worker'] });
  expect(builds.map((b) => [b.service, b.ok])).toEqual([
    ['api', true],
    ['worker', false],
    ['web', true],
  ]);
  expect(builds.find((b) => b.service === 'worker')?.result.errors.join('\n')).toMatch(
    /broken on purpose|exit code: 3|failed/,
  );

  const partial = await writeReleaseNotes(env, tag, sha, SERVICES, { timeout: '15s' });
  expect(partial.wait.exitCode).toBe(0);
  expect(partial.wait.outputs.missing).toBe(ref('worker'));
  expect(partial.notes.exitCode).toBe(0);
  expect(partial.body).toMatch(/1 image is missing from this release/);
  expect(partial.body).toContain(`\`${ref('worker')}\` is missing from this release.`);
  for (const s of ['api', 'web']) {
    const digest = builds.find((b) => b.service === s)?.digest ?? '';
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(partial.body).toContain(`${imageName(env, s)}@${digest}`);
  }

  // The fix: re-run only the worker's release job, then the notes job.
  const worker = await buildService(env, repo, tag, sha, 'worker');
  expect(worker.ok).toBe(true);
  const complete = await writeReleaseNotes(env, tag, sha, SERVICES);
  expect(complete.wait.outputs['all-present']).toBe('true');
  expect(complete.body).toContain(`${imageName(env, 'worker')}@${worker.digest}`);
  expect(complete.body).not.toMatch(/missing from this release/); // the warning is gone
  // One section, one sub-section per service: nothing appended twice.
  expect(complete.body.match(/<!-- docker-pipeline-actions:images:start -->/g)?.length).toBe(1);
  for (const s of SERVICES) {
    expect(complete.body.split(`<!-- docker-pipeline-actions:image:${s}:start -->`).length).toBe(2);
  }

  const again = await writeReleaseNotes(env, tag, sha, SERVICES);
  expect(again.body).toBe(complete.body);
  env.api.assertNoViolations();
});
