// Cold-run cost of compute-sha-tags against node's own start-up, measured in the same run on the
// same machine: wall time and peak RSS of `node dist/compute-sha-tags/index.js` (a push of tag
// v1.2.3, three images, a matrix suffix, no token: what a release workflow runs) versus a bare
// `node -e 0`. Runs are interleaved so load changes hit both sides alike; medians are compared.
// Target: at most 1.5x node's start-up for both time and memory.
// CPU time is printed too: on a loaded machine wall time mostly measures the queue for a core.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// BENCH_BUNDLE: measure another build of the action (e.g. a prototype) with the same inputs.
const bundle = process.env.BENCH_BUNDLE ?? join(root, 'dist', 'compute-sha-tags', 'index.js');
const reps = Number(process.env.BENCH_REPS ?? 40);
const TARGET = 1.5;

if (!existsSync(bundle)) {
  console.error(`${bundle} is missing: run node scripts/build.mjs compute-sha-tags`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'bench-cst-'));
const workspace = join(dir, 'workspace');
mkdirSync(workspace);
const eventPath = join(dir, 'event.json');
const sha = '3'.repeat(40);
writeFileSync(
  eventPath,
  JSON.stringify({
    ref: 'refs/tags/v1.2.3',
    before: '0'.repeat(40),
    after: sha,
    created: true,
    base_ref: 'refs/heads/main',
    head_commit: { id: sha, timestamp: '2024-05-01T14:34:56+02:00', message: 'Release 1.2.3' },
    repository: { full_name: 'octo-org/octo-repo', default_branch: 'main', name: 'octo-repo' },
  }),
);
const files = {
  out: join(dir, 'output'),
  summary: join(dir, 'summary'),
  env: join(dir, 'env'),
  state: join(dir, 'state'),
};

function actionEnv(ws: string): NodeJS.ProcessEnv {
  for (const f of Object.values(files)) writeFileSync(f, '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: 'refs/tags/v1.2.3',
    GITHUB_REF_NAME: 'v1.2.3',
    GITHUB_REF_TYPE: 'tag',
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: files.out,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: dir,
    INPUT_IMAGES: 'ghcr.io/octo-org/octo-repo/api\nghcr.io/octo-org/octo-repo/worker\ndocker.io/octoorg/api',
    INPUT_TAGS: '',
    INPUT_FLAVOR: 'latest=auto\nsuffix=-large-v3-zh',
    'INPUT_SHA-LENGTH': '7',
    INPUT_SHA: '',
    'INPUT_PR-HEAD-SHA': 'true',
    INPUT_LABELS: 'org.opencontainers.image.vendor=Octo Org',
    INPUT_ANNOTATIONS: '',
    'INPUT_GITHUB-TOKEN': '',
  };
}

interface Sample {
  ms: number;
  /** user + system CPU time: robust to other load on the machine, unlike wall time. */
  cpuMs: number;
  rssKb: number;
}

// Measures one child with wait4(2): wall time around fork/exec/wait, and the kernel's rusage of
// exactly that child (CPU time in microseconds, peak RSS). Python's os.wait4 is the portable way
// to get a child's rusage; Node does not expose it.
const WAIT4 = `
import os, sys, time, json
argv = json.loads(sys.argv[1]); env = json.loads(sys.argv[2]); cwd = sys.argv[3]
devnull = os.open(os.devnull, os.O_RDWR)
t = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.chdir(cwd); os.dup2(devnull, 0); os.dup2(devnull, 1)
    os.execve(argv[0], argv, env)
_, status, ru = os.wait4(pid, 0)
ms = (time.perf_counter() - t) * 1000
print(json.dumps({"ms": ms, "cpuMs": (ru.ru_utime + ru.ru_stime) * 1000, "rssKb": ru.ru_maxrss, "status": os.waitstatus_to_exitcode(status)}))
`;

