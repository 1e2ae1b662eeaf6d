// Rehearsal of examples/monorepo-base-services (seed 003): publishing release v1.0.0 runs
// build-base -> build-services (api, scheduler, worker, web on the base image pinned by digest)
// -> update-release (wait for the four images, write their digests into the release). The release
// exists in the emulator first, as it would on GitHub when its `published` event fires.
import { releaseEvent } from '../events.js';
import { jobOutput } from '../rehearse.js';
import type { RehearsalSession } from '../session.js';
import { allSucceeded, Checks, digestOf, hasSbom, jobsNamed, registryDigest } from './checks.js';
import type { ExampleRehearsal } from './types.js';

export const TAG = 'v1.0.0';
export const SERVICES = ['api', 'scheduler', 'worker', 'web'];

function files({ baseImage }: { baseImage: string }): Record<string, string> {
  const stages = SERVICES.map((s) =>
    [`FROM base AS ${s}`, `COPY apps/${s}/ ./apps/${s}/`, `CMD ["cat", "/app/apps/${s}/main.txt"]`].join(
      '\n',
    ),
  );
  const out: Record<string, string> = {
    'Dockerfile.monorepo-optimized': [
      '# The monorepo shape of seed 003: a shared base (dependencies), one stage per app.',
      `FROM ${baseImage} AS base`,
      'WORKDIR /app',
      'COPY package.json pnpm-workspace.yaml ./',
      'RUN sha256sum package.json > deps.txt',
      ...stages,
      '',
    ].join('\n'),
    'package.json': '{ "name": "monorepo", "private": true }\n',
    'pnpm-workspace.yaml': "packages: ['apps/*', 'packages/*']\n",
  };
  for (const s of SERVICES) out[`apps/${s}/main.txt`] = `${s} 1.0.0\n`;
  return out;
}

async function play(session: RehearsalSession): Promise<void> {
  const sha = session.tag(TAG);
  session.api.state.addRelease({ tag_name: TAG, name: TAG, body: 'Release notes written by hand.\n' });
  await session.run(releaseEvent(session.user, TAG, sha));
}

/**
 * build-base pushed the base image, then the four services were built on it (by digest) and pushed
 * with an SBOM attestation each, then update-release wrote their digests into the release body
 * (the hand-written notes kept): the jobs in that order, every image in the registry.
 */
async function check(session: RehearsalSession): Promise<string[]> {
  const checks = new Checks();
  const run = session.runs[0];
  const base = jobsNamed(run, 'build-base')[0];
  const services = jobsNamed(run, 'build-services');
  const update = jobsNamed(run, 'update-release')[0];
  checks.that(allSucceeded([base!, ...services, update!].filter(Boolean)), 'every job succeeded');
  checks.that(services.length === SERVICES.length, `${SERVICES.length} service builds ran`);
  const baseEnded = base?.endedAt ?? Infinity;
  checks.that(
    services.every((j) => j.startedAt >= baseEnded),
    'the services started after build-base ended',
  );
  const servicesEnded = Math.max(...services.map((j) => j.endedAt ?? Infinity));
  checks.that((update?.startedAt ?? -1) >= servicesEnded, 'update-release started after the services ended');
  const prefix = `${session.user.owner}/${session.user.name}`;
  const baseRef = base ? jobOutput(base, 'image-refs') : undefined;
  const baseDigest = await registryDigest(session, `${prefix}/base`, TAG);
  checks.that(
    !!baseDigest && baseRef?.endsWith(`@${baseDigest}`) === true,
    `base:${TAG} is build-base's image`,
  );
  const body = session.api.state.listReleases().find((r) => r.tag_name === TAG)?.body ?? '';
  checks.that(body.includes('Release notes written by hand.'), 'the hand-written notes are kept');
  for (const service of SERVICES) {
    const job = services.find((j) => (j.matrix.service as { name?: string } | undefined)?.name === service);
    const digest = await registryDigest(session, `${prefix}/${service}`, TAG);
    checks.that(!!digest && digest === digestOf(job), `${service}:${TAG} is its build's image`);
    checks.that(
      !!digest && body.includes(`${prefix}/${service}@${digest}`),
      `the release names ${service}@digest`,
    );
    if (digest)
      checks.that(await hasSbom(session, `${prefix}/${service}`, TAG), `${service} has an SBOM attestation`);
  }
  return checks.failed;
}

export const monorepoBaseServices: ExampleRehearsal = {
  name: 'monorepo-base-services',
  files,
  concurrentJobs: 4,
  play,
  check,
};
