// packages/image-tags' own parsers and formats: the PEP 440 parser normalises every spelling the
// PEP permits to its canonical text and round-trips it; dates rendered in a time zone (wall clock
// plus offset) name the same instant.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  formatDate,
  formatPep440,
  parsePep440,
  type Pep440Version,
} from '../../../packages/image-tags/index.js';
import { hostileText, params, validTag } from '../../../testkit/arbitraries.js';

/** PEP 440 versions built from their parts, with the PEP's canonical text. */
const pep440Version: fc.Arbitrary<Pep440Version> = fc.record(
  {
    epoch: fc.oneof(fc.constant(0), fc.nat(5)),
    release: fc.array(fc.nat(30), { minLength: 1, maxLength: 4 }),
    pre: fc.record({ label: fc.constantFrom('a' as const, 'b' as const, 'rc' as const), number: fc.nat(9) }),
    post: fc.nat(9),
    dev: fc.nat(9),
    local: fc.stringMatching(/^[a-z0-9]{1,4}(\.[a-z0-9]{1,4}){0,2}$/),
  },
  { requiredKeys: ['epoch', 'release'] },
);
const PRE_SPELLINGS = {
  a: ['a', 'alpha', 'A'],
  b: ['b', 'beta', 'B'],
  rc: ['rc', 'c', 'pre', 'preview', 'RC'],
};

/** The same version in one of the PEP's permitted spellings (v prefix, long labels, separators). */
function respell(v: Pep440Version, pick: number): string {
  const sep = ['', '.', '-', '_'][pick % 4];
  let text = `${pick % 2 ? 'v' : ''}${v.epoch ? `${v.epoch}!` : ''}${v.release.join('.')}`;
  if (v.pre)
    text += `${sep}${PRE_SPELLINGS[v.pre.label][pick % PRE_SPELLINGS[v.pre.label].length]}${sep}${v.pre.number}`;
  if (v.post !== undefined) text += `${sep || '.'}${['post', 'rev', 'r'][pick % 3]}${v.post}`;
  if (v.dev !== undefined) text += `${sep}dev${v.dev}`;
  if (v.local) text += `+${v.local.replace(/\./g, pick % 2 ? '-' : '_').toUpperCase()}`;
  return text;
}

describe('PEP 440 parser', () => {
  it('parses the canonical text back to the same version', () => {
    fc.assert(
      fc.property(pep440Version, (v) => {
        expect(parsePep440(formatPep440(v))).toEqual(v);
      }),
      params,
    );
  });

  it('normalises every permitted spelling to the canonical text', () => {
    fc.assert(
      fc.property(pep440Version, fc.nat(11), (v, pick) => {
        const parsed = parsePep440(respell(v, pick));
        expect(parsed && formatPep440(parsed)).toBe(formatPep440(v));
      }),
      params,
    );
  });

  it('never throws; what it accepts, normalised, is a fixed point', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          hostileText,
          validTag,
          fc.stringMatching(/^v?\d{1,20}(\.\d{1,20}){0,3}(rc\d{1,20})?$/),
        ),
        (text) => {
          const parsed = parsePep440(text);
          if (!parsed) return;
          const canonical = formatPep440(parsed);
          expect(formatPep440(parsePep440(canonical) as Pep440Version)).toBe(canonical);
        },
      ),
      params,
    );
  });
});

describe('dates in time zones', () => {
  it('the rendered wall clock and offset name the same instant', () => {
    const zones = [
      'UTC',
      'Asia/Tokyo',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2090-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const text = formatDate(date, 'YYYY-MM-DDTHH:mm:ss.SSSZ', zone);
          expect(new Date(text).getTime()).toBe(date.getTime());
        },
      ),
      params,
    );
  });
});
