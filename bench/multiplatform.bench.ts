// Issue 18's bench, `npm run bench multiplatform`:
// (a) two per-platform builds run in parallel (the build bundle with push-by-digest, one per
//     platform, as two runners would) plus the merge (merge-manifests bundle), against one
//     two-platform build (`platforms: linux/amd64,linux/arm64`, pushed with a tag), same Dockerfile,
//     same remote builder (current buildkitd + buildx), interleaved: BENCH_ROUNDS rounds, order
//     swapped every round, each build with a fresh build-arg so its RUN steps run again (cold for
//     both arms; the base image is cached for both). This machine has no native arm64 runner and
//     2 cores: BOTH arms build linux/arm64 under QEMU on the same cores, so (a) measures what the
//     split costs or saves on one machine (three action runs and a merge against one), not the
//     native-runner speed-up the pattern is for. The output says so.
// (b) merge-manifests (the real dist bundle on Node 24, as the runner starts it) against
//     `docker buildx imagetools create` (the engine's buildx) for the same digests and tags: two
//     per-platform images with attestation manifests (indexes, as buildx pushes them with
//     provenance) in the anonymous and in the token registry, pushed under two tags. Interleaved:
//     BENCH_ROUNDS rounds (default 5), each running both, the order swapped every round.
//     The issue sets no target for (b); for context, the start-up floor is printed too: the same
//     bundle stopping at its first input check (Node's start and the bundle's load, no request).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { cleanupRunnerTemp, runAction } from '../testkit/runner/index.js';
import { ensureBuildkit, ensureMultiarchBaseImage } from '../testkit/services/buildkit.js';
import {
  buildLeg,
  LEG_PLATFORMS,
  mergeLegs,
  remoteBuilderRunnerEnv,
  type RunnerEnv,
} from '../testkit/multiplatform-legs.js';
import { docker, dockerConfigFor, ensureRegistry, type Registry } from '../testkit/services/index.js';
import { pushSyntheticImage, readIndex, uniqueMergeRepo } from '../testkit/multiplatform.js';
import { emptyDockerConfig } from '../testkit/wait-for-manifests.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Case {
  registry: Registry;
  repo: string;
  digests: string[];
  tags: string[];
}

async function prepare(registry: Registry): Promise<Case> {
  const repo = uniqueMergeRepo('bench');
  const digests: string[] = [];
  for (const architecture of ['amd64', 'arm64'])
    digests.push(
      (await pushSyntheticImage(registry, repo, { architecture, attestation: true, seed: repo })).digest,
    );
  const name = `${registry.host}/${repo}`;
  return { registry, repo, digests, tags: [`${name}:1.2.3`, `${name}:latest`] };
}

async function timeMergeManifests(c: Case): Promise<number> {
  const credentials = c.registry.username
    ? { username: c.registry.username, password: c.registry.password ?? '' }
    : ({} as Record<string, string>);
  const r = await runAction({
    action: 'merge-manifests',
    node: 'node24',
    inputs: {
      images: `${c.registry.host}/${c.repo}`,
      digests: c.digests.join('\n'),
      tags: c.tags.join('\n'),
      platforms: 'linux/amd64,linux/arm64',
      ...credentials,
    },
    env: { DOCKER_CONFIG: emptyDockerConfig() },
  });
  if (r.exitCode !== 0) throw new Error(`merge-manifests failed:\n${r.log.slice(-2000)}`);
  return r.durationMs;
}

async function timeImagetools(c: Case): Promise<number> {
  const name = `${c.registry.host}/${c.repo}`;
  const args = ['buildx', 'imagetools', 'create', ...c.tags.flatMap((t) => ['--tag', t])];
  args.push(...c.digests.map((d) => `${name}@${d}`));
  const started = performance.now();
  const r = await docker(args, { env: { DOCKER_CONFIG: await dockerConfigFor(c.registry) } });
  const elapsed = performance.now() - started;
  if (r.code !== 0) throw new Error(`docker ${args.join(' ')}:\n${r.stderr}`);
  return elapsed;
}

