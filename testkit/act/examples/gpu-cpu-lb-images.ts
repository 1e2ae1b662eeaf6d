// Rehearsal of examples/gpu-cpu-lb-images (seed 001): a pull request builds the gpu and lb images
// without pushing; a push to main pushes the three images as `:main`; a push of release-please's
// merged release commit creates the release (the release-please stand-in, in the emulator) and
// pushes the version and `latest`. Docker Hub's `runpod/` namespace is the local registry here.
import { pullRequestEvent, pushBranchEvent } from '../events.js';
import type { RehearsalSession } from '../session.js';
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

export const gpuCpuLbImages: ExampleRehearsal = {
  name: 'gpu-cpu-lb-images',
  files,
  rewrites: ({ registry, owner }) => ({ runpod: `${registry}/${owner}` }),
  secrets: ({ username, password }) => ({ DOCKERHUB_USERNAME: username, DOCKERHUB_TOKEN: password }),
  concurrentJobs: 3,
  play,
};
