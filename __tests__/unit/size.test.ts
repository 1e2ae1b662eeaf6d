import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../packages/action-io/index.js';
import { formatSize, parseSize } from '../../packages/units/size.js';

describe('parseSize', () => {
  it.each([
    ['0', 0],
    ['1000000', 1_000_000],
    ['5B', 5],
    ['40GB', 40e9],
    ['40G', 40e9],
    ['40gb', 40e9],
    ['40 GB', 40e9],
    ['1.5TB', 1.5e12],
    ['.5kB', 500],
    ['2KB', 2000],
    ['2k', 2000],
    ['512MiB', 512 * 2 ** 20],
    ['512Mi', 512 * 2 ** 20],
    ['1GiB', 2 ** 30],
    ['1.5KiB', 1536],
    ['3TiB', 3 * 2 ** 40],
    ['1PB', 1e15],
    ['  7M  ', 7e6],
    ['0.0000001KB', 0],
  ])('%j -> %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'GB', '40XB', '-5GB', '1e9', '40 G B', '5iB', '4,0GB', '40GBs', '1.2.3G', '10000000000PB'])(
    'rejects %j with an InputError naming the input',
    (text) => {
      const read = () => parseSize(text, 'min-free');
      expect(read).toThrow(InputError);
      expect(read).toThrow(
        /^Input "min-free": ".*" (is empty|is not a size|is too large) \(allowed: a size such as 40GB/,
      );
    },
  );
});

describe('formatSize', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1 kB'],
    [1536, '1.54 kB'],
    [40e9, '40 GB'],
    [14_123_456_789, '14.1 GB'],
    [999_600, '1 MB'],
    [-2.5e9, '-2.5 GB'],
    [3e18, '3000 PB'],
  ])('%d -> %j', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
  it.each([
    [1536, '1.5 KiB'],
    [2 ** 30, '1 GiB'],
    [1023, '1023 B'],
  ])('binary %d -> %j', (bytes, text) => {
    expect(formatSize(bytes, { binary: true })).toBe(text);
  });
  it('round-trips through parseSize within rounding', () => {
    for (const bytes of [1, 999, 12_345, 9_876_543_210]) {
      const back = parseSize(formatSize(bytes).replace(' ', ''));
      expect(Math.abs(back - bytes) / bytes).toBeLessThan(0.005);
    }
  });
});
