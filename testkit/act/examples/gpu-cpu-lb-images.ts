// Rehearsal of examples/gpu-cpu-lb-images (seed 001): one ci.yml for three Docker Hub images.
// A pull request builds the GPU and LB images and pushes nothing; a push to main (an ordinary
// commit) pushes `:main` of all three; a push of a merged release-please PR ("chore(main):
// release 0.7.3") makes the release-please stand-in create v0.7.3 in the GitHub API emulator and
// pushes `0.7.3` and `latest`. The Dockerfiles and the Makefile are tiny stand-ins.
import { pullRequestEvent, pushBranchEvent } from '../events.js';
import { git, writeFiles } from '../repos.js';
import type { RehearsalSession } from '../session.js';
import type { ExampleOptions, ExampleRehearsal } from './types.js';
import { underOwner, withoutSbom } from './workflow-edits.js';

export const VERSION = '0.7.3';
export const IMAGES = ['tetra-rp', 'tetra-rp-cpu', 'tetra-rp-lb'];

function dockerfile(baseImage: string, flavour: string): string {
  return [
    `# tetra-rp ${flavour} stand-in on the local busybox`,
    `FROM ${baseImage}`,
    'WORKDIR /app',
    'COPY src/ ./src/',
    `RUN echo "${flavour}" > /app/FLAVOUR && sha256sum src/* > /app/INDEX`,
    'CMD ["cat", "/app/FLAVOUR"]',
    '',
  ].join('\n');
}

function files({ baseImage }: { baseImage: string }): Record<string, string> {
  return {
    Dockerfile: dockerfile(baseImage, 'gpu'),
    'Dockerfile-cpu': dockerfile(baseImage, 'cpu'),
    'Dockerfile-lb': dockerfile(baseImage, 'lb'),
    'src/handler.py': 'def handler(event):\n    return event\n',
    Makefile: 'test:\n\tgrep -q "def handler" src/handler.py\n\nlint:\n\ttest -s src/handler.py\n',
  };
}

/** Commits `changes` on main with `message` and returns the push of that commit. */
function pushToMain(session: RehearsalSession, message: string, changes: Record<string, string>) {
  writeFiles(session.user.dir, changes);
  git(session.user.dir, ['add', '.']);
  git(session.user.dir, ['commit', '--quiet', '-m', message]);
  const event = pushBranchEvent(session.user, 'main', git(session.user.dir, ['rev-parse', 'HEAD']));
  (event.payload.head_commit as { message: string }).message = message;
  return event;
}

async function play(session: RehearsalSession, opts: ExampleOptions): Promise<void> {
  const log = opts.log ?? (() => undefined);
  withoutSbom(session, ['ci.yml'], log);
  underOwner(session, ['ci.yml'], 'runpod', log);
  const secrets = { DOCKERHUB_USERNAME: session.actor, DOCKERHUB_TOKEN: session.registry.password! };
  const head = git(session.user.dir, ['rev-parse', 'HEAD']);
  await session.run(pullRequestEvent(session.user, 12, 'feature/lb-health', head), { secrets });
  const feature = pushToMain(session, 'feat: load balancer health check', {
    'src/handler.py': 'def handler(event):\n    return {"ok": True, **event}\n',
  });
  await session.run(feature, { secrets });
  const release = pushToMain(session, `chore(main): release ${VERSION}`, {
    '.release-please-manifest.json': `{ ".": "${VERSION}" }\n`,
  });
  await session.run(release, { secrets });
}

export const gpuCpuLbImages: ExampleRehearsal = {
  name: 'gpu-cpu-lb-images',
  files,
  concurrentJobs: 4,
  play,
};
