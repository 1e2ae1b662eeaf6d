// Warns when a local build context would carry a git credential into the build: actions/checkout
// with `persist-credentials: true` (its default) writes the job's token into `.git/config` as an
// `http.<url>.extraheader`; with context `.` a `COPY . .` puts it into the (pushed) image, unless
// a .dockerignore excludes it. Pure apart from reading those few files.
//
// The .dockerignore rules are BuildKit's (moby/patternmatcher): the Dockerfile's own
// `<Dockerfile>.dockerignore` wins over `<context>/.dockerignore`; patterns are cleaned paths
// relative to the context, `*` and `?` stay within one path segment, `**` spans any number,
// `!` re-includes, the last matching pattern decides, and a pattern matching a parent folder
// matches everything under it.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { isRemoteContext } from './inputs.js';

export interface IgnorePattern {
  /** The cleaned pattern text (without `!`). */
  text: string;
  /** `!pattern`: re-includes what earlier patterns excluded. */
  exclusion: boolean;
  re: RegExp;
}

/** Parses a .dockerignore file's text into its patterns, in order. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const exclusion = line.startsWith('!');
    if (exclusion) line = line.slice(1).trim();
    if (line === '') continue;
    let clean = posix.normalize(line).replace(/(.)\/+$/, '$1');
    if (clean.length > 1 && clean.startsWith('/')) clean = clean.slice(1);
    patterns.push({ text: clean, exclusion, re: patternRegExp(clean) });
  }
  return patterns;
}

const REGEXP_SPECIAL = /[.$^+(){}|]/;

/** A cleaned pattern as an anchored regular expression over `/`-separated relative paths. */
export function patternRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') i++;
      source += i + 1 >= pattern.length ? '.*' : '(.*/)?';
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '\\' && i + 1 < pattern.length) {
      source += `\\${pattern[++i]}`;
    } else {
      source += REGEXP_SPECIAL.test(ch) ? `\\${ch}` : ch;
    }
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return /$^/; // a malformed pattern (an unclosed [) matches nothing, as BuildKit's errors out
  }
}

/** True when `path` (relative to the context, `/`-separated) is excluded from the context. */
export function isIgnored(path: string, patterns: readonly IgnorePattern[]): boolean {
  const parents = path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const pattern of patterns) {
    // An exclusion only matters once something matched, an inclusion only while nothing has.
    if (pattern.exclusion !== ignored) continue;
    if (parents.some((p) => pattern.re.test(p))) ignored = !pattern.exclusion;
  }
  return ignored;
}

/** The ignore file BuildKit uses for this build, or undefined when there is none. */
export function dockerignoreFile(context: string, dockerfile?: string): string | undefined {
  const candidates = [...(dockerfile ? [`${dockerfile}.dockerignore`] : []), join(context, '.dockerignore')];
  return candidates.find((file) => existsSync(file));
}

/** `.git/config` holds a credential header (what actions/checkout persists). */
function hasPersistedCredential(gitConfig: string): boolean {
  try {
    if (!lstatSync(gitConfig).isFile()) return false;
    return /^\s*extraheader\s*=/im.test(readFileSync(gitConfig, 'utf8'));
  } catch {
    return false; // no .git folder (or .git is a file: a worktree's config lives elsewhere)
  }
}

/**
 * The warning for a local context whose `.git/config` holds an `extraheader` that no .dockerignore
 * excludes, or undefined. `context` and `dockerfile` are paths as the build gets them.
 */
export function gitCredentialWarning(opts: { context: string; dockerfile?: string }): string | undefined {
  if (isRemoteContext(opts.context)) return undefined;
  if (!hasPersistedCredential(join(opts.context, '.git', 'config'))) return undefined;
  const ignoreFile = dockerignoreFile(opts.context, opts.dockerfile);
  const patterns = ignoreFile ? parseDockerignore(readFileSync(ignoreFile, 'utf8')) : [];
  if (isIgnored('.git/config', patterns)) return undefined;
  return (
    `the build context "${opts.context}" holds .git/config with a credential (an http extraheader, ` +
    'as actions/checkout writes unless persist-credentials: false) and ' +
    (ignoreFile ? `${ignoreFile} does not exclude .git` : 'no .dockerignore excludes .git') +
    ': a COPY of the whole context puts the token into the image. Set persist-credentials: false ' +
    'on actions/checkout, or add .git to the .dockerignore'
  );
}
