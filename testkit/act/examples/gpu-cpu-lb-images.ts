// Rehearsal of examples/gpu-cpu-lb-images (seed 001): a pull request builds the gpu and lb images
// without pushing; a push to main pushes the three images as `:main`; a push of release-please's
// merged release commit creates the release (the release-please stand-in, in the emulator) and
// pushes the version and `latest`. Docker Hub's `runpod/` namespace is the local registry here.
import { pullRequestEvent, pushBranchEvent } from '../events.js';
import { jobOutput } from '../rehearse.js';
import type { RehearsalSession } from '../session.js';
import {
  allSucceeded,
  Checks,
  digestOf,
  hasSbom,
  jobsNamed,
  registryDigest,
  registryTags,
} from './checks.js';
import type { ExampleRehearsal } from './types.js';

export const VERSION = '0.7.3';
export const IMAGES = ['tetra-rp', 'tetra-rp-cpu', 'tetra-rp-lb'];

function files({ baseImage }: { baseImage: string }): Record<string, string> {
  const dockerfile = (flavour: string) =>
    [
      `# ${flavour}: a small image on the local base image (nothing can be pulled here)`,
      `FROM ${baseImage}`,
      'WORKDIR /app',
      'COPY src/ ./src/',
      `RUN echo "${flavour}" > flavour.txt && sha256sum src/* > INDEX`,
      'CMD ["cat", "/app/flavour.txt"]',
      '',
    ].join('\n');
  return {
    Dockerfile: dockerfile('gpu'),
    'Dockerfile-cpu': dockerfile('cpu'),
    'Dockerfile-lb': dockerfile('lb'),
    Makefile: 'test:\n\t@echo tests pass\nlint:\n\t@echo lint passes\n',
    'src/main.txt': 'tetra 0.7.2\n',
  };
}

async function play(session: RehearsalSession): Promise<void> {
  const feature = session.commit('feat: faster cold start', { 'src/main.txt': 'tetra 0.7.2+\n' });
  await session.run(pullRequestEvent(session.user, 3, 'feature/cold-start', feature));
  await session.run(pushBranchEvent(session.user, 'main', feature, 'feat: faster cold start'));
  const title = `chore(main): release ${VERSION}`;
  const release = session.commit(title, { 'src/main.txt': `tetra ${VERSION}\n` });
  await session.run(pushBranchEvent(session.user, 'main', release, title));
}

/**
 * The pull request built the gpu and lb images and pushed nothing; the push to main pushed the three
 * images as `:main` (no release); release-please's release v0.7.3 pushed `0.7.3` and `latest`, each
 * with an SBOM attestation. Each image's tags are exactly those.
 */
async function check(session: RehearsalSession): Promise<string[]> {
  const checks = new Checks();
  const [pullRequest, pushMain, releasePush] = session.runs;
  const prBuilds = jobsNamed(pullRequest, 'docker-test');
  checks.that(prBuilds.length === 2 && allSucceeded(prBuilds), 'the pull request built gpu and lb');
  for (const job of pullRequest?.jobs ?? []) {
    checks.that(!jobOutput(job, 'image-refs'), `the pull request's ${job.name} pushed nothing`);
    checks.that(!/docker-(main|prod)|release$/.test(job.name), `the pull request did not run ${job.name}`);
  }
  checks.that(jobsNamed(pushMain, 'docker-prod').length === 0, 'the push to main made no release');
  checks.that(jobsNamed(releasePush, 'docker-main').length === 0, 'the release did not push :main');
  checks.that(session.api.state.listReleases()[0]?.tag_name === `v${VERSION}`, `release v${VERSION} exists`);
  for (const image of IMAGES) {
    const repository = `${session.user.owner}/${image}`;
    const main = jobsNamed(pushMain, 'docker-main').find((j) => String(j.matrix.image).endsWith(`/${image}`));
    const prod = jobsNamed(releasePush, 'docker-prod').find((j) =>
      String(j.matrix.image).endsWith(`/${image}`),
    );
    checks.that(main?.result === 'success' && prod?.result === 'success', `${image}: both pushes succeeded`);
    // besides the registry cache tier's `buildcache-*` tag
    const tags = (await registryTags(session, repository)).filter((t) => !t.startsWith('buildcache-'));
    checks.that(
      tags.join(' ') === `${VERSION} latest main`,
      `${image}: tags are ${VERSION}, latest, main (${tags})`,
    );
    const mainDigest = await registryDigest(session, repository, 'main');
    checks.that(!!mainDigest && mainDigest === digestOf(main), `${image}:main is the push to main's image`);
    // docker-main asks for no SBOM: the check below tells the two apart
    if (mainDigest) checks.that(!(await hasSbom(session, repository, 'main')), `${image}:main has no SBOM`);
    const versionDigest = await registryDigest(session, repository, VERSION);
    checks.that(
      !!versionDigest && versionDigest === digestOf(prod),
      `${image}:${VERSION} is the release's image`,
    );
    checks.that(
      versionDigest === (await registryDigest(session, repository, 'latest')),
      `${image}:latest = ${VERSION}`,
    );
    if (versionDigest)
      checks.that(await hasSbom(session, repository, VERSION), `${image}:${VERSION} has an SBOM attestation`);
  }
  return checks.failed;
}

export const gpuCpuLbImages: ExampleRehearsal = {
  name: 'gpu-cpu-lb-images',
  files,
  rewrites: ({ registry, owner }) => ({ runpod: `${registry}/${owner}` }),
  secrets: ({ username, password }) => ({ DOCKERHUB_USERNAME: username, DOCKERHUB_TOKEN: password }),
  concurrentJobs: 3,
  play,
  check,
};
