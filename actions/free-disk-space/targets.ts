// The groups `targets` can name, and where each lives on a GitHub-hosted Ubuntu x64 runner.
// Paths are absolute as on the runner; plan.ts resolves them under the `root` input.
// Groups are listed in the order of the default `targets` input, then the ones that are off by
// default; within `targets`, the order the user gives is the order of deletion (min-free stops
// early in that order).

import { posix } from 'node:path';

export type TargetKind = 'paths' | 'docker-images' | 'swap' | 'apt';

export interface TargetGroup {
  name: string;
  kind: TargetKind;
  /** Folders (for kind 'paths'), absolute on the runner. */
  paths: string[];
  /** Why a group is off by default, shown in the action's docs and the report. */
  note?: string;
}

export const DEFAULT_TARGETS = ['android', 'dotnet', 'haskell', 'codeql', 'swift', 'powershell', 'boost'];

/** Where the runner image keeps its tool cache when AGENT_TOOLSDIRECTORY is not set. */
export const HOSTED_TOOL_CACHE = '/opt/hostedtoolcache';

/**
 * The tool cache folder: AGENT_TOOLSDIRECTORY as given (only normalised: `//x/` is `/x`), else the
 * hosted image's. It is not trusted: plan.ts puts it through the same protected-path check as
 * every other target (it may name HOME, or `/`).
 */
export function toolCacheDirectory(toolsDirectory: string | undefined): string {
  return toolsDirectory ? posix.normalize(toolsDirectory).replace(/(.)\/$/, '$1') : HOSTED_TOOL_CACHE;
}

export function targetGroups(env: { toolsDirectory?: string }): TargetGroup[] {
  const toolCache = toolCacheDirectory(env.toolsDirectory);
  const paths = (name: string, ...list: string[]): TargetGroup => ({ name, kind: 'paths', paths: list });
  return [
    paths('android', '/usr/local/lib/android'),
    paths('dotnet', '/usr/share/dotnet'),
    paths('haskell', '/opt/ghc', '/usr/local/.ghcup'),
    paths('codeql', posix.join(toolCache, 'CodeQL')),
    paths('swift', '/usr/share/swift'),
    paths('powershell', '/usr/local/share/powershell'),
    paths('boost', '/usr/local/share/boost'),
    paths('chromium', '/usr/local/share/chromium'),
    paths('azure-cli', '/opt/az'),
    paths('gcloud', '/usr/lib/google-cloud-sdk'),
    paths('miniconda', '/usr/share/miniconda'),
    {
      ...paths('tool-cache', toolCache),
      note: 'off by default: setup-* actions install into it',
    },
    { name: 'docker-images', kind: 'docker-images', paths: [] },
    { name: 'swap', kind: 'swap', paths: [], note: 'off by default: removing swap caused OOM kills' },
    { name: 'apt', kind: 'apt', paths: [], note: 'off by default: the slow path' },
  ];
}

export const TARGET_NAMES = targetGroups({}).map((g) => g.name);
