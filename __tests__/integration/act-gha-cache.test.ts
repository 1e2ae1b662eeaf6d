// Issue 17: act's cache server speaks the cache protocol buildx 0.13's `type=gha` uses. A workflow
// whose build has only the gha tier (`cache: gha`) runs twice under act, each time on a fresh
// docker-container builder (created and removed here, host network so it reaches act's cache
// server on loopback): the second builder's local cache is empty, so every step it does not
// rebuild came from act's cache server. The build step's cache-hit outputs say how many.
import { afterAll, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushBranchEvent } from '../../testkit/act/events.js';
import { jobOutput } from '../../testkit/act/rehearse.js';
import { RehearsalSession } from '../../testkit/act/session.js';
import { ensureBuildkitImage } from '../../testkit/services/buildkit.js';
import { docker } from '../../testkit/services/index.js';

const WORKFLOW = `name: gha-tier
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
      - id: build
        uses: org/docker-pipeline-actions/build@v1
        with:
          builder: \${{ vars.BUILDER }}
          images: gha-tier/app
          push: false
          cache: gha
          cache-scope: gha-tier
          # a build that does not push only reads the tiers: export to the gha tier explicitly
          cache-to: type=gha,scope=gha-tier,mode=max
`;

const dockerfile = (baseImage: string) =>
  [
    `FROM ${baseImage}`,
    'WORKDIR /app',
    'COPY app.txt ./',
    'RUN sha256sum app.txt > app.sum',
    'RUN echo built > built.txt',
    '',
  ].join('\n');

const workflows = mkdtempSync(join(tmpdir(), 'dpa-gha-tier-'));
const builders: string[] = [];
let session: RehearsalSession | undefined;

afterAll(async () => {
  for (const b of builders)
    await docker(['buildx', 'rm', '--force', b], { env: { DOCKER_CONFIG: session!.dockerConfig } });
  await session?.close();
  rmSync(workflows, { recursive: true, force: true });
});

/** A fresh docker-container builder (empty local cache) in the steps' DOCKER_CONFIG. */
async function freshBuilder(): Promise<string> {
  const name = `dpa-gha-${randomBytes(4).toString('hex')}`;
  builders.push(name);
  const env = { DOCKER_CONFIG: session!.dockerConfig };
  const args = ['buildx', 'create', '--name', name, '--driver', 'docker-container'];
  const created = await docker([...args, '--driver-opt', 'network=host', '--bootstrap'], { env });
  if (created.code !== 0) throw new Error(`buildx create failed:\n${created.stderr}`);
  return name;
}

async function removeBuilder(name: string): Promise<void> {
  await docker(['buildx', 'rm', '--force', name], { env: { DOCKER_CONFIG: session!.dockerConfig } });
  builders.splice(builders.indexOf(name), 1);
}

it('the gha tier gets hits from act cache server on a builder whose local cache is empty', async () => {
  await ensureBuildkitImage();
  writeFileSync(join(workflows, 'gha-tier.yml'), WORKFLOW);
  session = await RehearsalSession.start({
    exampleWorkflows: workflows,
    files: ({ baseImage }) => ({
      Dockerfile: dockerfile(baseImage),
      'app.txt': randomBytes(16).toString('hex'),
    }),
  });
  const sha = session.commit('nothing changes');
  const ratios: number[] = [];
  for (let i = 0; i < 2; i++) {
    const builder = await freshBuilder();
    const run = await session.run(pushBranchEvent(session.user, 'main', sha), { vars: { BUILDER: builder } });
    const job = run.jobs.find((j) => j.name.endsWith('/build'));
    expect(job?.result).toBe('success');
    ratios.push(Number(jobOutput(job!, 'cache-hit-ratio')));
    await removeBuilder(builder);
  }
  // First run: nothing cached anywhere. Second: a new, empty builder, every step (4 of 4) CACHED
  // from the gha tier, which act's cache server holds.
  expect(ratios).toEqual([0, 1]);
  expect(readdirSync(session.cacheServerPath, { recursive: true }).length).toBeGreaterThan(0);
}, 600_000);
