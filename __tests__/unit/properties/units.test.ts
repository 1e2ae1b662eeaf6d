// packages/units: durations and sizes. Parsers fail only with InputError naming the input, accept
// what the formatters print, and never return a negative, fractional or unsafe number.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatDuration, MAX_DURATION_MS, parseDuration } from '../../../packages/units/duration.js';
import { formatSize, parseSize } from '../../../packages/units/size.js';
import { onlyInputErrors } from '../../../testkit/input-errors.js';
import { hostileText, params, spliced } from '../../../testkit/arbitraries.js';

const number = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => n.toFixed(3)),
  fc.constantFrom('0', '.5', '1.', '1e3', '-1', '0x10', 'Infinity', '9'.repeat(30)),
);
const durationText = fc.oneof(
  fc
    .array(fc.tuple(number, fc.constantFrom('h', 'm', 's', 'ms', 'H', 'MS', ' s', 'x', '')), { maxLength: 4 })
    .chain((parts) => fc.constantFrom('', ' ').map((sep) => parts.map(([n, u]) => n + u).join(sep))),
  spliced(fc.constantFrom('1h30m', '15m', '500ms')),
  hostileText,
);
const sizeText = fc.oneof(
  fc
    .tuple(
      number,
      fc.constantFrom('', ' '),
      fc.constantFrom('', 'B', 'k', 'KB', 'kB', 'M', 'MiB', 'Gi', 'GB', 'TB', 'P', 'iB', 'EB', 'bits'),
    )
    .map(([n, s, u]) => n + s + u),
  spliced(fc.constantFrom('40GB', '512MiB', '1.5TB')),
  hostileText,
);

describe('duration properties', () => {
  it('formatDuration then parseDuration is the identity on whole milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_DURATION_MS }), (ms) => {
        expect(parseDuration(formatDuration(ms))).toBe(ms);
      }),
      params,
    );
  });

  it('h/m/s/ms components in order sum up', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(59), fc.nat(59), fc.nat(999), (h, m, s, ms) => {
        expect(parseDuration(`${h}h${m}m${s}s${ms}ms`)).toBe(((h * 60 + m) * 60 + s) * 1000 + ms);
      }),
      params,
    );
  });

  it('any text: an InputError naming the input, or whole milliseconds within range', () => {
    fc.assert(
      fc.property(durationText, (text) => {
        const ms = onlyInputErrors('timeout', () => parseDuration(text, 'timeout'));
        if (ms === undefined) return;
        expect(Number.isInteger(ms)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(MAX_DURATION_MS);
        // Accepted text reads back the same after a format round trip.
        expect(parseDuration(formatDuration(ms))).toBe(ms);
      }),
      params,
    );
  });
});

describe('size properties', () => {
  it('any text: an InputError naming the input, or a safe whole number of bytes', () => {
    fc.assert(
      fc.property(sizeText, (text) => {
        const bytes = onlyInputErrors('min-free', () => parseSize(text, 'min-free'));
        if (bytes === undefined) return;
        expect(Number.isSafeInteger(bytes)).toBe(true);
        expect(bytes).toBeGreaterThanOrEqual(0);
      }),
      params,
    );
  });

  it('a plain number is bytes; units multiply exactly (SI 1000, IEC 1024)', () => {
    const units: [string, number][] = [
      ['', 1],
      ['B', 1],
      ['kB', 1e3],
      ['K', 1e3],
      ['MB', 1e6],
      ['G', 1e9],
      ['TB', 1e12],
      ['KiB', 1024],
      ['Mi', 1024 ** 2],
      ['GiB', 1024 ** 3],
    ];
    fc.assert(
      fc.property(fc.nat(4000), fc.constantFrom(...units), fc.boolean(), (n, [unit, factor], space) =>
        expect(parseSize(`${n}${space ? ' ' : ''}${unit}`)).toBe(n * factor),
      ),
      params,
    );
  });

  it('formatSize output parses back within its 3-significant-digit rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 52 }), fc.boolean(), (bytes, binary) => {
        const back = parseSize(formatSize(bytes, { binary }));
        expect(Math.abs(back - bytes)).toBeLessThanOrEqual(Math.max(0.5, bytes * 0.005));
      }),
      params,
    );
  });
});
