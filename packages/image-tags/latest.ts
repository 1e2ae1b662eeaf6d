// `latest=auto` on a stable version: `latest` unless the repository already has a higher stable
// version tag, so patching an older line (v1.2.4 after v2.0.0) does not move `latest` backwards.
import type SemVer from 'semver/classes/semver.js';
import compare from 'semver/functions/compare.js';
import { isStable, parseVersion } from './semver-pattern.js';

export interface LatestDecision {
  latest: boolean;
  /** Set when `latest` was given without knowing the repository's tags. */
  unchecked?: boolean;
  /** Why, for the log (and a notice when `latest` was withheld or unchecked). */
  reason?: string;
}

/** The highest stable version among `tags` that is greater than `version`, as written. */
export function higherStableTag(version: SemVer, tags: string[]): string | undefined {
  let best: { tag: string; version: SemVer } | undefined;
  for (const tag of tags) {
    const parsed = parseVersion(tag);
    if (!parsed || !isStable(parsed) || compare(parsed, version) <= 0) continue;
    if (!best || compare(parsed, best.version) > 0) best = { tag, version: parsed };
  }
  return best?.tag;
}

/**
 * `candidate`: the stable version the first tag came from, when the rules say it deserves
 * `latest`; `knownTags`: the repository's tags, or undefined when they could not be listed.
 */
export function decideAutoLatest(candidate: SemVer | undefined, knownTags?: string[]): LatestDecision {
  if (!candidate) return { latest: false };
  if (knownTags === undefined) {
    return {
      latest: true,
      unchecked: true,
      reason: `tagged latest for ${candidate.version} without checking for a higher version tag (no tags in the workspace and no github-token); fetch tags (actions/checkout fetch-depth: 0) or pass github-token to check`,
    };
  }
  const higher = higherStableTag(candidate, knownTags);
  if (higher)
    return { latest: false, reason: `not tagged latest: ${higher} is higher than ${candidate.version}` };
  return { latest: true };
}
