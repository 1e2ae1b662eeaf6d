// Rehearsal of examples/monorepo-base-services (seed 003): a published release runs
// docker-release.yml: build-base pushes the shared base stage, build-services builds api,
// scheduler, worker and web on it (pinned by digest through build-contexts), and update-release
// waits for the four images and writes their digests into the release in the GitHub API emulator.
// The monorepo is a tiny stand-in with the same Dockerfile targets and checked-out paths.
import { releaseEvent } from '../events.js';
import type { RehearsalSession } from '../session.js';
import type { ExampleOptions, ExampleRehearsal } from './types.js';
import { withoutSbom } from './workflow-edits.js';

export const SERVICES = ['api', 'scheduler', 'worker', 'web'];
export const TAG = 'v1.2.0';

function dockerfile(baseImage: string): string {
  const lines = [
    '# Monorepo stand-in: a shared base stage (workspace manifests and packages) and one target per app.',
    `FROM ${baseImage} AS base`,
    'WORKDIR /repo',
    'COPY package.json pnpm-workspace.yaml pnpm-lock.yaml tsconfig.json ./',
    'COPY packages/ ./packages/',
    'RUN sha256sum pnpm-lock.yaml packages/*/* > /repo/INSTALLED',
  ];
  for (const app of SERVICES) {
    lines.push(
      '',
      `FROM base AS ${app}`,
      `COPY apps/${app}/ ./apps/${app}/`,
      `CMD ["cat", "/repo/apps/${app}/main.txt"]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function files({ baseImage }: { baseImage: string }): Record<string, string> {
  const out: Record<string, string> = {
    'Dockerfile.monorepo-optimized': dockerfile(baseImage),
    'package.json': '{ "name": "monorepo", "private": true }\n',
    'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n",
    'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    'tsconfig.json': '{}\n',
    'packages/shared/index.txt': 'shared 1.2.0\n',
  };
  for (const app of SERVICES) out[`apps/${app}/main.txt`] = `${app} 1.2.0\n`;
  return out;
}

async function play(session: RehearsalSession, opts: ExampleOptions): Promise<void> {
  withoutSbom(session, ['docker-release.yml'], opts.log ?? (() => undefined));
  const sha = session.tag(TAG);
  session.api.state.addRelease({ tag_name: TAG, name: TAG, body: 'Release notes.', target_commitish: sha });
  await session.run(releaseEvent(session.user, TAG, sha));
}

export const monorepoBaseServices: ExampleRehearsal = {
  name: 'monorepo-base-services',
  files,
  concurrentJobs: 4,
  play,
};
