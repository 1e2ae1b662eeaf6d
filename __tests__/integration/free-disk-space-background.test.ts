// free-disk-space `mode: background` through the runner harness's main + post steps, on a real ext4
// filesystem from a loop file: main renames the targets into trash folders and returns; the post
// step waits for the detached deleter and reports what it did (failures as warnings).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mountLoopFs, type LoopFs } from '../../testkit/services/loopfs.js';
import {
  cleanupRunnerTemp,
  NODE_VERSIONS,
  runWithPost,
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

let fs: LoopFs;
let trees = 0;

beforeAll(() => {
  fs = mountLoopFs('free-disk-space-bg', { sizeMiB: 512, inodes: 80_000 });
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

function background(
  node: NodeVersion,
  tree: RunnerTree,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  return runWithPost({
    action: 'free-disk-space',
    node,
    inputs: { root: tree.root, mode: 'background', ...inputs },
    workspace: tree.workspace,
    env: { RUNNER_ENVIRONMENT: 'github-hosted', AGENT_TOOLSDIRECTORY: '/opt/hostedtoolcache', ...env },
  });
}

/**
 * A folder whose `rm` waits for `<folder>/gate` (at most 60 s) before running the real rm: with it
 * first on PATH the detached deleter is held back for as long as the test wants.
 */
function gatedRm(): { bin: string; open: () => void } {
  const bin = mkdtempSync(join(tmpdir(), 'dpa-gated-rm-'));
  const realRm = execFileSync('sh', ['-c', 'command -v rm'], { encoding: 'utf8' }).trim();
  const gate = join(bin, 'gate');
  writeFileSync(
    join(bin, 'rm'),
    `#!/bin/sh\ni=0\nwhile [ ! -e '${gate}' ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done\nexec '${realRm}' "$@"\n`,
    { mode: 0o755 },
  );
  return { bin, open: () => writeFileSync(gate, '') };
}

/** Polls until `check` holds (at most `ms`). */
async function until(check: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !check(); await sleep(50))
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${String(check)}`);
}

/** Running (not gone, not a zombie). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Trash folders (.free-disk-space-trash-*) anywhere under `dir`. */
function trashUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => /(^|\/)\.free-disk-space-trash-[^/]+$/.test(p));
}

const statuses = (report: string) =>
  Object.fromEntries(
    (JSON.parse(report) as { target: string; status: string }[]).map((r) => [r.target, r.status]),
  );

describe.each(NODE_VERSIONS)('free-disk-space background mode on %s', (node) => {
  it('main moves the targets aside and returns; post reports the completed deletion', async () => {
    const tree = freshTree();
    const targets = DEFAULTS.flatMap((t) => tree.targets[t]!);
    const held = duBytes(...targets);
    const before = hashTree(tree.root);
    const free = fs.free();
    const { main, post } = await background(node, tree);

    expect(main.exitCode).toBe(0);
    expect(main.errors).toEqual([]);
    expect(Object.values(statuses(main.outputs.report!))).toEqual(DEFAULTS.map(() => 'moved to trash'));
    expect(main.log).toMatch(/Deleting \d+ trash folder\(s\) in the background \(pid \d+\)/);
    expect(main.state.deleter).toBeDefined();

    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(post.errors).toEqual([]);
    expect(post.log).toMatch(
      /Background deletion: deleted in the background\. Free space .* \(freed .* since the main step\)/,
    );
    expect(post.summary).toContain('deleted in the background');
    // Everything the targets held is free, the trash is gone, and nothing else changed.
    expect(fs.free() - free).toBe(held);
    expect(trashUnder(tree.root)).toEqual([]);
    expect(hashTree(tree.root)).toEqual(expectedAfterDeletion(before, tree.root, targets));
    expect(existsSync(join(tree.outside.dir, 'precious.bin'))).toBe(true);
  });

  it('keeps a kept path inside a moved target', async () => {
    const tree = freshTree();
    const kept = join(tree.root, 'usr/local/lib/android/sdk/platform-tools');
    const targets = tree.targets.android!;
    const before = hashTree(tree.root);
    const { main, post } = await background(node, tree, {
      targets: 'android',
      keep: '/usr/local/lib/android/sdk/platform-tools',
    });

    expect(main.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(hashTree(tree.root)).toEqual(expectedAfterDeletion(before, tree.root, targets, [kept]));
  });

  it('a failure in the background deletion becomes a warning in the post step', async () => {
    const tree = freshTree();
    const stuck = join(tree.root, 'usr/share/dotnet/sdk/8.0.410/f0-0.dll');
    execFileSync('chattr', ['+i', stuck]);
    try {
      const { main, post } = await background(node, tree, { targets: 'dotnet, boost' });
      expect(main.exitCode).toBe(0);
      expect(main.warnings).toEqual([]);
      expect(post.exitCode).toBe(0);
      expect(post.errors).toEqual([]);
      expect(post.warnings).toHaveLength(1);
      expect(post.warnings[0]).toMatch(/background deletion left some files: .*Operation not permitted/);
      expect(post.summary).toContain('partly deleted in the background');
      expect(existsSync(tree.targets.boost![0]!)).toBe(false);
    } finally {
      // The immutable file now sits in the trash folder beside dotnet.
      for (const trash of trashUnder(tree.root)) execFileSync('chattr', ['-R', '-i', join(tree.root, trash)]);
    }
  });

  it('a deleter that outlives post-timeout: the post step warns "did not finish" and returns', async () => {
    const tree = freshTree();
    const targets = tree.targets.boost!;
    const before = hashTree(tree.root);
    const rm = gatedRm();
    try {
      const { main, post } = await background(
        node,
        tree,
        { targets: 'boost', 'post-timeout': '1s' },
        { PATH: `${rm.bin}:${process.env.PATH}` },
      );
      const deleter = JSON.parse(main.state.deleter!) as { pid: number; statusFile: string };
      expect(main.exitCode).toBe(0);
      expect(post.exitCode).toBe(0);
      expect(post.errors).toEqual([]);
      expect(post.warnings).toEqual(['free-disk-space: the background deletion did not finish within 1 s']);
      expect(post.log).toMatch(/Background deletion: still deleting at the end of the job\./);
      expect(post.summary).toContain('still deleting at the end of the job');
      // Held at the gate: still running, nothing deleted yet, no status written.
      expect(running(deleter.pid)).toBe(true);
      expect(existsSync(deleter.statusFile)).toBe(false);
      expect(trashUnder(tree.root)).toHaveLength(1);

      // Let it go: it finishes on its own, and what it deletes is exactly the target.
      rm.open();
      await until(() => existsSync(deleter.statusFile) && !running(deleter.pid), 60_000);
      expect(JSON.parse(readFileSync(deleter.statusFile, 'utf8'))).toMatchObject({ errors: [] });
      expect(trashUnder(tree.root)).toEqual([]);
      expect(hashTree(tree.root)).toEqual(expectedAfterDeletion(before, tree.root, targets));
    } finally {
      rm.open();
      rmSync(rm.bin, { recursive: true, force: true });
    }
  });

  it('dry-run in background mode starts nothing', async () => {
    const tree = freshTree();
    const before = hashTree(tree.root);
    const { main, post } = await background(node, tree, { 'dry-run': 'true' });
    expect(main.exitCode).toBe(0);
    expect(main.state.deleter).toBeUndefined();
    expect(post.log).toContain('No background deletion to wait for.');
    expect(hashTree(tree.root)).toEqual(before);
  });
});