function run(node: string, args: string[], env: NodeJS.ProcessEnv, cwd = workspace): Sample {
  const child = spawnSync(
    'python3',
    ['-c', WAIT4, JSON.stringify([node, ...args]), JSON.stringify(env), cwd],
    {
      encoding: 'utf8',
    },
  );
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{'))
    throw new Error(`measuring failed:\n${child.stdout}\n${child.stderr}`);
  const sample = JSON.parse(line) as Sample & { status: number };
  if (sample.status !== 0)
    throw new Error(`${node} ${args.join(' ')} exited ${sample.status}:\n${child.stderr}`);
  return sample;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function nodes(): [string, string][] {
  const found: [string, string][] = [[`node ${process.version}`, process.execPath]];
  // The runner's Node 24 (what `runs.using: node24` runs), from the harness's installer.
  const node24 = spawnSync('bash', [join(root, 'scripts', 'ensure-node24.sh')], { encoding: 'utf8' });
  const bin = node24.status === 0 ? node24.stdout.trim() : '';
  if (bin && existsSync(bin)) {
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (version !== process.version) found.push([`node ${version}`, bin]);
  } else {
    console.log('(Node 24 not available: scripts/ensure-node24.sh failed; measuring the machine node only)');
  }
  return found;
}

// A full clone with version tags (actions/checkout fetch-depth: 0): the action runs `git tag`.
const checkout = join(dir, 'checkout');
mkdirSync(checkout);
const git = (...args: string[]) => {
  const r = spawnSync('git', args, {
    cwd: checkout,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@e',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@e',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};
git('init', '-q');
for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.2', 'v1.2.3']) {
  git('commit', '-q', '--allow-empty', '-m', tag);
  git('tag', tag);
}

const scenarios: [string, string][] = [
  ['tag push, no checkout', workspace],
  ['tag push, full checkout (runs git tag --list)', checkout],
];

console.log(`compute-sha-tags cold run vs node -e 0: ${reps} interleaved runs each, medians`);
console.log(`bundle: ${(statSync(bundle).size / 1024).toFixed(0)} KiB (${bundle})`);
console.log('each child measured with wait4(2): wall time, CPU time (user+sys) and peak RSS (ru_maxrss)');
let allMet = true;
const row = (name: string, a: string, b: string, r: number) =>
  console.log(
    `    ${name.padEnd(10)} node -e 0 ${a.padStart(9)}   action ${b.padStart(9)}   ratio ${r.toFixed(2)}x`,
  );
for (const [label, node] of nodes()) {
  const base: Sample[] = [];
  const runs: Sample[][] = scenarios.map(() => []);
  const once = (i: number) => run(node, [bundle], actionEnv(scenarios[i][1]), scenarios[i][1]);
  for (let i = 0; i < 3; i++) {
    run(node, ['-e', '0'], { PATH: process.env.PATH });
    scenarios.forEach((_, j) => once(j));
  }
  for (let i = 0; i < reps; i++) {
    base.push(run(node, ['-e', '0'], { PATH: process.env.PATH }));
    scenarios.forEach((_, j) => runs[j].push(once(j)));
  }
  const t0 = median(base.map((s) => s.ms));
  const c0 = median(base.map((s) => s.cpuMs));
  const m0 = median(base.map((s) => s.rssKb));
  console.log(`\n${label}`);
  scenarios.forEach(([name], j) => {
    const t1 = median(runs[j].map((s) => s.ms));
    const c1 = median(runs[j].map((s) => s.cpuMs));
    const m1 = median(runs[j].map((s) => s.rssKb));
    const met = t1 / t0 <= TARGET && m1 / m0 <= TARGET;
    if (j === 0) allMet &&= met;
    console.log(`  ${name}${j === 0 ? '' : ' (informative)'}`);
    row('wall time', `${t0.toFixed(1)} ms`, `${t1.toFixed(1)} ms`, t1 / t0);
    row('CPU time', `${c0.toFixed(1)} ms`, `${c1.toFixed(1)} ms`, c1 / c0);
    row('peak RSS', `${(m0 / 1024).toFixed(1)} MiB`, `${(m1 / 1024).toFixed(1)} MiB`, m1 / m0);
    console.log(`    target <= ${TARGET}x for wall time and peak RSS: ${met ? 'MET' : 'NOT MET'}`);
  });
}
console.log(`\ncompute-sha-tags: target ${allMet ? 'met' : 'NOT met'}`);
rmSync(dir, { recursive: true, force: true });
