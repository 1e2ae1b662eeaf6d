// What one rule yields for one build: the tag text before prefix/suffix and sanitising, and,
// for a stable version, the version that may earn `latest`. One function per rule type, each
// following docker/metadata-action's documented meaning.
import type SemVer from 'semver/classes/semver.js';
import type { GitContext } from './context.js';
import { expand, type ExpressionScope } from './expressions.js';
import { parsePep440, pep440LatestCandidate, renderPep440Pattern } from './pep440.js';
import type { TagRule } from './rule-types.js';
import { isStable, parseVersion, renderSemverPattern } from './semver-pattern.js';

export interface RuleOutput {
  core: string;
  /** The stable version this tag came from, when `latest=auto` may give it `latest`. */
  latestCandidate?: SemVer;
}

export interface ProduceContext {
  ctx: GitContext;
  shortSha: string;
  scope: ExpressionScope;
  /** Collects warnings (de-duplicated by the caller). */
  warnings: string[];
}

/** `value=` when given, else the pushed tag; '' when there is neither. */
function versionSource(value: string, { ctx, scope }: ProduceContext): string {
  if (value) return expand(value, scope);
  return ctx.refType === 'tag' ? (ctx.tag ?? '') : '';
}

/** `match=`: the first group of the match, else the whole match; undefined when it does not match. */
function applyMatch(raw: string, match: RegExp | undefined): string | undefined {
  if (!match) return raw;
  const m = match.exec(raw);
  if (!m) return undefined;
  return m.length > 1 ? (m[1] ?? '') : m[0];
}

function semverOutput(rule: TagRule & { type: 'semver' }, p: ProduceContext): RuleOutput | undefined {
  const source = versionSource(rule.value, p);
  if (source === '') return undefined;
  const matched = applyMatch(source, rule.match);
  if (!matched) return undefined;
  const raw = rule.match ? matched : matched.replace(/\//g, '-');
  const version = parseVersion(raw);
  if (!version) {
    p.warnings.push(`"${raw}" is not a semver version (https://semver.org): type=semver rules yield no tag`);
    return undefined;
  }
  const core = renderSemverPattern(rule.pattern, raw, version);
  if (core === undefined) return undefined;
  return { core, latestCandidate: isStable(version) ? version : undefined };
}

function pep440Output(rule: TagRule & { type: 'pep440' }, p: ProduceContext): RuleOutput | undefined {
  const source = versionSource(rule.value, p);
  if (source === '') return undefined;
  const raw = applyMatch(source, rule.match);
  if (!raw) return undefined;
  const version = parsePep440(raw);
  if (!version) {
    p.warnings.push(
      `"${raw}" is not a PEP 440 version (https://peps.python.org/pep-0440/): type=pep440 rules yield no tag`,
    );
    return undefined;
  }
  const core = renderPep440Pattern(rule.pattern, raw, version);
  if (core === undefined) return undefined;
  return { core, latestCandidate: pep440LatestCandidate(version) };
}

function matchOutput(rule: TagRule & { type: 'match' }, p: ProduceContext): RuleOutput | undefined {
  const source = versionSource(rule.value, p);
  if (source === '') return undefined;
  const core = rule.pattern.exec(source)?.[rule.group];
  if (!core) return undefined;
  // metadata-action gives any match `latest`; here only a stable semver version may have it.
  const version = parseVersion(core);
  return { core, latestCandidate: version && isStable(version) ? version : undefined };
}

function edgeOutput(rule: TagRule & { type: 'edge' }, p: ProduceContext): RuleOutput | undefined {
  const branch = rule.branch ?? p.ctx.defaultBranch;
  if (branch === undefined) {
    p.warnings.push(
      `rule "${rule.source}": the default branch is unknown (the event carries no repository); set branch=`,
    );
    return undefined;
  }
  return p.ctx.refType === 'branch' && p.ctx.branch === branch ? { core: 'edge' } : undefined;
}

function refOutput(rule: TagRule & { type: 'ref' }, { ctx }: ProduceContext): RuleOutput | undefined {
  if (ctx.refType !== rule.event) return undefined;
  if (rule.event === 'branch') return ctx.branch ? { core: ctx.branch } : undefined;
  if (rule.event === 'pr') return ctx.prNumber !== undefined ? { core: String(ctx.prNumber) } : undefined;
  if (!ctx.tag) return undefined;
  // Only a stable version tag may earn `latest` (metadata-action gives it to any tag).
  const version = parseVersion(ctx.tag);
  return { core: ctx.tag, latestCandidate: version && isStable(version) ? version : undefined };
}

/** The rule's own text for this build (before prefix/suffix), or undefined when it does not apply. */
export function produce(rule: TagRule, p: ProduceContext): RuleOutput | undefined {
  switch (rule.type) {
    case 'sha':
      if (!p.ctx.sha) return undefined;
      return { core: rule.format === 'long' ? p.ctx.sha : p.shortSha };
    case 'ref':
      return refOutput(rule, p);
    case 'semver':
      return semverOutput(rule, p);
    case 'pep440':
      return pep440Output(rule, p);
    case 'match':
      return matchOutput(rule, p);
    case 'edge':
      return edgeOutput(rule, p);
    case 'schedule': {
      if (p.ctx.eventName !== 'schedule') return undefined;
      const core = expand(rule.pattern, p.scope);
      return core === '' ? undefined : { core };
    }
    default: {
      const core = expand(rule.value, p.scope);
      return core === '' ? undefined : { core };
    }
  }
}
