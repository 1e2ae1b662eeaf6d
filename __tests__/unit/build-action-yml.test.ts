// The repository's root action.yml is the build action's Marketplace entry: same inputs, outputs
// and defaults as build/action.yml, running the same bundle.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..');
const read = (file: string) => parse(readFileSync(resolve(root, file), 'utf8')) as Record<string, unknown>;

describe('root action.yml', () => {
  const top = read('action.yml');
  const build = read('build/action.yml');

  it('has the build action inputs, outputs and defaults', () => {
    expect(top.inputs).toEqual(build.inputs);
    expect(top.outputs).toEqual(build.outputs);
    expect(top.name).toBe(build.name);
  });

  it('runs dist/build/index.js (build/action.yml runs the same file from its folder)', () => {
    expect(top.runs).toEqual({ using: 'node24', main: 'dist/build/index.js' });
    expect(build.runs).toEqual({ using: 'node24', main: '../dist/build/index.js' });
  });

  it('defaults match what the code assumes', () => {
    const inputs = build.inputs as Record<string, { default?: string }>;
    expect(inputs.cache.default).toBe('gha,registry,previous,inline');
    expect(inputs['cache-mode'].default).toBe('max');
    expect(inputs.retries.default).toBe('2');
    expect(inputs['builder-setup'].default).toBe('auto');
    expect(inputs['cache-previous-tag'].default).toBe('latest');
  });
});
