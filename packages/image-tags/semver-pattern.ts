// `type=semver,pattern=...`: rendering a pattern such as `{{major}}.{{minor}}` from a version,
// with docker/metadata-action's rules: a pre-release only yields its full version (or `{{raw}}`),
// and a pattern that is the major version alone yields nothing for 0.x (0.x minors are not
// compatible with each other, so a `0` tag would be a lie).
// Deep imports: the semver index loads all of semver (ranges, caches); a cold start only needs these.
import type SemVer from 'semver/classes/semver.js';
import parse from 'semver/functions/parse.js';
import valid from 'semver/functions/valid.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z_]+)\s*\}\}/g;
export const SEMVER_PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'raw'] as const;
type Placeholder = (typeof SEMVER_PLACEHOLDERS)[number];

/** A problem description when the pattern cannot produce a version tag, else undefined. */
export function checkSemverPattern(pattern: string): string | undefined {
  const allowed = SEMVER_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ');
  const rest = pattern.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}'))
    return `pattern "${pattern}" has an unbalanced "{{" or "}}"`;
  const names = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]);
  if (names.length === 0) return `pattern "${pattern}" has no placeholder (use ${allowed})`;
  const unknown = names.find((n) => !(SEMVER_PLACEHOLDERS as readonly string[]).includes(n));
  if (unknown) return `pattern "${pattern}" has an unknown placeholder {{${unknown}}} (allowed: ${allowed})`;
  return undefined;
}

/** A version as written (`v1.2.3`), parsed; undefined when it is not semver. */
export function parseVersion(raw: string): SemVer | undefined {
  if (!valid(raw)) return undefined;
  return parse(raw, { loose: true }) ?? undefined;
}

export function isStable(version: SemVer): boolean {
  return version.prerelease.length === 0;
}

function placeholders(pattern: string): Placeholder[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1] as Placeholder);
}

/** The tag text for `pattern`, or undefined when this version yields no tag for it. */
export function renderSemverPattern(pattern: string, raw: string, version: SemVer): string | undefined {
  const used = placeholders(pattern);
  if (!isStable(version)) {
    // A pre-release only ever gets its own full version: `2.0.0-rc.1` must not become `2`.
    const rawOnly = used.length === 1 && used[0] === 'raw' && pattern.trim().replace(PLACEHOLDER, '') === '';
    return rawOnly ? raw : version.version;
  }
  if (version.major === 0 && used.every((p) => p === 'major')) return undefined;
  const values: Record<Placeholder, string> = {
    version: version.version,
    major: String(version.major),
    minor: String(version.minor),
    patch: String(version.patch),
    raw,
  };
  return pattern.replace(PLACEHOLDER, (_whole, name: Placeholder) => values[name]);
}
