// GITHUB_OUTPUT/STATE/ENV entries cannot be forged: whatever the value (newlines, `name=value`
// lines, heredoc-looking lines, the delimiter itself), the runner's own parser (the harness's
// keyValuePairs, which follows actions/runner's FileCommandManager) reads back exactly one entry
// with exactly that value.
import { describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { prepareKeyValueMessage } from '../../../packages/action-io/runner-core.js';
import { keyValuePairs } from '../../../testkit/runner/parse.js';
import { hostileText, params } from '../../../testkit/arbitraries.js';

const forgeries = fc.constantFrom(
  '\nforged=1',
  '\nforged<<EOF\nx\nEOF',
  '\nghadelimiter_00000000-0000-4000-8000-000000000000\nforged=1',
  '\r\nforged=1\r\n',
  '\n\n',
  '\n',
  '',
);
const value = fc.array(fc.oneof(hostileText, forgeries), { maxLength: 5 }).map((parts) => parts.join(''));

function readBack(text: string): [string, string][] {
  return [...keyValuePairs(`${text}\n`)];
}

describe('output entries (runner-core prepareKeyValueMessage)', () => {
  it('property: any value reads back as exactly one entry with exactly that value', () => {
    fc.assert(
      fc.property(fc.constantFrom('tags', 'digest', 'json', 'release-id'), value, (key, v) => {
        expect(readBack(prepareKeyValueMessage(key, v))).toEqual([[key, v]]);
      }),
      params,
    );
  });

  it('a value that contains the first delimiter drawn gets another one', () => {
    // Make Math.random replay: the first two delimiters drawn are identical, the third differs.
    const draws: number[] = [];
    const real = Math.random;
    const spy = jest.spyOn(Math, 'random');
    spy.mockImplementation(() => {
      const n = real();
      draws.push(n);
      return n;
    });
    const first = prepareKeyValueMessage('k', 'probe').split('\n')[0]!.slice('k<<'.length);
    const replay = [...draws, ...draws];
    spy.mockImplementation(() => replay.shift() ?? real());
    const hostile = `x\n${first}\nforged=1`;
    const entry = prepareKeyValueMessage('out', hostile);
    spy.mockRestore();
    expect(entry.startsWith(`out<<${first}`)).toBe(false);
    expect(readBack(entry)).toEqual([['out', hostile]]);
  });
});
