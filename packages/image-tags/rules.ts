// Parsing the `tags` input: one rule per line in docker/metadata-action's syntax, so a workflow
// can switch to us without rewriting its rules. Everything that can be checked without knowing the
// event is checked here, so bad rules fail before anything else happens.
import { InputError } from '../action-io/inputs.js';
import { checkExpressions } from './expressions.js';
import { splitFields } from './fields.js';
import { checkSemverPattern } from './semver-pattern.js';

export type RefEvent = 'branch' | 'tag' | 'pr';
export type ShaFormat = 'short' | 'long';

interface RuleBase {
  /** `true`, `false`, or a text with {{is_default_branch}} that expands to one of them. */
  enable: string;
  /** Per-rule prefix/suffix replace the flavor's when given (even when empty). */
  prefix?: string;
  suffix?: string;
  priority: number;
  /** The line as written, for logs. */
  source: string;
}

export type TagRule =
  | (RuleBase & { type: 'sha'; format: ShaFormat })
  | (RuleBase & { type: 'ref'; event: RefEvent })
  | (RuleBase & { type: 'semver'; pattern: string; value: string })
  | (RuleBase & { type: 'raw'; value: string });

export type RuleType = TagRule['type'];

/** docker/metadata-action's default priorities: higher comes first, the first tag is the version. */
export const DEFAULT_PRIORITIES: Record<RuleType, number> = { semver: 900, ref: 600, raw: 200, sha: 100 };

/** What an empty `tags` input means. */
export const DEFAULT_TAG_RULES = [
  'type=sha',
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
].join('\n');

const COMMON = ['type', 'enable', 'prefix', 'suffix', 'priority'];
const ATTRIBUTES: Record<RuleType, string[]> = {
  sha: [...COMMON, 'format'],
  ref: [...COMMON, 'event'],
  semver: [...COMMON, 'pattern', 'value'],
  raw: [...COMMON, 'value'],
};
const TYPES = Object.keys(ATTRIBUTES) as RuleType[];
const EVENTS: RefEvent[] = ['branch', 'tag', 'pr'];
const FORMATS: ShaFormat[] = ['short', 'long'];
const ENABLE_PLACEHOLDER = /\{\{\s*is_(?:not_)?default_branch\s*\}\}/g;

function ruleLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Parses rules and sorts them by priority (highest first; equal priorities keep their order). */
export function parseTagRules(text: string): TagRule[] {
  const lines = ruleLines(text);
  const rules = (lines.length ? lines : ruleLines(DEFAULT_TAG_RULES)).map(parseRule);
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
    .map(({ rule }) => rule);
}

function parseRule(line: string): TagRule {
  const fail = (problem: string): never => {
    throw new InputError('tags', `rule "${line}" ${problem}`);
  };
  const fields = splitFields(line);
  if (typeof fields === 'string') return fail(fields);
  const attrs = new Map<string, string>();
  for (const field of fields) {
    // A bare word is a value: `latest` means `type=raw,value=latest` (as in metadata-action).
    const key = field.key ?? 'value';
    if (key === '') fail(`has a field with no name before "="`);
    if (attrs.has(key)) fail(`sets "${key}" twice`);
    attrs.set(key, field.value);
  }
  const type = (attrs.get('type') ?? 'raw').toLowerCase() as RuleType;
  if (!TYPES.includes(type))
    fail(`has an unknown type "${attrs.get('type')}" (allowed: ${TYPES.join(', ')})`);
  for (const key of attrs.keys()) {
    if (!ATTRIBUTES[type].includes(key)) {
      fail(`has an unknown attribute "${key}" for type=${type} (allowed: ${ATTRIBUTES[type].join(', ')})`);
    }
  }
  for (const key of [
    'enable',
    'prefix',
    'suffix',
    ...(type === 'raw' || type === 'semver' ? ['value'] : []),
  ]) {
    const problem = attrs.has(key) ? checkExpressions(attrs.get(key) as string) : undefined;
    if (problem) fail(`${key}=: ${problem}`);
  }
  const enable = attrs.get('enable') ?? 'true';
  const enableValue = enable.replace(ENABLE_PLACEHOLDER, 'true').toLowerCase();
  if (enableValue !== 'true' && enableValue !== 'false') {
    fail(`has enable=${enable} (allowed: true, false, {{is_default_branch}}, {{is_not_default_branch}})`);
  }
  const priorityText = attrs.get('priority');
  if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) {
    fail(`has priority=${priorityText} (allowed: a whole number; higher comes first)`);
  }
  const base: RuleBase = {
    enable,
    prefix: attrs.get('prefix'),
    suffix: attrs.get('suffix'),
    priority: priorityText !== undefined ? Number(priorityText) : DEFAULT_PRIORITIES[type],
    source: line,
  };
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
    case 'semver': {
      const pattern = attrs.get('pattern');
      if (pattern === undefined) fail('needs pattern= (for example {{version}} or {{major}}.{{minor}})');
      const problem = checkSemverPattern(pattern as string);
      if (problem) fail(`has a bad ${problem}`);
      return { ...base, type, pattern: pattern as string, value: attrs.get('value') ?? '' };
    }
    default: {
      const value = attrs.get('value');
      if (value === undefined || value === '')
        fail('needs a non-empty value= (for example type=raw,value=stable)');
      return { ...base, type: 'raw', value: value as string };
    }
  }
}
