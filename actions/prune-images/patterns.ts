// Tag patterns of `delete-tags` and `keep-tags`: tag characters plus the wildcards `*` (any run,
// empty too) and `?` (one character), matched against the whole tag, case-sensitively (as tags
// are). `sha-*`, `pr-*`, `buildcache-*`, `v1.?.*`. Anything else is an InputError that names the
// input and the pattern.
import { InputError } from '../../packages/action-io/index.js';

export interface TagPattern {
  /** As written (runs of `*` folded into one). */
  text: string;
}

export const PATTERN_FORMS =
  'tag characters [A-Za-z0-9_.-] and the wildcards * (any run) and ? (one character), at most 128, e.g. sha-*';

const PATTERN_RE = /^[A-Za-z0-9_.*?-]{1,128}$/;

/** One pattern; throws InputError naming `input`. */
export function parseTagPattern(text: string, input: string): TagPattern {
  const value = text.trim();
  if (!PATTERN_RE.test(value)) {
    throw new InputError(input, `"${value}" is not a tag pattern (allowed: ${PATTERN_FORMS})`);
  }
  return { text: value.replace(/\*+/g, '*') };
}

/**
 * Whole-tag wildcard match in O(tag x pattern) at worst (no regular expression: a pattern such as
 * `*a*a*a*b` cannot make it backtrack exponentially): on a mismatch, the last `*` takes one more
 * character.
 */
export function globMatches(pattern: string, tag: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < tag.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === tag[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Every pattern of a list input (already split into items). */
export function parseTagPatterns(items: string[], input: string): TagPattern[] {
  return items.map((item) => parseTagPattern(item, input));
}

/** The first pattern the tag matches, or undefined. */
export function matchingPattern(patterns: readonly TagPattern[], tag: string): TagPattern | undefined {
  return patterns.find((p) => globMatches(p.text, tag));
}
