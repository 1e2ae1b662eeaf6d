// dist/<action>/licenses.txt names the npm packages bundled into it (scripts/licenses.mjs). ncc's
// own list dropped those of the main chunk once a bundle had a lazy chunk, and packages webpack
// had concatenated into another module: each row names packages of both kinds.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '..', '..', 'dist');

/** The package names of licenses.txt: "name\nlicense\ntext" entries, sorted by name. */
function packagesListed(action: string): string[] {
  const text = readFileSync(join(dist, action, 'licenses.txt'), 'utf8');
  return [...text.matchAll(/(?:^|\n\n)((?:@[\w.-]+\/)?[\w.-]+)\n([\w.-]+(?: OR [\w.-]+)?)\n/g)].map(
    (m) => m[1],
  );
}

/**
 * Every step's bundle (dist/<action>/index.js and dist/<action>/post/index.js), found on disk: a
 * new action is checked too. (free-disk-space's worker/ is a plain process, not a step.)
 */
const ACTIONS = readdirSync(dist, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.js')))
  .flatMap((d) => [
    d.name,
    ...(existsSync(join(dist, d.name, 'post', 'index.js')) ? [`${d.name}/post`] : []),
  ]);

describe('dist licenses.txt', () => {
  it('finds the bundles', () => {
    expect(ACTIONS).toEqual(
      expect.arrayContaining(['build', 'compute-sha-tags', 'free-disk-space', 'free-disk-space/post']),
    );
  });

  // Runner I/O is @actions/core itself in every action (packages/action-io/core.ts).
  it.each(ACTIONS)('%s lists @actions/core', (action) => {
    expect(packagesListed(action)).toContain('@actions/core');
  });

  it.each([
    // semver is concatenated into the main chunk; @actions/github is in the lazy API chunk
    ['compute-sha-tags', ['semver', '@actions/github', '@octokit/core']],
    // @actions/github in the main chunk, yaml in the lazy registry-auth chunk; undici carries the
    // registry and GitHub API requests (proxy-aware)
    ['append-image-digests-to-release', ['@actions/github', 'semver', 'undici', 'yaml']],
    ['wait-for-manifests', ['undici', 'yaml']],
    // semver with the compute-sha-tags engine (lazy, for tag-rules), yaml for registry-auth
    ['merge-manifests', ['semver', 'undici', 'yaml']],
    // the registry (undici) and GitHub's Packages API (@actions/github, in a lazy chunk or not)
    ['prune-images', ['@actions/github', 'undici']],
    // @actions/core is concatenated into @actions/cache's module
    ['build', ['@actions/cache', '@actions/core', '@azure/storage-blob']],
  ])('%s lists %j', (action, expected) => {
    const listed = packagesListed(action);
    expect(listed).toEqual(expect.arrayContaining(expected));
    expect(listed).toEqual([...listed].sort());
  });
});
