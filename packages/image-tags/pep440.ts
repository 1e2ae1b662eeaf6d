// `type=pep440`: Python package versions (PEP 440, https://peps.python.org/pep-0440/) such as
// `1.0.0rc1`, `1.0.0.post1`, `1!2.0`, `1.0.dev4`, parsed and normalised the way the PEP says
// (`1.2.3beta2` is `1.2.3b2`, `1.0-1` is `1.0.post1`), then rendered through a
// `{{major}}.{{minor}}`-style pattern. A pre, post, dev or local release only ever yields its
// full version, as metadata-action documents.
import type SemVer from 'semver/classes/semver.js';
import { parseVersion } from './semver-pattern.js';

export interface Pep440Version {
  epoch: number;
  release: number[];
  pre?: { label: 'a' | 'b' | 'rc'; number: number };
  post?: number;
  dev?: number;
  /** Normalised: lower case, `.` separators. */
  local?: string;
}

// The PEP's permissive spelling: optional `v`, separators `.`, `-`, `_` or none, long labels.
const PEP440 = new RegExp(
  [
    '^v?',
    '(?:(\\d+)!)?', // epoch
    '(\\d+(?:\\.\\d+)*)', // release
    '(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?', // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?', // post-release (`-N` is implicit post)
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?', // development release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$', // local version
  ].join(''),
  'i',
);
const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
};

/** Parses a PEP 440 version; undefined when `raw` is not one. */
export function parsePep440(raw: string): Pep440Version | undefined {
  const m = PEP440.exec(raw.trim());
  // Numbers past 2^53 would not survive normalisation: such a "version" is refused, not mangled.
  if (!m || /\d{16}/.test(raw)) return undefined;
  const [
    ,
    epoch,
    release,
    preLabel,
    preNumber,
    implicitPost,
    postLabel,
    postNumber,
    devLabel,
    devNumber,
    local,
  ] = m;
  const version: Pep440Version = {
    epoch: epoch ? Number(epoch) : 0,
    release: release.split('.').map(Number),
  };
  if (preLabel) version.pre = { label: PRE_LABELS[preLabel.toLowerCase()], number: Number(preNumber ?? 0) };
  if (implicitPost !== undefined) version.post = Number(implicitPost);
  else if (postLabel) version.post = Number(postNumber ?? 0);
  if (devLabel) version.dev = Number(devNumber ?? 0);
  if (local) version.local = local.toLowerCase().replace(/[-_]/g, '.');
  return version;
}

/** The PEP's normalised form: `1!1.2.3rc1.post2.dev3+abc.5`. */
export function formatPep440(v: Pep440Version): string {
  let text = v.epoch ? `${v.epoch}!` : '';
  text += v.release.join('.');
  if (v.pre) text += `${v.pre.label}${v.pre.number}`;
  if (v.post !== undefined) text += `.post${v.post}`;
  if (v.dev !== undefined) text += `.dev${v.dev}`;
  if (v.local) text += `+${v.local}`;
  return text;
}

/** A final release: no pre, post, dev or local part. */
export function isFinalPep440(v: Pep440Version): boolean {
  return v.pre === undefined && v.post === undefined && v.dev === undefined && v.local === undefined;
}

/**
 * The semver twin of a final release of at most three numbers and no epoch (`1.2` is 1.2.0), so
 * `latest=auto` can compare it with the repository's version tags; undefined otherwise.
 */
export function pep440LatestCandidate(v: Pep440Version): SemVer | undefined {
  if (!isFinalPep440(v) || v.epoch !== 0 || v.release.length > 3) return undefined;
  const [major, minor = 0, patch = 0] = v.release;
  return parseVersion(`${major}.${minor}.${patch}`);
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_]+)\s*\}\}/g;

/** The tag text for `pattern` (checked by checkSemverPattern), or undefined for no tag. */
export function renderPep440Pattern(pattern: string, raw: string, v: Pep440Version): string | undefined {
  const used = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]);
  if (!isFinalPep440(v)) {
    const rawOnly = used.length === 1 && used[0] === 'raw' && pattern.replace(PLACEHOLDER, '').trim() === '';
    return rawOnly ? raw : formatPep440(v);
  }
  const [major, minor = 0, patch = 0] = v.release;
  // As for semver: a `{{major}}`-only tag for 0.x would claim compatibility 0.x does not promise.
  if (major === 0 && used.every((p) => p === 'major')) return undefined;
  const values: Record<string, string> = {
    version: formatPep440(v),
    major: String(major),
    minor: String(minor),
    patch: String(patch),
    raw,
  };
  return pattern.replace(PLACEHOLDER, (_whole, name: string) => values[name] ?? '');
}
