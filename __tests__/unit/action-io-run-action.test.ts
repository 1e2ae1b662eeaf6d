// packages/action-io's runAction: what `run` returns is written through @actions/core (outputs,
// state, summary), and a failure (returned, or an InputError/ActionError thrown) is exactly one
// ::error:: line and exit code 1, with nothing written when the inputs or the run threw.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError, InputError, runAction, type ActionResult } from '../../packages/action-io/index.js';
import { parseKeyValueFile } from '../../testkit/runner/parse.js';

const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;
let dir: string;
let stdout: string[];
const saved = Object.fromEntries(FILES.map((name) => [name, process.env[name]]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'run-action-'));
});
beforeEach(() => {
  for (const name of FILES) {
    process.env[name] = join(dir, name);
    writeFileSync(join(dir, name), '');
  }
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((text) => {
    stdout.push(String(text));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  process.exitCode = undefined;
});
afterAll(() => {
  for (const name of FILES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  rmSync(dir, { recursive: true, force: true });
});

const read = (name: (typeof FILES)[number]) => readFileSync(join(dir, name), 'utf8');
const errors = () =>
  stdout
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('::error::'));

describe('runAction', () => {
  it.each<[string, ActionResult, number | undefined]>([
    [
      'success: outputs, state and summary written',
      { outputs: { tags: ['a', 'b'], n: 1 }, state: { s: 'x' }, summary: '### Hi' },
      undefined,
    ],
    [
      'returned failure: written, then one error',
      { outputs: { n: 1 }, summary: '### Hi', failure: 'boom' },
      1,
    ],
  ])('%s', async (_name, result, exitCode) => {
    await runAction({ readInputs: () => ({}), run: async () => result });
    expect(parseKeyValueFile(read('GITHUB_OUTPUT'))).toEqual(
      Object.fromEntries(
        Object.entries(result.outputs ?? {}).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.join('\n') : String(v),
        ]),
      ),
    );
    expect(parseKeyValueFile(read('GITHUB_STATE'))).toEqual(result.state ?? {});
    expect(read('GITHUB_STEP_SUMMARY')).toBe(`${result.summary}\n`);
    expect(errors()).toEqual(result.failure ? [`::error::${result.failure}`] : []);
    expect(process.exitCode).toBe(exitCode);
  });

  it.each([
    ['bad input', new InputError('images', 'is required'), 'Input "images": is required', 'inputs'],
    ['action error', new ActionError('no commit'), 'no commit', 'run'],
    [
      'untrusted message',
      new ActionError('x\n::set-output name=a::b'),
      'x%0A:\u200b:set-output name=a::b',
      'run',
    ],
  ])('%s: one ::error::, exit 1, nothing written', async (_name, error, message, where) => {
    await runAction({
      readInputs: () => {
        if (where === 'inputs') throw error;
        return {};
      },
      run: async () => {
        throw error;
      },
    });
    expect(errors()).toEqual([`::error::${message}`]);
    expect(process.exitCode).toBe(1);
    for (const name of FILES) expect(read(name)).toBe('');
  });
});
