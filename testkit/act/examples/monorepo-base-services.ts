// Rehearsal of examples/monorepo-base-services (seed 003): publishing release v1.0.0 runs
// build-base -> build-services (api, scheduler, worker, web on the base image pinned by digest)
// -> update-release (wait for the four images, write their digests into the release). The release
// exists in the emulator first, as it would on GitHub when its `published` event fires.
import { releaseEvent } from '../events.js';
import type { RehearsalSession } from '../session.js';
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

export const monorepoBaseServices: ExampleRehearsal = {
  name: 'monorepo-base-services',
  files,
  concurrentJobs: 4,
  play,
};
