// Turns the inputs into what to delete, and refuses what must never be deleted — all before
// anything is touched. Paths in targets, `keep` and `extra-paths` are absolute as on the runner and
// resolved under `root`; comparisons use real paths (symlinks in parents resolved), so a link
// cannot smuggle a protected folder into a deletion.
import { lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../../packages/action-io/index.js';
import type { FreeDiskInputs } from './inputs.js';
import { targetGroups, type TargetKind } from './targets.js';

export interface PlanEnv {
  /** GITHUB_WORKSPACE, HOME, RUNNER_TEMP: paths on this machine, never deleted or emptied. */
  workspace?: string;
  home?: string;
  runnerTemp?: string;
  /** AGENT_TOOLSDIRECTORY (the tool-cache group). */
  toolsDirectory?: string;
}

export type PathState = 'present' | 'not present' | 'kept' | 'symlink' | 'outside root';

export interface PathPlan {
  /** As the user or the target list names it (on the runner). */
  name: string;
  /** Where it is on this machine: under root, parents' symlinks resolved. */
  path: string;
  state: PathState;
  /** Kept paths strictly inside `path`: deletion spares these subtrees. */
  keep: string[];
}

export interface TargetPlan {
  name: string;
  kind: TargetKind;
  paths: PathPlan[];
}

/** Folders a deletion may never be or contain (on the runner; resolved under root). */
export const PROTECTED = [
  '/',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/home',
  '/home/runner',
  '/lib',
  '/lib32',
  '/lib64',
  '/mnt',
  '/opt',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/snap',
  '/srv',
  '/sys',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/include',
  '/usr/lib',
  '/usr/lib64',
  '/usr/local',
  '/usr/local/bin',
  '/usr/local/lib',
  '/usr/local/share',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/lib',
  '/var/lib/docker',
  '/var/log',
];

export function isWithin(path: string, parent: string): boolean {
  return path === parent || parent === '/' || path.startsWith(`${parent}/`);
}

export function underRoot(root: string, path: string): string {
  return root === '/' ? path : join(root, path);
}

/** The real location of `path`: symlinks in its parents resolved, the last component kept as is. */
export function realLocation(path: string): string {
  if (path === '/') return path;
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return join(realLocation(dirname(path)), basename(path));
  }
}

function lstatOrUndefined(path: string) {
  return lstatSync(path, { throwIfNoEntry: false });
}

/**
 * Why deleting `path` (already real, under root) is refused by the protected-path check every
 * target passes, built-in, from AGENT_TOOLSDIRECTORY or from extra-paths; undefined when allowed.
 */
export function protectedReason(path: string, realRoot: string, env: PlanEnv): string | undefined {
  if (!isWithin(path, realRoot)) return `resolves to ${path}, outside root ${realRoot}`;
  for (const p of PROTECTED) {
    const guarded = realLocation(underRoot(realRoot, p));
    if (isWithin(guarded, path))
      return path === guarded ? `is the protected folder ${p}` : `contains the protected folder ${p}`;
  }
  const own: [string, string | undefined][] = [
    ['the workspace', env.workspace],
    ['HOME', env.home],
    ['RUNNER_TEMP', env.runnerTemp],
  ];
  for (const [what, dir] of own)
    if (dir && isWithin(realLocation(dir), path)) return `is or contains ${what} (${dir})`;
  return undefined;
}

/** protectedReason, and for extra-paths also: not a kept path, nor inside or around one. */
export function unsafeReason(
  path: string,
  realRoot: string,
  keep: string[],
  env: PlanEnv,
): string | undefined {
  const reason = protectedReason(path, realRoot, env);
  if (reason) return reason;
  for (const k of keep) {
    if (isWithin(k, path)) return `is or contains the kept path ${k}`;
    if (isWithin(path, k)) return `is inside the kept path ${k}`;
  }
  return undefined;
}

/** Symlink hops followed at most when resolving a kept path (as the kernel's ELOOP limit). */
const MAX_LINK_HOPS = 40;

