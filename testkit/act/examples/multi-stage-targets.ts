// Rehearsal of examples/multi-stage-targets (seed 004): one Dockerfile, api and worker targets
// built by a matrix, each with its own cache scope. A pull request builds both and pushes nothing;
// a v1.0.0 tag push pushes both. The Dockerfile is testkit's multi-stage fixture (the example's
// own installs Python packages and Whisper models from the internet, which is not reachable here).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pullRequestEvent, pushTagEvent } from '../events.js';
import { REPO_ROOT } from '../repos.js';
import type { RehearsalSession } from '../session.js';
import type { ExampleRehearsal } from './types.js';

const FIXTURE = join(REPO_ROOT, 'testkit', 'fixtures', 'build', 'multi-stage');
export const TAG = 'v1.0.0';
export const TARGETS = ['api', 'worker'];

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (statSync(path).isFile()) out[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return out;
}

function files({ baseImage }: { baseImage: string }): Record<string, string> {
  const tree = readTree(FIXTURE);
  // The workflow passes no build-args: the base image becomes the ARG's default.
  tree.Dockerfile = tree.Dockerfile!.replace(/^ARG BASE_IMAGE$/m, `ARG BASE_IMAGE=${baseImage}`);
  return tree;
}

async function play(session: RehearsalSession): Promise<void> {
  const sha = session.tag(TAG);
  await session.run(pullRequestEvent(session.user, 7, 'feature/audio', sha));
  await session.run(pushTagEvent(session.user, TAG, sha));
}

export const multiStageTargets: ExampleRehearsal = {
  name: 'multi-stage-targets',
  files,
  concurrentJobs: 2,
  play,
};
