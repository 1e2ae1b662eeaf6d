// Issue 15, points 7 and 8, mounted against the dist bundle on a real ext4 filesystem (loop file):
// AGENT_TOOLSDIRECTORY naming HOME or `/` must fail the step with nothing deleted, and `keep` on a
// symlink keeps both the link and what it points to while the rest of the target goes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lstatSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { mountLoopFs, type LoopFs } from '../../testkit/services/loopfs.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import {
  expectedAfterDeletion,
  generateRunnerTree,
  hashTree,
  type RunnerTree,
} from '../../testkit/runner/tree.js';

let fs: LoopFs;
let trees = 0;

beforeAll(() => {
  fs = mountLoopFs('free-disk-space-attacks-it', { sizeMiB: 256, inodes: 60_000 });
});

afterAll(async () => {
  fs?.dispose();
  await cleanupRunnerTemp();
});

function freshTree(): RunnerTree {
  return generateRunnerTree(join(fs.mountPoint, `tree-${++trees}`), { files: 600, bytes: 4e6, seed: trees });
}

function run(node: NodeVersion, tree: RunnerTree, inputs: Record<string, string>, toolsDirectory: string) {
  return runAction({
    action: 'free-disk-space',
    node,
    inputs: { root: tree.root, ...inputs },
    workspace: tree.workspace,
    env: { RUNNER_ENVIRONMENT: 'github-hosted', AGENT_TOOLSDIRECTORY: toolsDirectory },
  });
}

describe.each(NODE_VERSIONS)('free-disk-space attacks on %s', (node) => {
  it.each([
    ['/home/runner', /"tool-cache: \/home\/runner" \(is the protected folder \/home\/runner\)/],
    ['/', /"tool-cache: \/" \(is the protected folder \/\)/],
    ['/home/runner/work/..', /"tool-cache: \/home\/runner" \(is the protected folder \/home\/runner\)/],
  ])('AGENT_TOOLSDIRECTORY=%s: one ::error::, exit 1, nothing deleted', async (toolsDirectory, why) => {
    const tree = freshTree();
    const before = hashTree(tree.root);
    const result = await run(node, tree, { targets: 'default, tool-cache' }, toolsDirectory);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^Input "targets": refusing to delete /);
    expect(result.errors[0]).toMatch(why);
    expect(hashTree(tree.root)).toEqual(before);
  });

  it('keep on a symlink keeps the link and its target; the rest of the target is deleted', async () => {
    const tree = freshTree();
    const sdk = join(tree.root, 'usr/local/lib/android/sdk');
    const link = join(sdk, 'ndk-current');
    symlinkSync('ndk/27.2.12479018', link);
    const before = hashTree(tree.root);
    const result = await run(
      node,
      tree,
      { targets: 'android', keep: '/usr/local/lib/android/sdk/ndk-current' },
      '/opt/hostedtoolcache',
    );
    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const android = join(tree.root, 'usr/local/lib/android');
    expect(hashTree(tree.root)).toEqual(
      expectedAfterDeletion(before, tree.root, [android], [link, join(sdk, 'ndk/27.2.12479018')]),
    );
  });
});
