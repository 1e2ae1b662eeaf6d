// The rule types of the `tags` input and what each one needs beyond the common attributes
// (enable, prefix, suffix, priority): sha, ref, semver, pep440, match, edge, schedule, raw, as
// docker/metadata-action documents them. Each attribute is checked here, so a bad rule fails when
// the rules are parsed, naming what is allowed.
import { checkExpressions } from './expressions.js';
import { checkSemverPattern } from './semver-pattern.js';

export type RefEvent = 'branch' | 'tag' | 'pr';
export type ShaFormat = 'short' | 'long';

export interface RuleBase {
  /** `true`, `false`, or a text with {{is_default_branch}} that expands to one of them. */
  enable: string;
  /** Per-rule prefix/suffix replace the flavor's when given (even when empty). */
  prefix?: string;
  suffix?: string;
  priority: number;
  /** The line as written, for logs. */
  source: string;
}

/** `type=semver`/`type=pep440`: `match=` picks the version out of the value (first group, else all). */
interface VersionRule {
  pattern: string;
  value: string;
  match?: RegExp;
}

export type TagRule =
  | (RuleBase & { type: 'sha'; format: ShaFormat })
  | (RuleBase & { type: 'ref'; event: RefEvent })
  | (RuleBase & VersionRule & { type: 'semver' })
  | (RuleBase & VersionRule & { type: 'pep440' })
  | (RuleBase & { type: 'match'; pattern: RegExp; group: number; value: string })
  | (RuleBase & { type: 'edge'; branch?: string })
  | (RuleBase & { type: 'schedule'; pattern: string })
  | (RuleBase & { type: 'raw'; value: string });

export type RuleType = TagRule['type'];

type Fail = (problem: string) => never;

const EVENTS: RefEvent[] = ['branch', 'tag', 'pr'];
const FORMATS: ShaFormat[] = ['short', 'long'];

/** `/body/flags`: a regular expression with flags (`/^V(.*)$/i`); `g` and `y` do not apply. */
const WITH_FLAGS = /^\/(.+)\/([dimsuv]*)$/;

/** A regular expression attribute (`pattern=` of type=match, `match=`), compiled. */
function regexAttribute(key: string, text: string | undefined, fail: Fail): RegExp | undefined {
  if (text === undefined) return undefined;
  if (text === '') fail(`has an empty ${key}= (a regular expression)`);
  const withFlags = WITH_FLAGS.exec(text as string);
  try {
    return withFlags ? new RegExp(withFlags[1], withFlags[2]) : new RegExp(text as string);
  } catch (error) {
    return fail(`has ${key}=${text}, not a valid regular expression (${(error as Error).message})`);
  }
}

function versionRule(attrs: Map<string, string>, fail: Fail): VersionRule {
  const pattern = attrs.get('pattern');
  if (pattern === undefined) fail('needs pattern= (for example {{version}} or {{major}}.{{minor}})');
  const problem = checkSemverPattern(pattern as string);
  if (problem) fail(`has a bad ${problem}`);
  const match = regexAttribute('match', attrs.get('match'), fail);
  return { pattern: pattern as string, value: attrs.get('value') ?? '', ...(match ? { match } : {}) };
}

function matchRule(attrs: Map<string, string>, fail: Fail) {
  const pattern = regexAttribute('pattern', attrs.get('pattern'), fail);
  if (!pattern) return fail('needs pattern= (a regular expression, for example v(.*) with group=1)');
  const groupText = attrs.get('group') ?? '0';
  // A regex matching the empty string tells how many groups the pattern has.
  const groups = (new RegExp(`${pattern.source}|`).exec('') as RegExpExecArray).length - 1;
  if (!/^\d+$/.test(groupText) || Number(groupText) > groups) {
    fail(`has group=${groupText} (allowed: 0 for the whole match, up to ${groups}, the pattern's groups)`);
  }
  return { pattern, group: Number(groupText), value: attrs.get('value') ?? '' };
}

/** The type-specific part of a rule whose common attributes are already checked. */
export function buildRule(type: RuleType, attrs: Map<string, string>, base: RuleBase, fail: Fail): TagRule {
  switch (type) {
    case 'sha': {
      const format = (attrs.get('format') ?? 'short').toLowerCase() as ShaFormat;
      if (!FORMATS.includes(format))
        fail(`has format=${attrs.get('format')} (allowed: ${FORMATS.join(', ')})`);
      return { ...base, type, format, prefix: base.prefix ?? 'sha-' };
    }
    case 'ref': {
      const event = attrs.get('event')?.toLowerCase() as RefEvent | undefined;
      if (event === undefined) fail(`needs event= (allowed: ${EVENTS.join(', ')})`);
      if (!EVENTS.includes(event as RefEvent)) {
        fail(`has event=${attrs.get('event')} (allowed: ${EVENTS.join(', ')})`);
      }
      return {
        ...base,
        type,
        event: event as RefEvent,
        prefix: base.prefix ?? (event === 'pr' ? 'pr-' : undefined),
      };
    }
    case 'semver':
    case 'pep440':
      return { ...base, type, ...versionRule(attrs, fail) };
    case 'match':
      return { ...base, type, ...matchRule(attrs, fail) };
    case 'edge': {
      const branch = attrs.get('branch');
      if (branch === '') fail('has an empty branch= (leave it out for the default branch)');
      return { ...base, type, ...(branch !== undefined ? { branch } : {}) };
    }
    case 'schedule': {
      const pattern = attrs.get('pattern') ?? 'nightly';
      const problem = pattern === '' ? 'is empty' : checkExpressions(pattern);
      if (problem) fail(`has a bad pattern=: ${problem} (for example nightly or {{date 'YYYYMMDD'}})`);
      return { ...base, type, pattern };
    }
    default: {
      const value = attrs.get('value');
      if (value === undefined || value === '')
        fail('needs a non-empty value= (for example type=raw,value=stable)');
      return { ...base, type: 'raw', value: value as string };
    }
  }
}
