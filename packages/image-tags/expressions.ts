// The `{{...}}` placeholders docker/metadata-action allows in `value=`, `prefix=`, `suffix=`,
// `enable=` and `type=schedule`'s `pattern=`: {{branch}}, {{tag}}, {{sha}}, {{base_ref}},
// {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT' tz='ZONE'}} and
// {{commit_date 'FORMAT' tz='ZONE'}}. Checked when the rules are parsed (an unknown placeholder,
// date token or time zone is an input error naming it, not an empty string), expanded when tags
// are computed.
import { checkDateFormat, checkTimeZone, formatDate } from './dates.js';

export { formatDate };

export interface ExpressionScope {
  branch: string;
  tag: string;
  /** The short commit sha. */
  sha: string;
  baseRef: string;
  isDefaultBranch: boolean;
  /** The build date ({{date}}). */
  date: Date;
  /** The commit date ({{commit_date}}); the build date when the event does not carry one. */
  commitDate: Date;
}

/** Any `{{...}}` with no braces inside: parsed by `parsePlaceholder`. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** `name`, then an optional quoted argument, then an optional tz='ZONE' (either quote style). */
const PARTS = /^\s*([A-Za-z_]+)(?:\s+(?:'([^']*)'|"([^"]*)"))?(?:\s+tz\s*=\s*(?:'([^']*)'|"([^"]*)"))?\s*$/;
const SIMPLE = ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch'];
const DATED = ['date', 'commit_date'];
export const ALLOWED_PLACEHOLDERS = [
  ...SIMPLE.map((p) => `{{${p}}}`),
  "{{date 'FORMAT' tz='ZONE'}}",
  "{{commit_date 'FORMAT' tz='ZONE'}}",
];

interface Placeholder {
  name: string;
  format?: string;
  zone?: string;
}

/** The placeholder's parts, or a problem description. */
function parsePlaceholder(whole: string, inner: string): Placeholder | string {
  const unknown = `"${whole}" is not a known placeholder (allowed: ${ALLOWED_PLACEHOLDERS.join(', ')})`;
  const m = PARTS.exec(inner);
  if (!m) return unknown;
  const [, name, single, double, zoneSingle, zoneDouble] = m;
  const format = single ?? double;
  const zone = zoneSingle ?? zoneDouble;
  if (SIMPLE.includes(name) && format === undefined && zone === undefined) return { name };
  if (!DATED.includes(name) || format === undefined) return unknown;
  const problem = checkDateFormat(format) ?? (zone !== undefined ? checkTimeZone(zone) : undefined);
  if (problem) return `"${whole}": ${problem}`;
  return { name, format, zone };
}

/** Returns a problem description when `text` uses a placeholder we cannot expand. */
export function checkExpressions(text: string): string | undefined {
  for (const [whole, inner] of text.matchAll(PLACEHOLDER)) {
    const parsed = parsePlaceholder(whole, inner);
    if (typeof parsed === 'string') return parsed;
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) return `"${text}" has an unbalanced "{{" or "}}"`;
  return undefined;
}

export function expand(text: string, scope: ExpressionScope): string {
  return text.replace(PLACEHOLDER, (whole: string, inner: string) => {
    const parsed = parsePlaceholder(whole, inner);
    if (typeof parsed === 'string') return '';
    switch (parsed.name) {
      case 'branch':
        return scope.branch;
      case 'tag':
        return scope.tag;
      case 'sha':
        return scope.sha;
      case 'base_ref':
        return scope.baseRef;
      case 'is_default_branch':
        return String(scope.isDefaultBranch);
      case 'is_not_default_branch':
        return String(!scope.isDefaultBranch);
      case 'date':
        return formatDate(scope.date, parsed.format ?? '', parsed.zone);
      default:
        return formatDate(scope.commitDate, parsed.format ?? '', parsed.zone);
    }
  });
}

const ENABLE_PLACEHOLDER = /\{\{\s*is_(?:not_)?default_branch\s*\}\}/g;

/** A problem description when an `enable=` text cannot expand to `true` or `false`. */
export function checkEnable(enable: string): string | undefined {
  const value = enable.replace(ENABLE_PLACEHOLDER, 'true').toLowerCase();
  if (value === 'true' || value === 'false') return undefined;
  return `enable=${enable} (allowed: true, false, {{is_default_branch}}, {{is_not_default_branch}})`;
}
