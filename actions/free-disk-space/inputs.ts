// All inputs, read once into one typed object. Every problem is an InputError naming the input and
// what is allowed, raised before anything is touched.
import { availableParallelism } from 'node:os';
import { isAbsolute } from 'node:path';
import { InputError, Inputs } from '../../packages/action-io/index.js';
import { durationInput } from '../../packages/units/duration.js';
import { parseSize } from '../../packages/units/size.js';
import { DEFAULT_TARGETS, TARGET_NAMES } from './targets.js';

export const MODES = ['wait', 'background'] as const;
export type Mode = (typeof MODES)[number];

export interface FreeDiskInputs {
  /** Group names in the order given (duplicates dropped). */
  targets: string[];
  /** Bytes that should be free; 0 = no limit (delete every target). */
  minFree: number;
  mode: Mode;
  dryRun: boolean;
  /** Absolute paths (as on the runner, resolved under `root`) never deleted. */
  keep: string[];
  /** More absolute paths to delete (checked for safety in plan.ts). */
  extraPaths: string[];
  allowSelfHosted: boolean;
  root: string;
  /** Deleting processes run at once. */
  parallelism: number;
  /** How long the post step waits for a background deletion. */
  postTimeoutMs: number;
}

/**
 * `default` stands for the default list, so `default, chromium` adds one group to it; `none`
 * stands for no group (only extra-paths).
 */
export function parseTargets(items: string[]): string[] {
  const out: string[] = [];
  const unknown: string[] = [];
  for (const item of items.map((i) => i.toLowerCase())) {
    const names = item === 'default' ? DEFAULT_TARGETS : item === 'none' ? [] : [item];
    for (const name of names) {
      if (!TARGET_NAMES.includes(name)) unknown.push(name);
      else if (!out.includes(name)) out.push(name);
    }
  }
  if (unknown.length)
    throw new InputError(
      'targets',
      `unknown target${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (allowed: default, none, ${TARGET_NAMES.join(', ')})`,
    );
  return out;
}

/** Absolute, normalised paths without `..` segments; anything else is refused. */
export function parsePaths(name: string, items: string[]): string[] {
  return items.map((item) => {
    if (!isAbsolute(item)) throw new InputError(name, `"${item}" is not an absolute path`);
    if (item.split('/').includes('..'))
      throw new InputError(name, `"${item}" contains ".." (write the path without it)`);
    return (
      item
        .replace(/\/+/g, '/')
        .replace(/(.)\/$/, '$1')
        .replace(/\/\.(?=\/|$)/g, '') || '/'
    );
  });
}

export function readInputs(
  _env: NodeJS.ProcessEnv = process.env,
  inputs: Inputs = new Inputs(),
): FreeDiskInputs {
  const targetText = inputs.list('targets');
  const root = inputs.string('root', '/');
  if (!isAbsolute(root)) throw new InputError('root', `"${root}" is not an absolute path`);
  const minFreeText = inputs.string('min-free');
  return {
    targets: parseTargets(targetText.length ? targetText : DEFAULT_TARGETS),
    minFree: minFreeText === '' ? 0 : parseSize(minFreeText, 'min-free'),
    mode: inputs.choice('mode', MODES, 'wait'),
    dryRun: inputs.boolean('dry-run', false),
    keep: parsePaths('keep', inputs.lines('keep')),
    extraPaths: parsePaths('extra-paths', inputs.lines('extra-paths')),
    allowSelfHosted: inputs.boolean('allow-self-hosted', false),
    root: parsePaths('root', [root])[0]!,
    parallelism: inputs.integer('parallelism', Math.min(8, Math.max(2, availableParallelism() * 2)), {
      min: 1,
      max: 64,
    }),
    postTimeoutMs: durationInput(inputs, 'post-timeout', '15m', { min: 1000 }),
  };
}
