// The `images` input: image names without tag or digest, lower-cased (`ghcr.io/Org/Repo/api`
// becomes `ghcr.io/org/repo/api`), duplicates dropped. As in docker/metadata-action a line may
// also be `name=ghcr.io/x/y,enable=<condition>` (the condition as a rule's enable=), and no images
// at all means bare tags (`1.2.3`, not `image:1.2.3`).
import { InputError } from '../action-io/inputs.js';
import { parseImageName, ReferenceError } from '../image-ref/index.js';
import { checkEnable } from './expressions.js';
import { splitFields } from './fields.js';

export interface ImageEntry {
  name: string;
  /** `true`, `false`, or a text with {{is_default_branch}} that expands to one of them. */
  enable: string;
}

function normalise(name: string): string {
  try {
    return parseImageName(name).name;
  } catch (error) {
    if (error instanceof ReferenceError) throw new InputError('images', error.message);
    throw error;
  }
}

/** One `images` line: comma-separated names, or `name=...,enable=...` attributes. */
function parseLine(line: string): ImageEntry[] {
  const fail = (problem: string): never => {
    throw new InputError('images', `"${line}" ${problem}`);
  };
  const fields = splitFields(line);
  if (typeof fields === 'string') return fail(fields);
  if (fields.every((f) => f.key === undefined)) return fields.map((f) => ({ name: f.value, enable: 'true' }));
  const attrs = new Map<string, string>();
  for (const { key, value } of fields) {
    if (key !== 'name' && key !== 'enable') fail(`has "${key ?? value}" (allowed: name=, enable=)`);
    if (attrs.has(key as string)) fail(`sets "${key}" twice`);
    attrs.set(key as string, value);
  }
  const name = attrs.get('name');
  if (!name) fail('needs a non-empty name= (an image name without tag or digest)');
  const enable = attrs.get('enable') ?? 'true';
  const problem = checkEnable(enable);
  if (problem) fail(`has ${problem}`);
  return [{ name: name as string, enable }];
}

/**
 * Image entries from `images` lines (or already comma-split names), normalised, the first of
 * duplicates kept. Empty input is allowed: it means bare tags.
 */
export function parseImageEntries(lines: string[]): ImageEntry[] {
  const entries: ImageEntry[] = [];
  for (const line of lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))) {
    for (const entry of parseLine(line)) {
      const name = normalise(entry.name);
      if (!entries.some((e) => e.name === name)) entries.push({ ...entry, name });
    }
  }
  return entries;
}

/** Normalised image names; at least one is needed (the compute-sha-tags `images` input today). */
export function parseImages(names: string[]): string[] {
  if (names.length === 0)
    throw new InputError('images', 'needs at least one image name (one per line or comma-separated)');
  return parseImageEntries(names).map((e) => e.name);
}
