// Parsing the `tags` input: one rule per line in docker/metadata-action's syntax, so a workflow
// can switch to us without rewriting its rules. Everything that can be checked without knowing the
// event is checked here, so bad rules fail before anything else happens.
import { InputError } from '../action-io/inputs.js';
import { checkEnable, checkExpressions } from './expressions.js';
import { splitFields } from './fields.js';
import { buildRule, type RuleBase, type RuleType, type TagRule } from './rule-types.js';

export type { RefEvent, RuleBase, RuleType, ShaFormat, TagRule } from './rule-types.js';

/** docker/metadata-action's default priorities: higher comes first, the first tag is the version. */
export const DEFAULT_PRIORITIES: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

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
  semver: [...COMMON, 'pattern', 'value', 'match'],
  raw: [...COMMON, 'value'],
  schedule: [...COMMON, 'pattern'],
  pep440: [...COMMON, 'pattern', 'value', 'match'],
  match: [...COMMON, 'pattern', 'group', 'value'],
  edge: [...COMMON, 'branch'],
};
/** Placeholders are expanded in these attributes (and checked when the rules are parsed). */
const EXPANDED = ['enable', 'prefix', 'suffix', 'value'];
const TYPES = Object.keys(ATTRIBUTES) as RuleType[];

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
  for (const key of EXPANDED) {
    const problem = attrs.has(key) ? checkExpressions(attrs.get(key) as string) : undefined;
    if (problem) fail(`${key}=: ${problem}`);
  }
  const enable = attrs.get('enable') ?? 'true';
  const enableProblem = checkEnable(enable);
  if (enableProblem) fail(`has ${enableProblem}`);
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
  return buildRule(type, attrs, base, fail);
}
