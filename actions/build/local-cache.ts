// The `local` tier: a type=local cache directory that travels between jobs with @actions/cache.
// buildx never prunes a local cache it appends to, so each build writes a fresh directory
// (`dest`) from what it used, which then replaces the old one: the saved cache stays the size of
// one build. @actions/cache is heavy and only some runs need it: it is imported lazily.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'requirements.txt',
  'go.sum',
  'Cargo.lock',
  'Gemfile.lock',
  'composer.lock',
  'mix.lock',
  'pubspec.lock',
  'gradle.lockfile',
  'packages.lock.json',
];

export interface LocalCache {
  /** Read by --cache-from type=local,src= */
  src: string;
  /** Written by --cache-to type=local,dest= and moved over `src` after the build. */
  dest: string;
  key: string;
  restoreKeys: string[];
}

/** Key: scope + hash of the Dockerfile and the lock files at the top of the context. */
export function localCacheKey(scope: string, dockerfile: string, contextDir: string | undefined): string {
  const hash = createHash('sha256');
  const files = [dockerfile, ...(contextDir ? LOCK_FILES.map((f) => join(contextDir, f)) : [])];
  for (const file of files) {
    if (file && existsSync(file)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return `buildx-local-${scope}-${hash.digest('hex').slice(0, 16)}`;
}

export function localCachePlan(
  runnerTemp: string,
  scope: string,
  dockerfile: string,
  contextDir?: string,
): LocalCache {
  const safe = scope.replace(/[^A-Za-z0-9_.-]+/g, '-');
  const src = join(runnerTemp, `buildx-cache-${safe}`);
  const key = localCacheKey(scope, dockerfile, contextDir);
  return { src, dest: `${src}-new`, key, restoreKeys: [`buildx-local-${scope}-`] };
}

/** Replaces the old cache directory with the one this build wrote (if it wrote one). */
export function rotateLocalCache(cache: Pick<LocalCache, 'src' | 'dest'>): boolean {
  if (!existsSync(join(cache.dest, 'index.json'))) return false;
  rmSync(cache.src, { recursive: true, force: true });
  renameSync(cache.dest, cache.src);
  return true;
}

type Log = (line: string) => void;

/** Restores the directory; returns the key it came from, or undefined (cold, or no service). */
export async function restoreLocalCache(cache: LocalCache, warn: Log): Promise<string | undefined> {
  const actionsCache = await import('@actions/cache');
  if (!actionsCache.isFeatureAvailable()) {
    warn(
      'local cache: the GitHub cache service is not available here; the directory only lives for this job',
    );
    return undefined;
  }
  try {
    return await actionsCache.restoreCache([cache.src], cache.key, cache.restoreKeys);
  } catch (error) {
    warn(`local cache: restore failed (${(error as Error).message}); building without it`);
    return undefined;
  }
}

export async function saveLocalCache(
  cache: LocalCache,
  restoredKey: string | undefined,
  warn: Log,
): Promise<boolean> {
  if (restoredKey === cache.key) return false; // the same inputs were saved already
  const actionsCache = await import('@actions/cache');
  if (!actionsCache.isFeatureAvailable()) return false;
  try {
    await actionsCache.saveCache([cache.src], cache.key);
    return true;
  } catch (error) {
    warn(`local cache: save failed (${(error as Error).message})`);
    return false;
  }
}
