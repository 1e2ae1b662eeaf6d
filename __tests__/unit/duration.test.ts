import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InputError, Inputs, mapInputs } from '../../packages/action-io/index.js';
import {
  durationInput,
  formatDuration,
  MAX_DURATION_MS,
  parseDuration,
} from '../../packages/units/duration.js';

describe('parseDuration', () => {
  it.each([
    ['15m', 900_000],
    ['5s', 5_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1.5s', 1_500],
    ['.5s', 500],
    ['30', 30_000],
    ['0.25', 250],
    ['0', 0],
    ['0s', 0],
    ['2h', 7_200_000],
    ['1m500ms', 60_500],
    ['1h 2m 3s 4ms', 3_723_004],
    ['  10S ', 10_000],
    ['1.2345s', 1_235],
  ])('%j -> %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    ['', /is empty/],
    ['5x', /is not a duration at "5x"/],
    ['m', /is not a duration/],
    ['-5s', /is not a duration/],
    ['5m5m', /repeats a unit/],
    ['30s1m', /out of order/],
    ['1.5.5s', /is not a duration/],
    ['5 minutes', /is not a duration/],
    ['1e3s', /is not a duration/],
    ['999999h', /is longer than/],
  ])('rejects %j', (text, message) => {
    const parse = () => parseDuration(text, 'timeout');
    expect(parse).toThrow(InputError);
    expect(parse).toThrow(message);
    expect(parse).toThrow(/^Input "timeout": .*allowed: a duration such as 500ms, 5s, 15m, 1h30m/);
  });

  it('reads back what formatDuration writes (any whole number of milliseconds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_DURATION_MS }), (ms) => {
        expect(parseDuration(formatDuration(ms))).toBe(ms);
      }),
    );
  });

  it('a sum of components in order equals the total', () => {
    const part = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(part, part, part, part, (h, m, s, ms) => {
        expect(parseDuration(`${h}h${m}m${s}s${ms}ms`)).toBe(h * 3_600_000 + m * 60_000 + s * 1000 + ms);
      }),
    );
  });

  it('never throws anything but InputError', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const ms = parseDuration(text);
          expect(Number.isInteger(ms) && ms >= 0 && ms <= MAX_DURATION_MS).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [500, '500ms'],
    [7_000, '7s'],
    [1_500, '1s500ms'],
    [5_400_000, '1h30m'],
    [-3, '0s'],
  ])('%d ms -> %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
  it('rounds to seconds for logs', () => {
    expect(formatDuration(6_600, { round: 'seconds' })).toBe('7s');
    expect(formatDuration(400, { round: 'seconds' })).toBe('0s');
  });
});

describe('durationInput', () => {
  const read = (values: Record<string, string>, range?: { min?: number; max?: number }) =>
    durationInput(new Inputs(mapInputs(values)), 'interval', '5s', range);
  it('uses the default when empty', () => {
    expect(read({})).toBe(5_000);
  });
  it('checks the range and names the input', () => {
    expect(() => read({ interval: '0s' }, { min: 100 })).toThrow(
      'Input "interval": "0s" is out of range (allowed: at least 100ms)',
    );
    expect(() => read({ interval: '2h' }, { min: 1000, max: 3_600_000 })).toThrow(
      'Input "interval": "2h" is out of range (allowed: 1s to 1h)',
    );
  });
});
