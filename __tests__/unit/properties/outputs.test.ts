// GITHUB_OUTPUT/STATE/ENV entries cannot be forged: whatever the value (newlines, `name=value`
// lines, heredoc-looking lines, the delimiter itself), the runner's own parser (the harness's
// keyValuePairs, which follows actions/runner's FileCommandManager) reads back exactly one entry
// with exactly that value. The entries are written by @actions/core, through action-io's setOutputs.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyValuePairs } from '../../../testkit/runner/parse.js';
import { hostileText, params } from '../../../testkit/arbitraries.js';

// The one delimiter @actions/core will draw in the collision case below (crypto.randomUUID).
const FIXED_UUID = '00000000-0000-4000-8000-000000000000';
let fixedUuid = false;
jest.unstable_mockModule('crypto', () => {
  // The real module, from Node itself (an import here would come back to this mock).
  const real = process.getBuiltinModule('node:crypto');
  const randomUUID = () => (fixedUuid ? FIXED_UUID : real.randomUUID());
  return { ...real, default: { ...real, randomUUID }, randomUUID };
});
const { setOutputs } = await import('../../../packages/action-io/outputs.js');

const forgeries = fc.constantFrom(
  '\nforged=1',
  '\nforged<<EOF\nx\nEOF',
  `\nghadelimiter_${FIXED_UUID}\nforged=1`,
  '\r\nforged=1\r\n',
  '\n\n',
  '\n',
  '',
);
const value = fc.array(fc.oneof(hostileText, forgeries), { maxLength: 5 }).map((parts) => parts.join(''));

let dir: string;
let file: string;
const saved = process.env.GITHUB_OUTPUT;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'outputs-'));
  file = join(dir, 'output');
  process.env.GITHUB_OUTPUT = file;
});
afterEach(() => {
  fixedUuid = false;
});
afterAll(() => {
  if (saved === undefined) delete process.env.GITHUB_OUTPUT;
  else process.env.GITHUB_OUTPUT = saved;
  rmSync(dir, { recursive: true, force: true });
});

/** What the runner reads back after one setOutputs call on an empty file. */
function written(key: string, v: string): [string, string][] {
  writeFileSync(file, '');
  setOutputs({ [key]: v });
  return [...keyValuePairs(readFileSync(file, 'utf8'))];
}

describe('output entries (@actions/core through setOutputs)', () => {
  it('property: any value reads back as exactly one entry with exactly that value', () => {
    fc.assert(
      fc.property(fc.constantFrom('tags', 'digest', 'json', 'release-id'), value, (key, v) => {
        expect(written(key, v)).toEqual([[key, v]]);
      }),
      params,
    );
  });

  it('a value that contains the delimiter drawn is refused, never written as a forged entry', () => {
    fixedUuid = true;
    const hostile = `x\nghadelimiter_${FIXED_UUID}\nforged=1`;
    writeFileSync(file, '');
    expect(() => setOutputs({ out: hostile })).toThrow(/should not contain the delimiter/);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
