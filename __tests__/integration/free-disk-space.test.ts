// free-disk-space (dist bundle, through the runner harness) on a real ext4 filesystem mounted from
// a loop file, holding a tree shaped like a hosted runner's. Each test generates a fresh tree in a
// folder of its own on that filesystem and points `root` at it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mountLoopFs, type LoopFs } from '../../testkit/services/loopfs.js';
import {
  cleanupRunnerTemp,
  NO_DOCKER_HOST,
  NODE_VERSIONS,
  runAction,
  type NodeVersion,
} from '../../testkit/runner/index.js';
import {
  duBytes,
  expectedAfterDeletion,
  generateRunnerTree,
  hashTree,
  type RunnerTree,
} from '../../testkit/runner/tree.js';

const DEFAULTS = ['android', 'dotnet', 'haskell', 'codeql', 'swift', 'powershell', 'boost'];

interface Report {
  target: string;
  paths: string[];
  status: string;
  seconds: number;
  bytes?: number;
  errors?: string[];
}

let fs: LoopFs;
let trees = 0;

beforeAll(() => {
  fs = mountLoopFs('free-disk-space-it', { sizeMiB: 768, inodes: 120_000 });
});

afterAll(async () => {
  fs?.dispose();
  await cleanupRunnerTemp();
});

function freshTree(): RunnerTree {
  return generateRunnerTree(join(fs.mountPoint, `tree-${++trees}`), {
    files: 2500,
    bytes: 24e6,
    seed: trees,
  });
}

function run(
  node: NodeVersion,
  tree: RunnerTree,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  return runAction({
    action: 'free-disk-space',
    node,
    inputs: { root: tree.root, ...inputs },
    workspace: tree.workspace,
    env: { RUNNER_ENVIRONMENT: 'github-hosted', AGENT_TOOLSDIRECTORY: '/opt/hostedtoolcache', ...env },
  });
}

const reportOf = (outputs: Record<string, string>) => JSON.parse(outputs.report!) as Report[];