/**
 * Every location a kept path stands for: the path itself (parents resolved) and, when it is a
 * symlink, each link along the chain and the final target, so neither the link nor what it points
 * to is deleted.
 */
export function keptLocations(path: string): string[] {
  const out: string[] = [];
  let current = realLocation(path);
  for (let hop = 0; hop <= MAX_LINK_HOPS && !out.includes(current); hop++) {
    out.push(current);
    const st = lstatOrUndefined(current);
    if (!st?.isSymbolicLink()) break;
    current = realLocation(resolve(dirname(current), readlinkSync(current)));
  }
  return out;
}

/** The check for a target's folder (as on the runner): absolute, and passing protectedReason. */
function targetReason(name: string, realRoot: string, env: PlanEnv): string | undefined {
  if (!isAbsolute(name)) return 'is not an absolute path';
  return protectedReason(realLocation(underRoot(realRoot, name)), realRoot, env);
}

function refuse(input: string, unsafe: { name: string; why: string | undefined }[]): void {
  if (unsafe.length)
    throw new InputError(
      input,
      `refusing to delete ${unsafe.map((u) => `"${u.name}" (${u.why})`).join('; ')}. Nothing was deleted`,
    );
}

export function planTargets(inputs: FreeDiskInputs, env: PlanEnv): TargetPlan[] {
  const realRoot = realpathOr(inputs.root);
  const keep = [...new Set(inputs.keep.flatMap((k) => keptLocations(underRoot(realRoot, k))))];
  refuse(
    'extra-paths',
    inputs.extraPaths
      .map((name) => ({
        name,
        why: unsafeReason(realLocation(underRoot(realRoot, name)), realRoot, keep, env),
      }))
      .filter((u) => u.why),
  );
  const groups = targetGroups({ toolsDirectory: env.toolsDirectory });
  const chosen = inputs.targets.map((name) => groups.find((g) => g.name === name)!);
  // Built-in targets pass the same check: AGENT_TOOLSDIRECTORY may name HOME, or `/`.
  refuse(
    'targets',
    chosen.flatMap((group) =>
      group.paths
        .map((name) => ({ name, why: targetReason(name, realRoot, env) }))
        .filter((u) => u.why)
        .map((u) => ({ name: `${group.name}: ${u.name}`, why: u.why })),
    ),
  );
  const plans: TargetPlan[] = chosen.map((group) => ({
    name: group.name,
    kind: group.kind,
    paths: group.paths.map((p) => planPath(p, realRoot, keep)),
  }));
  if (inputs.extraPaths.length)
    plans.push({
      name: 'extra-paths',
      kind: 'paths',
      paths: inputs.extraPaths.map((p) => planPath(p, realRoot, keep)),
    });
  return plans;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function planPath(name: string, realRoot: string, keep: string[]): PathPlan {
  const path = realLocation(underRoot(realRoot, name));
  const plan = (state: PathState): PathPlan => ({
    name,
    path,
    state,
    keep: keep.filter((k) => k !== path && isWithin(k, path)),
  });
  const st = lstatOrUndefined(path);
  if (!st) return plan('not present');
  if (!isWithin(path, realRoot)) return plan('outside root');
  if (keep.some((k) => isWithin(path, k))) return plan('kept');
  // A target that is itself a symlink is not followed (its folder may be anywhere) nor removed.
  if (st.isSymbolicLink()) return plan('symlink');
  return plan('present');
}

/**
 * What to delete so that `path` is gone except the kept subtrees inside it: the whole path when
 * nothing inside is kept, otherwise every sibling along the way down to each kept path.
 */
export function spareKept(path: string, keep: string[]): string[] {
  // `/` is never split into its children, whatever reached this point.
  if (path === '/') throw new Error('refusing to delete the children of /');
  if (!keep.some((k) => k !== path && isWithin(k, path))) return [path];
  const units: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (keep.includes(child)) continue;
    if (entry.isDirectory() && keep.some((k) => isWithin(k, child))) units.push(...spareKept(child, keep));
    else units.push(child);
  }
  return units;
}
