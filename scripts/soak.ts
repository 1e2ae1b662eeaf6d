// npm run soak [-- wait merge disk]: the load half of issue 9, outside `npm test`'s time budget.
//   wait:  wait-for-manifests over 1000 references (plus 10 absent) behind a seeded fault proxy;
//   merge: 50 append-image-digests-to-release writers in `merge` mode on one release, all at once;
//   disk:  free-disk-space (wait mode) on a 1M-file hosted-runner-shaped tree on a loop ext4.
// Each part prints what was held and anything lost; the exit code is 1 when anything was lost.
// Loopback only; counts and time are bounded (SOAK_REFS, SOAK_WRITERS, SOAK_FILES, SOAK_BYTES
// override the sizes). The committed bundles are copied out of HEAD first, so a `npm run build`
// elsewhere (which deletes dist/ folders while it rebuilds them) cannot break a soak that runs for minutes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { digestsOf, lines, seedImage, tagManifest, uniqueRepo } from '../testkit/wait-for-manifests.js';
import { startFaultProxy } from '../testkit/faults/fault-proxy.js';
import { startGitHubApi } from '../testkit/github-api/index.js';
import { mountLoopFs, syncFs } from '../testkit/services/loopfs.js';
import { generateRunnerTree, hashTree } from '../testkit/runner/tree.js';
import { cleanupRunnerTemp, runAction, runWithPost, type RunOptions } from '../testkit/runner/index.js';
import { ensureRegistry } from '../testkit/services/index.js';

const repo = resolve(import.meta.dirname, '..');
const REFS = Number(process.env.SOAK_REFS ?? 1000);
const WRITERS = Number(process.env.SOAK_WRITERS ?? 50);
const FILES = Number(process.env.SOAK_FILES ?? 1_000_000);
const BYTES = Number(process.env.SOAK_BYTES ?? 1.5e9);
const scratch = mkdtempSync(join(tmpdir(), 'dpa-soak-'));
const summary: string[] = [];
let lost = 0;