describe.each(NODE_VERSIONS)('free-disk-space on %s', (node) => {
  it('dry-run deletes nothing and reports the sizes du reports', async () => {
    const tree = freshTree();
    const before = hashTree(tree.root);
    const free = fs.free();
    const result = await run(node, tree, { 'dry-run': 'true' });

    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(hashTree(tree.root)).toEqual(before);
    expect(fs.free()).toBe(free);
    const report = reportOf(result.outputs);
    expect(report.map((r) => r.target)).toEqual(DEFAULTS);
    for (const r of report) {
      expect(r.status).toBe('would delete');
      expect({ target: r.target, bytes: r.bytes }).toEqual({
        target: r.target,
        bytes: duBytes(...tree.targets[r.target]!),
      });
    }
    expect(result.outputs.freed).toBe('0');
    expect(result.summary).toContain('<table>');
    expect(result.groups).toEqual(expect.arrayContaining(['android: /usr/local/lib/android']));
  });

  it('wait frees what the targets hold, keeps `keep` and everything untargeted byte for byte', async () => {
    const tree = freshTree();
    const kept = join(tree.root, 'usr/local/lib/android/sdk/platform-tools');
    const targets = DEFAULTS.flatMap((t) => tree.targets[t]!);
    const before = hashTree(tree.root);
    // What goes: the targets minus the kept subtree and the folders leading down to it.
    const chain = ['usr/local/lib/android', 'usr/local/lib/android/sdk'].map((p) =>
      ownBytes(join(tree.root, p)),
    );
    const expected = duBytes(...targets) - duBytes(kept) - chain[0]! - chain[1]!;
    const free = fs.free();
    const result = await run(node, tree, { keep: '/usr/local/lib/android/sdk/platform-tools' });
    const delta = fs.free() - free;

    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(Number(result.outputs.freed)).toBe(delta);
    expect(Number(result.outputs['free-after']) - Number(result.outputs['free-before'])).toBe(delta);
    expect(delta).toBe(expected);
    expect(hashTree(tree.root)).toEqual(expectedAfterDeletion(before, tree.root, targets, [kept]));
    // The symlinks inside targets pointed outside them: those files and folders are untouched.
    expect(readFileSync(join(tree.outside.dir, 'precious.bin')).length).toBe(10000);
    expect(existsSync(tree.outside.file)).toBe(true);
    const report = reportOf(result.outputs);
    expect(report.every((r) => r.status === 'deleted')).toBe(true);
    expect(report.reduce((sum, r) => sum + (r.bytes ?? 0), 0)).toBe(delta);
    expect(result.log).toMatch(/android: deleted, [\d.]+ MB in [\d.]+ s/);
  });

  it('min-free stops once enough is free, in the order of `targets`', async () => {
    const tree = freshTree();
    const [android, dotnet] = [duBytes(...tree.targets.android!), duBytes(...tree.targets.dotnet!)];
    const minFree = fs.free() + android + Math.floor(dotnet / 2);
    const result = await run(node, tree, { 'min-free': String(minFree) });

    expect(result.exitCode).toBe(0);
    const status = Object.fromEntries(reportOf(result.outputs).map((r) => [r.target, r.status]));
    expect(status).toEqual({
      android: 'deleted',
      dotnet: 'deleted',
      haskell: 'skipped: min-free reached',
      codeql: 'skipped: min-free reached',
      swift: 'skipped: min-free reached',
      powershell: 'skipped: min-free reached',
      boost: 'skipped: min-free reached',
    });
    expect(existsSync(tree.targets.haskell![0]!)).toBe(true);
    expect(Number(result.outputs['free-after'])).toBeGreaterThanOrEqual(minFree);
  });

  it('min-free already free: does nothing', async () => {
    const tree = freshTree();
    const before = hashTree(tree.root);
    const result = await run(node, tree, { 'min-free': `${Math.floor(fs.free() / 1e6)}MB` });

    expect(result.exitCode).toBe(0);
    expect(hashTree(tree.root)).toEqual(before);
    expect(reportOf(result.outputs).every((r) => r.status === 'skipped: min-free already free')).toBe(true);
    expect(result.outputs.freed).toBe('0');
  });

  it('refuses to run on a self-hosted runner unless allowed, and says why', async () => {
    const tree = freshTree();
    const before = hashTree(tree.root);
    const result = await run(node, tree, {}, { RUNNER_ENVIRONMENT: 'self-hosted' });

    expect(result.exitCode).toBe(0);
    expect(result.notices.join('\n')).toMatch(
      /not GitHub-hosted \(RUNNER_ENVIRONMENT=self-hosted\).*allow-self-hosted/,
    );
    expect(hashTree(tree.root)).toEqual(before);

    const allowed = await run(
      node,
      tree,
      { 'allow-self-hosted': 'true', targets: 'boost' },
      { RUNNER_ENVIRONMENT: 'self-hosted' },
    );
    expect(allowed.exitCode).toBe(0);
    expect(existsSync(tree.targets.boost![0]!)).toBe(false);
  });

  it('deletes safe extra-paths; docker-images with no daemon in reach is "not present"', async () => {
    const tree = freshTree();
    const before = hashTree(tree.root);
    const gone = [join(tree.root, 'opt/az'), join(tree.root, 'usr/share/doc')];
    // Hermetic: DOCKER_HOST stays the harness's socket that does not exist, so even a docker CLI in
    // /usr/bin (a contributor's machine) reaches no daemon; the real prune is
    // free-disk-space-docker.test.ts, on an engine of its own.
    const result = await run(
      node,
      tree,
      { targets: 'none, docker-images', 'extra-paths': '/opt/az\n/usr/share/doc\n/opt/not-there' },
      { PATH: '/usr/bin:/bin', DOCKER_HOST: NO_DOCKER_HOST },
    );
    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const report = reportOf(result.outputs);
    expect(report.map((r) => [r.target, r.status])).toEqual([
      ['docker-images', 'not present'],
      ['extra-paths', 'deleted'],
    ]);
    expect(report[1]!.paths).toEqual(['/opt/az', '/usr/share/doc', '/opt/not-there']);
    expect(hashTree(tree.root)).toEqual(expectedAfterDeletion(before, tree.root, gone));
  });

  it('a deletion failure (an immutable file) becomes a warning', async () => {
    const tree = freshTree();
    const stuck = join(tree.root, 'usr/share/dotnet/sdk/8.0.410/f0-0.dll');
    chattr('+i', stuck);
    try {
      const result = await run(node, tree, { targets: 'dotnet, boost' });
      expect(result.exitCode).toBe(0);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/^dotnet: partly deleted: .*Operation not permitted/);
      const status = Object.fromEntries(reportOf(result.outputs).map((r) => [r.target, r.status]));
      expect(status).toEqual({ dotnet: 'partly deleted', boost: 'deleted' });
      expect(existsSync(stuck)).toBe(true);
    } finally {
      chattr('-i', stuck);
    }
  });
});

