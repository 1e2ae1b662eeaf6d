// The `{{...}}` placeholders docker/metadata-action allows in `value=`, `prefix=`, `suffix=` and
// `enable=`: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}},
// {{is_not_default_branch}}, {{date 'FORMAT'}} and {{commit_date 'FORMAT'}}. Checked when the
// rules are parsed (an unknown placeholder is an input error, not an empty string), expanded when
// tags are computed.

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

const PLACEHOLDER = /\{\{\s*([A-Za-z_]+)(?:\s+'([^']*)')?\s*\}\}/g;
const SIMPLE = ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch'];
const DATED = ['date', 'commit_date'];
export const ALLOWED_PLACEHOLDERS = [
  ...SIMPLE.map((p) => `{{${p}}}`),
  "{{date 'YYYYMMDD'}}",
  "{{commit_date 'YYYYMMDD'}}",
];

/** Returns a problem description when `text` uses a placeholder we cannot expand. */
export function checkExpressions(text: string): string | undefined {
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [whole, name, format] = match;
    if (SIMPLE.includes(name) && format === undefined) continue;
    if (DATED.includes(name) && format !== undefined) continue;
    return `"${whole}" is not a known placeholder (allowed: ${ALLOWED_PLACEHOLDERS.join(', ')})`;
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) return `"${text}" has an unbalanced "{{" or "}}"`;
  return undefined;
}

export function expand(text: string, scope: ExpressionScope): string {
  return text.replace(PLACEHOLDER, (_whole, name: string, format?: string) => {
    switch (name) {
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
        return formatDate(scope.date, format ?? '');
      case 'commit_date':
        return formatDate(scope.commitDate, format ?? '');
      default:
        return '';
    }
  });
}

/** Moment-style tokens, in UTC (what metadata-action does without a `tz`). */
export function formatDate(date: Date, format: string): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return format.replace(/YYYY|YY|MM|DD|HH|mm|ss/g, (token) => {
    switch (token) {
      case 'YYYY':
        return String(date.getUTCFullYear());
      case 'YY':
        return two(date.getUTCFullYear() % 100);
      case 'MM':
        return two(date.getUTCMonth() + 1);
      case 'DD':
        return two(date.getUTCDate());
      case 'HH':
        return two(date.getUTCHours());
      case 'mm':
        return two(date.getUTCMinutes());
      default:
        return two(date.getUTCSeconds());
    }
  });
}