/** A private copy of an action's bundle, run with its action.yml (inputs and defaults). */
function bundle(action: string): Pick<RunOptions, 'action' | 'actionDir' | 'entry' | 'postEntry' | 'node'> {
  const copy = join(scratch, 'dist', action);
  if (!existsSync(copy)) {
    // The committed bundle (what `uses:` runs), read from HEAD: the working tree's dist/ may be
    // half-rebuilt by someone else's `npm run build` at any moment.
    const tar = execFileSync('git', ['archive', 'HEAD', `dist/${action}`], { cwd: repo, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', scratch], { input: tar });
  }
  return {
    action,
    actionDir: join(repo, action),
    entry: join(copy, 'index.js'),
    postEntry: join(copy, 'post', 'index.js'),
    node: 'node24',
  };
}

function report(part: string, held: string, missing: string[]): void {
  lost += missing.length;
  const line = `${part}: held ${held}; lost ${missing.length}${missing.length ? `: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}` : ''}`;
  summary.push(line);
  console.log(line);
}

/** Runs `fn` over `items`, `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function soakWait(): Promise<void> {
  console.log(`wait: ${REFS} references present + 10 absent, behind a seeded fault proxy (rate 0.05)`);
  const registry = await ensureRegistry('anonymous');
  const source = await seedImage(registry, uniqueRepo('soak'));
  const present = Array.from({ length: REFS }, (_, i) => `t${i}`);
  const absent = Array.from({ length: 10 }, (_, i) => `absent${i}`);
  const t = performance.now();
  await pool(present, 16, (tag) => tagManifest(registry, source, tag));
  console.log(`  ${REFS} tags pushed in ${seconds(performance.now() - t)}`);
  const proxy = await startFaultProxy(registry.url);
  proxy.random({
    seed: 42,
    rate: 0.05,
    faults: [
      { kind: 'reset' },
      { kind: 'delay', ms: 500 },
      { kind: 'truncate' },
      { kind: 'hang' },
      { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
      { kind: 'status', status: 503 },
    ],
  });
  const ref = (tag: string) => `${proxy.host}/${source.repository}:${tag}`;
  // An empty Docker config: the soak never reads the host's credentials.
  writeFileSync(join(scratch, 'config.json'), '{}\n');
  try {
    const r = await runAction({
      ...bundle('wait-for-manifests'),
      timeoutMs: 600_000,
      env: { DOCKER_CONFIG: scratch },
      inputs: {
        images: [...present, ...absent].map(ref).join('\n'),
        timeout: '2m',
        interval: '500ms',
        'max-interval': '5s',
        'request-timeout': '5s',
        concurrency: '32',
        'fail-on-missing': 'false',
      },
    });
    const found = new Set(lines(r.outputs.found));
    const digests = digestsOf(r.outputs);
    const lostRefs = present.map(ref).filter((x) => !found.has(x));
    const wrong = [
      ...absent.map(ref).filter((x) => found.has(x)),
      ...Object.entries(digests)
        .filter(([, d]) => d !== source.digest)
        .map(([x]) => `${x} (wrong digest)`),
    ];
    report(
      'wait',
      `${found.size}/${REFS} found with the right digest, ${lines(r.outputs.missing).length} missing (10 absent), ` +
        `exit ${r.exitCode}, ${seconds(r.durationMs)}; ${proxy.stats.requests} requests, ${proxy.stats.faulted} faults ` +
        `${JSON.stringify(proxy.stats.byKind)}`,
      [...lostRefs, ...wrong],
    );
  } finally {
    await proxy.close();
  }
}

async function soakMerge(): Promise<void> {
  console.log(`merge: ${WRITERS} concurrent writers (mode merge) on one release, API latency 5-40 ms`);
  const token = 'soak-token';
  const api = await startGitHubApi({
    owner: 'octo-org',
    repo: 'octo-repo',
    token,
    latencyMs: [5, 40],
    seed: 7,
  });
  const tag = 'v5.0.0';
  const userText = 'Hand-written notes.\r\n\r\n- keep me\r\n';
  api.state.addRelease({ tag_name: tag, body: userText });
  const services = Array.from({ length: WRITERS }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
  const digest = (i: number) => `sha256:${i.toString(16).padStart(2, '0').repeat(32)}`;
  const t = performance.now();
  try {
    const results = await Promise.all(
      services.map((svc, i) =>
        runAction({
          ...bundle('append-image-digests-to-release'),
          timeoutMs: 300_000,
          event: 'push-tag',
          env: { GITHUB_API_URL: api.url },
          inputs: {
            tag,
            token,
            mode: 'merge',
            images: `ghcr.io/o/${svc}:1`,
            digests: JSON.stringify({ [`ghcr.io/o/${svc}:1`]: digest(i) }),
          },
        }),
      ),
    );
    const releases = api.state.listReleases().filter((r) => r.tag_name === tag);
    const body = releases[0]?.body ?? '';
    const missing = services.filter((svc, i) => !body.includes(`ghcr.io/o/${svc}@${digest(i)}`));
    const failed = results.filter((r) => r.exitCode !== 0).length;
    const problems = [
      ...missing.map((s) => `${s} not in the body`),
      ...(releases.length !== 1 ? [`${releases.length} releases for ${tag}`] : []),
      ...(body.startsWith(userText) ? [] : ['user text changed']),
    ];
    report(
      'merge',
      `${WRITERS - missing.length}/${WRITERS} services in the body, ${failed} writer(s) exited non-zero, ` +
        `${api.requests.length} API requests, ${seconds(performance.now() - t)}`,
      problems,
    );
  } finally {
    await api.close();
  }
}

async function soakDisk(): Promise<void> {
  console.log(
    `disk: free-disk-space on a ${FILES}-file tree (${(BYTES / 1e9).toFixed(1)} GB) on a loop ext4`,
  );
  const fs = mountLoopFs('soak-free-disk-space', {
    // Every file takes at least one 4 KiB block, plus the data, plus room for directories.
    sizeMiB: Math.ceil((FILES * 4096 + BYTES * 1.3) / 2 ** 20) + 1024,
    inodes: Math.ceil(FILES * 1.3) + 100_000,
  });
  try {
    let t = performance.now();
    const tree = generateRunnerTree(join(fs.mountPoint, 'tree'), { files: FILES, bytes: BYTES, seed: 11 });
    syncFs(fs.mountPoint);
    console.log(
      `  tree: ${tree.files} files, ${(tree.bytes / 1e9).toFixed(2)} GB in ${seconds(performance.now() - t)}`,
    );
    const targets = ['android', 'dotnet', 'haskell', 'codeql', 'swift', 'powershell', 'boost'];
    const paths = targets.flatMap((g) => tree.targets[g] ?? []);
    const inTarget = (p: string) => paths.some((d) => p === d || p.startsWith(`${d}/`));
    const outside = hashTree(tree.root, inTarget);
    const free = fs.free();
    t = performance.now();
    const { main, post } = await runWithPost({
      ...bundle('free-disk-space'),
      timeoutMs: 1_800_000,
      workspace: tree.workspace,
      // As on a hosted runner: paths are the runner's, resolved under `root` by the action.
      env: { RUNNER_ENVIRONMENT: 'github-hosted', AGENT_TOOLSDIRECTORY: '/opt/hostedtoolcache' },
      inputs: { root: tree.root, targets: targets.join(','), mode: 'wait' },
    });
    const elapsed = performance.now() - t;
    syncFs(fs.mountPoint);
    const after = hashTree(tree.root, inTarget);
    const changed = [...outside]
      .filter(([p, h]) => after.get(p) !== h)
      .map(([p]) => `${p} changed or deleted`);
    const left = paths.filter((p) => existsSync(p)).map((p) => `${p} still there`);
    report(
      'disk',
      `${outside.size} entries outside the targets unchanged of ${outside.size}, ${paths.length - left.length}/${paths.length} ` +
        `target folders gone, freed ${((fs.free() - free) / 1e9).toFixed(2)} GB, main exit ${main.exitCode} / post exit ${post.exitCode}, ` +
        `${seconds(elapsed)}`,
      [...changed, ...left, ...(main.exitCode === 0 ? [] : [`main failed: ${main.errors.join('; ')}`])],
    );
  } finally {
    fs.dispose();
  }
}

const PARTS: Record<string, () => Promise<void>> = { wait: soakWait, merge: soakMerge, disk: soakDisk };
const chosen = process.argv.slice(2).filter((a) => a !== '--');
try {
  for (const name of chosen.length ? chosen : Object.keys(PARTS)) {
    const part = PARTS[name];
    if (!part) throw new Error(`unknown soak part "${name}" (allowed: ${Object.keys(PARTS).join(', ')})`);
    await part();
  }
} finally {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`\nsoak summary:\n  ${summary.join('\n  ')}\n  ${lost === 0 ? 'nothing lost' : `${lost} lost`}`);
process.exitCode = lost === 0 ? 0 : 1;
