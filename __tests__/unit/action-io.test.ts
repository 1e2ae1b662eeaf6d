import { describe, expect, it } from '@jest/globals';
import { InputError, Inputs, mapInputs, formatOutput } from '../../packages/action-io/index.js';

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));

describe('Inputs', () => {
  it('reads lists split by newlines and commas, dropping blanks and comments', () => {
    expect(inputs({ x: 'a, b\n\n# note\nc,,d\n' }).list('x')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('reads lines keeping commas', () => {
    expect(inputs({ x: 'A=1,2\r\nB=3\n' }).lines('x')).toEqual(['A=1,2', 'B=3']);
  });
  it.each([
    ['true', true],
    ['False', false],
    ['', true],
  ])('boolean %j', (text, expected) => {
    expect(inputs({ b: text }).boolean('b', true)).toBe(expected);
  });
  it.each([
    [
      () => inputs({ b: 'yes' }).boolean('b', false),
      'Input "b": "yes" is not a boolean (allowed: true or false)',
    ],
    [
      () => inputs({ n: '0' }).integer('n', 1, { min: 1, max: 9 }),
      'Input "n": 0 is out of range (allowed: a whole number from 1 to 9)',
    ],
    [
      () => inputs({ n: '1.5' }).integer('n', 1, { min: 1, max: 9 }),
      'Input "n": "1.5" is not a whole number from 1 to 9',
    ],
    [
      () => inputs({ m: 'fast' }).choice('m', ['wait', 'background'], 'wait'),
      'Input "m": "fast" is not one of: wait, background',
    ],
    [() => inputs({}).required('r'), 'Input "r": is required'],
  ])('errors name the input (%#)', (read, message) => {
    expect(read).toThrow(InputError);
    expect(read).toThrow(message);
  });
  it('matches choices case-insensitively', () => {
    expect(inputs({ m: 'WAIT' }).choice('m', ['wait', 'background'], 'background')).toBe('wait');
  });
});

describe('formatOutput', () => {
  it.each([
    [['a', 'b'], 'a\nb'],
    [{ k: 1 }, '{"k":1}'],
    [3, '3'],
    [true, 'true'],
  ])('%j', (value, text) => {
    expect(formatOutput(value)).toBe(text);
  });
});