describe.each(NODE_VERSIONS)('free-disk-space refuses bad input on %s', (node) => {
  let tree: RunnerTree;
  let before: Map<string, string>;
  beforeAll(() => {
    tree = freshTree();
    // The runner's own folders for the HOME and RUNNER_TEMP cases below, with something in them.
    for (const dir of ['data/home/runner', 'data/runner/temp']) {
      mkdirSync(join(tree.root, dir), { recursive: true });
      writeFileSync(join(tree.root, dir, 'keep.txt'), 'the runner needs this\n');
    }
    before = hashTree(tree.root);
  });

  it.each([
    ['/', /"\/" \(is the protected folder \/\)/],
    ['relative/path', /"relative\/path" is not an absolute path/],
    ['/opt/../usr', /contains "\.\."/],
    ['/usr', /"\/usr" \(is the protected folder \/usr\)/],
    ['/etc', /is the protected folder \/etc/],
    ['/home', /is the protected folder \/home/],
    ['/var/lib/docker', /is the protected folder \/var\/lib\/docker/],
    ['/var/lib', /contains the protected folder \/var\/lib\/docker|is the protected folder \/var\/lib/],
    ['/home/runner/work/repo/repo', /is or contains the workspace/],
    ['/home/runner/work', /is or contains the workspace/],
    ['/usr/local/lib/android/sdk', /is or contains the kept path/],
    ['/usr/local/lib/android/sdk/platform-tools/adb', /is inside the kept path/],
  ])('extra-paths %j: one error, nothing deleted', async (entry, why) => {
    const result = await run(node, tree, {
      'extra-paths': `/opt/az\n${entry}`,
      keep: '/usr/local/lib/android/sdk/platform-tools',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^Input "extra-paths": /);
    expect(result.errors[0]).toMatch(why);
    expect(result.log).not.toMatch(/\n\s+at /);
    expect(hashTree(tree.root)).toEqual(before);
  });

  // HOME and RUNNER_TEMP are this machine's paths (not resolved under root): point them into the
  // tree, where the extra-paths entries resolve.
  it.each([
    ['HOME', '/data/home/runner', '/data/home/runner'],
    ['HOME', '/data/home', '/data/home/runner'],
    ['RUNNER_TEMP', '/data/runner/temp', '/data/runner/temp'],
    ['RUNNER_TEMP', '/data/runner', '/data/runner/temp'],
  ])(
    '%s: extra-paths %j (the folder or a parent) is refused, nothing deleted',
    async (variable, entry, dir) => {
      const own = join(tree.root, dir);
      const result = await run(node, tree, { 'extra-paths': `/opt/az\n${entry}` }, { [variable]: own });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toEqual([
        `Input "extra-paths": refusing to delete "${entry}" (is or contains ${variable} (${own})). Nothing was deleted`,
      ]);
      expect(result.outputs).toEqual({});
      expect(hashTree(tree.root)).toEqual(before);
    },
  );

  it.each([
    [
      { targets: 'android, androidx' },
      'Input "targets": unknown target "androidx" (allowed: default, none, android, dotnet',
    ],
    [{ 'min-free': '40XB' }, 'Input "min-free": "40XB" is not a size (allowed: a size such as 40GB'],
    [{ mode: 'fast' }, 'Input "mode": "fast" is not one of: wait, background'],
    [{ keep: 'usr/share' }, 'Input "keep": "usr/share" is not an absolute path'],
  ])('%j: one ::error:: naming the input, nothing deleted', async (inputs, message) => {
    const result = await run(node, tree, inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(message);
    expect(result.log).not.toMatch(/\n\s+at /);
    expect(hashTree(tree.root)).toEqual(before);
  });
});

function chattr(flag: string, path: string): void {
  execFileSync('chattr', [flag, path]);
}

/** A folder's own allocated bytes (its entries' blocks not included). */
function ownBytes(path: string): number {
  return lstatSync(path).blocks * 512;
}
