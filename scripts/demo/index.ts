// `npm run demo`: a real local release. Starts the Docker engine, a registry and the GitHub API
// emulator, releases the demo monorepo as v1.0.0, then v1.0.1 with only the api service changed
// (on a wiped builder, like a fresh runner), and prints the release notes and a table of build
// time and cache-hit ratio per service.
import { rmSync } from 'node:fs';
import { commitAndTag, createFixtureRepo } from './fixture-repo.js';
import {
  releaseAll,
  SERVICES,
  startDemoEnv,
  wipeBuilder,
  writeReleaseNotes,
  type ServiceBuild,
} from './rehearsal.js';

function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(10) : c.padStart(12))).join(' ');
}

async function release(
  env: Awaited<ReturnType<typeof startDemoEnv>>,
  repo: string,
  tag: string,
  sha: string,
) {
  console.log(`\n=== release ${tag}: building ${SERVICES.join(', ')} in parallel`);
  const builds = await releaseAll(env, repo, tag, sha);
  for (const b of builds.filter((x) => !x.ok)) {
    console.error(`build of ${b.service} failed:\n${b.result.log.slice(-3000)}`);
  }
  console.log(`=== release ${tag}: waiting for manifests and writing the release notes`);
  const notes = await writeReleaseNotes(env, tag, sha, SERVICES);
  if (notes.notes.exitCode !== 0) console.error(notes.notes.log.slice(-3000));
  return { builds, notes };
}

const env = await startDemoEnv();
const repo = createFixtureRepo();
const results: Array<{ tag: string; builds: ServiceBuild[] }> = [];
let ok = true;
try {
  const first = await release(env, repo, 'v1.0.0', commitAndTag(repo, 'v1.0.0'));
  results.push({ tag: 'v1.0.0', builds: first.builds });
  await wipeBuilder();
  const sha = commitAndTag(repo, 'v1.0.1', { 'services/api/version.txt': 'version 2\n' });
  const second = await release(env, repo, 'v1.0.1', sha);
  results.push({ tag: 'v1.0.1', builds: second.builds });
  console.log(`\n=== release notes of v1.0.1 (${env.api.url})\n`);
  console.log(second.notes.body);
  console.log(`\n${row(['service', 'release', 'build s', 'cache hits'])}`);
  for (const { tag, builds } of results) {
    for (const b of builds) {
      console.log(
        row([
          b.service,
          tag,
          b.ok ? b.seconds.toFixed(1) : 'FAILED',
          `${Math.round(b.cacheHitRatio * 100)}%`,
        ]),
      );
    }
  }
  ok = results.every((r) => r.builds.every((b) => b.ok)) && second.notes.notes.exitCode === 0;
  env.api.assertNoViolations();
} finally {
  await env.api.close();
  rmSync(repo, { recursive: true, force: true });
}
console.log(ok ? '\ndemo: release rehearsal succeeded' : '\ndemo: release rehearsal FAILED');
process.exit(ok ? 0 : 1);