/** Both tools must have made an index with both platforms under the first tag. */
async function checkResult(c: Case): Promise<void> {
  const index = await readIndex(c.registry, c.repo, c.tags[0].split(':').pop()!);
  const platforms = index.manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`);
  if (!platforms.includes('linux/amd64') || !platforms.includes('linux/arm64'))
    throw new Error(`${c.repo}: unexpected index ${platforms.join(', ')}`);
}

/** The bundle started and stopped at its first input check: what any run costs before a request. */
async function timeStartUp(): Promise<number> {
  const r = await runAction({ action: 'merge-manifests', node: 'node24', inputs: {} });
  if (r.exitCode !== 1) throw new Error('merge-manifests without inputs should fail');
  return r.durationMs;
}

async function partB(): Promise<void> {
  const floors: number[] = [];
  for (const kind of ['anonymous', 'token'] as const) {
    const c = await prepare(await ensureRegistry(kind));
    await timeImagetools(c); // warm-up: buildx's first start, the token server's first answer
    await timeMergeManifests(c);
    const ratios: number[] = [];
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours'];
      const times: Record<string, number> = {};
      for (const who of order) {
        times[who] = who === 'ours' ? await timeMergeManifests(c) : await timeImagetools(c);
        await checkResult(c);
      }
      floors.push(await timeStartUp());
      ours.push(times.ours);
      theirs.push(times.theirs);
      ratios.push(times.ours / times.theirs);
      console.log(
        `  ${kind} round ${round + 1}: merge-manifests ${seconds(times.ours)}, imagetools create ${seconds(times.theirs)}, ratio ${(times.ours / times.theirs).toFixed(2)}`,
      );
    }
    const ratio = median(ratios);
    console.log(
      `(b) ${kind} registry, 2 platforms + 2 attestations, 2 tags: merge-manifests median ${seconds(median(ours))}, ` +
        `imagetools create median ${seconds(median(theirs))}; ratio ${ratio.toFixed(2)} ` +
        `(start-up floor of the bundle so far: median ${seconds(median(floors))})`,
    );
  }
}

/**
 * (a)'s Dockerfile: RUN steps that run on the target platform (QEMU for arm64) and do some CPU work
 * (64 MiB through sha256sum), after a build-arg that each build sets afresh.
 */
function benchDockerfile(base: string): string {
  return [
    `FROM ${base}`,
    'ARG ROUND',
    'RUN /bin/busybox echo "$ROUND" > /round && /bin/busybox uname -m > /arch',
    'RUN /bin/busybox dd if=/dev/zero bs=1048576 count=64 2>/dev/null | /bin/busybox sha256sum > /work',
    '',
  ].join('\n');
}

interface ArmSetup {
  runner: RunnerEnv;
  builder: string;
  workspace: string;
  name: string;
}

const freshArg = () => ({ 'build-args': `ROUND=${randomBytes(8).toString('hex')}` });

/** Two legs in parallel (one per platform, push-by-digest) and then the merge: wall-clock ms. */
async function timeSplit(
  a: ArmSetup,
  tag: string,
): Promise<{ total: number; legs: number[]; merge: number }> {
  const started = performance.now();
  const inputs = freshArg();
  const legs = await Promise.all(
    LEG_PLATFORMS.map((platform) =>
      buildLeg({ ...a, images: [a.name], platform, env: a.runner.env, inputs }),
    ),
  );
  const merged = await mergeLegs({
    images: [a.name],
    legs,
    tags: [`${a.name}:${tag}`],
    form: 'matrix-json',
    env: a.runner.env,
  });
  return {
    total: performance.now() - started,
    legs: legs.map((l) => l.durationMs),
    merge: merged.durationMs,
  };
}

/** One build of both platforms on the one builder, pushed with a tag: wall-clock ms. */
async function timeSingle(a: ArmSetup, tag: string): Promise<number> {
  const started = performance.now();
  const r = await runAction({
    action: 'build',
    node: 'node24',
    workspace: a.workspace,
    inputs: {
      tags: `${a.name}:${tag}`,
      push: 'true',
      platforms: LEG_PLATFORMS.join(','),
      cache: 'none',
      builder: a.builder,
      ...freshArg(),
    },
    env: a.runner.env,
    timeoutMs: 600_000,
  });
  if (r.exitCode !== 0) throw new Error(`two-platform build failed:\n${r.log.slice(-3000)}`);
  return performance.now() - started;
}

async function partA(): Promise<void> {
  const buildkit = await ensureBuildkit();
  const anon = await ensureRegistry('anonymous');
  const runner = await remoteBuilderRunnerEnv(buildkit, [anon]);
  const workspace = await mkdtemp(path.join(tmpdir(), 'dpa-bench-multiplatform-'));
  try {
    await writeFile(path.join(workspace, 'Dockerfile'), benchDockerfile(await ensureMultiarchBaseImage()));
    const a: ArmSetup = {
      runner,
      builder: buildkit.builder,
      workspace,
      name: `${anon.host}/${uniqueMergeRepo('bench-a')}`,
    };
    console.log(
      `(a) ${cpus().length} cores, no native arm64: both arms build linux/arm64 under QEMU on the same cores ` +
        '(the split arm runs its two legs in parallel on the one remote builder, as two runners sharing one BuildKit daemon)',
    );
    await timeSingle(a, 'warm-up'); // the builder's first pull of the base image, both platforms
    const split: number[] = [];
    const single: number[] = [];
    const ratios: number[] = [];
    const legTimes: number[][] = LEG_PLATFORMS.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? ['split', 'single'] : ['single', 'split'];
      const times: Record<string, number> = {};
      let detail = '';
      for (const who of order) {
        if (who === 'single') times.single = await timeSingle(a, `single-${round}`);
        else {
          const s = await timeSplit(a, `split-${round}`);
          times.split = s.total;
          s.legs.forEach((ms, i) => legTimes[i]!.push(ms));
          detail = `legs ${s.legs.map(seconds).join(' + ')} in parallel, merge ${seconds(s.merge)}`;
        }
      }
      split.push(times.split);
      single.push(times.single);
      ratios.push(times.split / times.single);
      console.log(
        `  round ${round + 1}: split ${seconds(times.split)} (${detail}), one two-platform build ${seconds(times.single)}, ratio ${(times.split / times.single).toFixed(2)}`,
      );
    }
    console.log(
      `(a) two push-by-digest legs in parallel + merge: median ${seconds(median(split))}; one two-platform build: ` +
        `median ${seconds(median(single))}; ratio ${median(ratios).toFixed(2)} (lower is better; both arms emulate ` +
        'arm64 on this 2-core machine, so this is NOT the native-runner speed-up: with an arm64 runner the arm64 leg would not emulate)',
    );
    const legMedians = LEG_PLATFORMS.map((p, i) => `${p} ${seconds(median(legTimes[i]!))}`).join(', ');
    console.log(`    leg medians (each a whole action run, in parallel with the other): ${legMedians}`);
  } finally {
    await runner.dispose();
    await rm(workspace, { recursive: true, force: true });
  }
}

console.log(
  `machine: ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
try {
  await partA();
  await partB();
} finally {
  await cleanupRunnerTemp();
}
