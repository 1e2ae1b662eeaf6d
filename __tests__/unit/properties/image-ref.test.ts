// packages/image-ref: references round-trip, the parsers fail only with ReferenceError, and
// sanitizeTag turns any text into a valid tag or ''.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  isValidTag,
  parseImageName,
  parseReference,
  ReferenceError,
  sanitizeTag,
} from '../../../packages/image-ref/index.js';
import { hostileText, imageName, params, reference, spliced } from '../../../testkit/arbitraries.js';

/** Runs `fn`; anything thrown must be a ReferenceError (returns undefined then). */
function onlyReferenceErrors<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReferenceError);
    expect((error as Error).message).not.toBe('');
    return undefined;
  }
}

const anyText = fc.oneof(hostileText, spliced(reference), spliced(imageName));

describe('image-ref properties', () => {
  it('parseReference(x).ref parses back to the same reference', () => {
    fc.assert(
      fc.property(reference, (text) => {
        const r = onlyReferenceErrors(() => parseReference(text, { requireTagOrDigest: false }));
        if (!r) return; // e.g. a name over 255 characters
        const again = parseReference(r.ref, { requireTagOrDigest: false });
        expect(again).toEqual(r);
      }),
      params,
    );
  });

  it('grammar-valid references parse, keeping tag and digest as written', () => {
    fc.assert(
      fc.property(reference, (text) => {
        const r = onlyReferenceErrors(() => parseReference(text, { requireTagOrDigest: false }));
        if (!r) return;
        const beforeDigest = text.split('@')[0]!;
        const tag = /:([^/]+)$/.exec(beforeDigest.slice(beforeDigest.lastIndexOf('/') + 1))?.[1];
        expect(r.tag).toBe(tag);
        expect(r.digest).toBe(text.includes('@') ? text.slice(text.indexOf('@') + 1) : undefined);
      }),
      params,
    );
  });

  it('parseImageName(x).name parses back to itself', () => {
    fc.assert(
      fc.property(imageName, (text) => {
        const n = onlyReferenceErrors(() => parseImageName(text));
        if (!n) return;
        expect(parseImageName(n.name)).toEqual(n);
      }),
      params,
    );
  });

  it('never throws anything but ReferenceError, and accepted references have valid parts', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, require) => {
        const r = onlyReferenceErrors(() => parseReference(text, { requireTagOrDigest: require }));
        if (r) {
          expect(/\s/.test(r.ref)).toBe(false);
          if (r.tag !== undefined) expect(isValidTag(r.tag)).toBe(true);
          if (require) expect(r.tag !== undefined || r.digest !== undefined).toBe(true);
        }
        const n = onlyReferenceErrors(() => parseImageName(text));
        if (n) expect(n.name).not.toMatch(/[\s:@]$|[@\s]/);
      }),
      params,
    );
  });

  it('sanitizeTag always yields a valid tag or the empty string, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        const tag = sanitizeTag(text);
        expect(tag === '' || isValidTag(tag)).toBe(true);
        expect(sanitizeTag(tag)).toBe(tag);
      }),
      params,
    );
  });
});
