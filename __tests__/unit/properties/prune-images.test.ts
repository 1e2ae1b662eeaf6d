// prune-images' parsers: tag patterns (delete-tags, keep-tags) and ages (older-than). Any text is
// either accepted or an InputError naming the input; accepted text behaves as documented.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatAge, MAX_AGE_MS, parseAge } from '../../../packages/units/age.js';
import { scopeText } from '../../../actions/build/cache-tiers.js';
import { globMatches, parseTagPattern } from '../../../actions/prune-images/patterns.js';
import { isValidTag } from '../../../packages/image-ref/index.js';
import { onlyInputErrors } from '../../../testkit/input-errors.js';
import { hostileText, params, spliced, validTag } from '../../../testkit/arbitraries.js';

const patternText = fc.oneof(
  fc.stringMatching(/^[a-c.*?-]{1,12}$/),
  spliced(fc.constantFrom('sha-*', 'pr-?', 'buildcache-*', 'v1.*')),
  hostileText,
);

/** The obvious (regex) reading of a wildcard pattern, for comparison on short inputs. */
function reference(pattern: string, tag: string): boolean {
  const source = pattern.replace(/[.-]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 's').test(tag);
}

describe('tag pattern properties', () => {
  it('any text: an InputError naming the input, or a pattern', () => {
    fc.assert(
      fc.property(patternText, (text) => {
        const pattern = onlyInputErrors('delete-tags', () => parseTagPattern(text, 'delete-tags'));
        if (pattern) expect(pattern.text).toMatch(/^[A-Za-z0-9_.*?-]{1,128}$/);
      }),
      params,
    );
  });

  it('matches exactly as the regular expression reading would', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*?]{0,8}$/), fc.stringMatching(/^[ab]{0,10}$/), (pattern, tag) => {
        expect(globMatches(pattern, tag)).toBe(reference(pattern, tag));
      }),
      { ...params, numRuns: 1000 },
    );
  });

  it('a tag is a pattern matching itself; * matches every tag', () => {
    fc.assert(
      fc.property(validTag, (tag) => {
        expect(globMatches(parseTagPattern(tag, 'keep-tags').text, tag)).toBe(true);
        expect(globMatches('*', tag)).toBe(true);
      }),
      params,
    );
  });

  it('many stars against a long tag that does not match: linear work, no backtracking blow-up', () => {
    const pattern = parseTagPattern(`${'a*'.repeat(60)}b`, 'delete-tags').text;
    expect(globMatches(pattern, 'a'.repeat(128))).toBe(false);
  });
});

const ageText = fc.oneof(
  fc
    .array(fc.tuple(fc.nat(1000), fc.constantFrom('w', 'd', 'h', 'm', 's', 'D', 'y', 'ms', '')), {
      maxLength: 4,
    })
    .map((parts) => parts.map(([n, u]) => `${n}${u}`).join('')),
  spliced(fc.constantFrom('30d', '2w', '1d12h')),
  hostileText,
);

describe('age properties', () => {
  it('formatAge then parseAge is the identity on whole seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AGE_MS / 1000 }), (s) => {
        expect(parseAge(formatAge(s * 1000))).toBe(s * 1000);
      }),
      params,
    );
  });

  it('w/d/h/m/s components in order sum up', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(6), fc.nat(23), fc.nat(59), fc.nat(59), (w, d, h, m, s) => {
        expect(parseAge(`${w}w${d}d${h}h${m}m${s}s`)).toBe(
          ((((w * 7 + d) * 24 + h) * 60 + m) * 60 + s) * 1000,
        );
      }),
      params,
    );
  });

  it('any text: an InputError naming the input, or whole milliseconds within range', () => {
    fc.assert(
      fc.property(ageText, (text) => {
        const ms = onlyInputErrors('older-than', () => parseAge(text, 'older-than'));
        if (ms === undefined) return;
        expect(Number.isSafeInteger(ms)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(MAX_AGE_MS);
      }),
      params,
    );
  });
});

// build's registry cache ref is `<first image>:buildcache-<scope>` (planCache, cut at 128), the
// scope derived from repository, target and platforms unless cache-scope is given: whatever the
// scope text, the tag is valid, `delete-tags: buildcache-*` selects it, and the release rules for
// sha-*/pr-* never do.
describe('build cache refs stay predictable for prune rules', () => {
  it('buildcache-<scope> is a valid tag that buildcache-* selects and sha-*/pr-* do not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), hostileText), (scope) => {
        const tag = `buildcache-${scopeText(scope)}`.slice(0, 128);
        expect(isValidTag(tag)).toBe(true);
        expect(globMatches('buildcache-*', tag)).toBe(true);
        expect(globMatches('sha-*', tag) || globMatches('pr-*', tag)).toBe(false);
        expect(`buildcache-${scopeText(scope)}`.slice(0, 128)).toBe(tag); // the same every build
      }),
      params,
    );
  });
});
