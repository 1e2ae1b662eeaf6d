// Migrating from docker/build-push-action is a rename: every input it documents (its v7
// action.yml, listed in testkit/fixtures/build-push-action-inputs.txt) is an input of ours. On
// GitHub an unknown `with:` key is only a warning, so a missing one would silently be dropped.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..');
const documented = readFileSync(resolve(root, 'testkit/fixtures/build-push-action-inputs.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');
const ours = parse(readFileSync(resolve(root, 'build/action.yml'), 'utf8')) as {
  inputs: Record<string, { description?: string }>;
};

describe("build-push-action's inputs", () => {
  it('the fixture lists its inputs', () => expect(documented.length).toBeGreaterThanOrEqual(33));

  it.each(documented.map((name) => ({ name })))('build/action.yml has $name, described', ({ name }) => {
    expect(Object.keys(ours.inputs)).toContain(name);
    expect(ours.inputs[name].description).toBeTruthy();
  });
});
