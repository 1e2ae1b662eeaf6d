// `npm ci` refuses a lock that lacks any platform's optional package ("package.json and
// package-lock.json are not in sync"), so a lock regenerated on one platform with some optional
// packages missing breaks every fresh clone and GitHub's own CI. Each optional dependency of each
// locked package must have its own entry, whichever platform it is for.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type LockEntry = { version?: string; optionalDependencies?: Record<string, string> };
const root = resolve(import.meta.dirname, '..', '..');
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** The lock entry node's resolution would find for `name` required from `from` (a lock key). */
function resolveEntry(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    const up = dir.lastIndexOf('/node_modules/');
    if (up < 0)
      return dir ? (lock.packages[`node_modules/${name}`] ? `node_modules/${name}` : undefined) : undefined;
    dir = dir.slice(0, up);
  }
}

describe('package-lock.json', () => {
  it('is a lockfileVersion 3 lock', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('holds every optional (platform) package that a locked package names', () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {}))
        if (!resolveEntry(key, name)) missing.push(`${key} -> ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
