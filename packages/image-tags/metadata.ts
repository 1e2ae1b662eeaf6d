// Tags, labels and annotations for one build, from the rules and the git context. Pure and
// synchronous: the repository's existing version tags (for `latest=auto`) come in as an argument.
import type SemVer from 'semver/classes/semver.js';
import { sanitizeTag } from '../image-ref/index.js';
import { isDefaultBranch, type GitContext } from './context.js';
import { expand, type ExpressionScope } from './expressions.js';
import { parseFlavor, type Flavor } from './flavor.js';
import { parseImages } from './images.js';
import { entryLines, mergeEntries, ociEntries, parseEntries } from './labels.js';
import { decideAutoLatest } from './latest.js';
import { parseTagRules, type TagRule } from './rules.js';
import { isStable, parseVersion, renderSemverPattern } from './semver-pattern.js';

export interface TagRulesInput {
  images: string[];
  /** metadata-action syntax, one rule per line; empty means the default rules. */
  tagRules: string;
  flavor: string;
  shaLength: number;
  labels: string[];
  annotations: string[];
  /** org.opencontainers.image.created and {{date}}; default now. */
  created?: Date;
}

export interface ImageMetadataJson {
  tags: string[];
  'tag-names': string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  version: string;
  sha: string;
  'short-sha': string;
  'sha-tags': string[];
  latest: boolean;
}

export interface ImageMetadata {
  images: string[];
  /** Full references, image by image, in priority order (`latest` last). */
  tags: string[];
  tagNames: string[];
  /** `key=value`, sorted by key. */
  labels: string[];
  annotations: string[];
  /** The first (highest-priority) tag name; empty when no rule produced a tag. */
  version: string;
  sha: string;
  shortSha: string;
  /** `image:<first type=sha tag>` per image; empty when no sha rule is enabled. */
  shaTags: string[];
  latest: boolean;
  /** Set when `latest` was given to this version without the repository's tags being known. */
  latestUnchecked?: string;
  /** The rules in the order they were applied, as written. */
  rules: string[];
  notices: string[];
  warnings: string[];
  json: ImageMetadataJson;
}

interface Produced {
  value: string;
  rule: TagRule;
  /** The stable version this tag came from, when `latest=auto` would give it `latest`. */
  latestCandidate?: SemVer;
}

/** TagRulesInput parsed once into typed values (InputError on a bad rule, flavor or entry). */
export interface ParsedTagRules {
  images: string[];
  rules: TagRule[];
  flavor: Flavor;
  shaLength: number;
  labels: [string, string][];
  annotations: [string, string][];
  created?: Date;
}

export function parseTagRulesInput(input: TagRulesInput): ParsedTagRules {
  return {
    images: parseImages(input.images),
    rules: parseTagRules(input.tagRules),
    flavor: parseFlavor(input.flavor),
    shaLength: input.shaLength,
    labels: parseEntries('labels', input.labels),
    annotations: parseEntries('annotations', input.annotations),
    created: input.created,
  };
}

export function computeImageMetadata(
  input: TagRulesInput,
  ctx: GitContext,
  knownVersionTags?: string[],
): ImageMetadata {
  return computeParsedMetadata(parseTagRulesInput(input), ctx, knownVersionTags);
}

/** computeImageMetadata for rules parsed already (an action's inputs, parsed once). */
export function computeParsedMetadata(
  parsed: ParsedTagRules,
  ctx: GitContext,
  knownVersionTags?: string[],
): ImageMetadata {
  const { images, rules, flavor, labels: extraLabels, annotations: extraAnnotations } = parsed;
  const created = parsed.created ?? new Date();
  const shortSha = ctx.sha.slice(0, parsed.shaLength);
  const scope: ExpressionScope = {
    branch: ctx.branch ?? '',
    tag: ctx.tag ?? '',
    sha: shortSha,
    baseRef: ctx.baseRef ?? '',
    isDefaultBranch: isDefaultBranch(ctx),
    date: created,
    commitDate: ctx.commitDate ? new Date(ctx.commitDate) : created,
  };
  const warnings: string[] = [];
  const notices: string[] = [];

  const produced: Produced[] = [];
  for (const rule of rules) {
    if (expand(rule.enable, scope).toLowerCase() !== 'true') continue;
    const result = produce(rule, ctx, shortSha, scope, warnings);
    if (!result) continue;
    const value = sanitizeTag(decorate(result.core, rule, flavor, scope));
    if (value === '') {
      warnings.push(`rule "${rule.source}" yields an empty tag; skipped`);
      continue;
    }
    produced.push({ value, rule, latestCandidate: result.latestCandidate });
  }

  const first = produced[0];
  let latest = false;
  let latestUnchecked: string | undefined;
  if (first && flavor.latest === 'true') latest = true;
  if (first && flavor.latest === 'auto') {
    const decision = decideAutoLatest(first.latestCandidate, knownVersionTags);
    latest = decision.latest;
    if (decision.unchecked) latestUnchecked = first.latestCandidate?.raw;
    if (decision.reason) notices.push(decision.reason);
  }

  const tagNames = [...new Set(produced.map((p) => p.value))];
  if (latest) {
    const name = sanitizeTag(
      `${flavor.prefixLatest ? expand(flavor.prefix, scope) : ''}latest${flavor.suffixLatest ? expand(flavor.suffix, scope) : ''}`,
    );
    if (!tagNames.includes(name)) tagNames.push(name);
  }
  if (!first)
    warnings.push(`no tag rule produced a tag for this ${ctx.eventName || 'event'} (ref "${ctx.ref}")`);
  const shaTag = produced.find((p) => p.rule.type === 'sha')?.value;
  const version = first?.value ?? '';
  const tags = images.flatMap((image) => tagNames.map((name) => `${image}:${name}`));
  const shaTags = shaTag ? images.map((image) => `${image}:${shaTag}`) : [];

  const oci = ociEntries({ ctx, version, created });
  const labelMap = mergeEntries(oci, extraLabels);
  const annotationMap = mergeEntries(oci, extraAnnotations);
  const json: ImageMetadataJson = {
    tags,
    'tag-names': tagNames,
    labels: Object.fromEntries(labelMap),
    annotations: Object.fromEntries(annotationMap),
    version,
    sha: ctx.sha,
    'short-sha': shortSha,
    'sha-tags': shaTags,
    latest,
  };
  return {
    images,
    tags,
    tagNames,
    labels: entryLines(labelMap),
    annotations: entryLines(annotationMap),
    version,
    sha: ctx.sha,
    shortSha,
    shaTags,
    latest,
    latestUnchecked,
    rules: rules.map((r) => r.source),
    notices,
    warnings: [...new Set(warnings)],
    json,
  };
}

/** The rule's own text for this build (before prefix/suffix), or undefined when it does not apply. */
function produce(
  rule: TagRule,
  ctx: GitContext,
  shortSha: string,
  scope: ExpressionScope,
  warnings: string[],
): { core: string; latestCandidate?: SemVer } | undefined {
  switch (rule.type) {
    case 'sha':
      if (!ctx.sha) return undefined;
      return { core: rule.format === 'long' ? ctx.sha : shortSha };
    case 'ref': {
      if (ctx.refType !== rule.event) return undefined;
      if (rule.event === 'branch') return ctx.branch ? { core: ctx.branch } : undefined;
      if (rule.event === 'pr') return ctx.prNumber !== undefined ? { core: String(ctx.prNumber) } : undefined;
      if (!ctx.tag) return undefined;
      // Only a stable version tag may earn `latest` (metadata-action gives it to any tag).
      const version = parseVersion(ctx.tag);
      return { core: ctx.tag, latestCandidate: version && isStable(version) ? version : undefined };
    }
    case 'semver': {
      let raw = rule.value ? expand(rule.value, scope) : ctx.refType === 'tag' ? (ctx.tag ?? '') : '';
      if (raw === '') return undefined;
      raw = raw.replace(/\//g, '-');
      const version = parseVersion(raw);
      if (!version) {
        warnings.push(
          `"${raw}" is not a semver version (https://semver.org): type=semver rules yield no tag`,
        );
        return undefined;
      }
      const core = renderSemverPattern(rule.pattern, raw, version);
      if (core === undefined) return undefined;
      return { core, latestCandidate: isStable(version) ? version : undefined };
    }
    default: {
      const core = expand(rule.value, scope);
      return core === '' ? undefined : { core };
    }
  }
}

/** A rule's own prefix/suffix, else the flavor's (metadata-action's precedence). */
function decorate(core: string, rule: TagRule, flavor: Flavor, scope: ExpressionScope): string {
  const prefix = expand(rule.prefix ?? flavor.prefix, scope);
  const suffix = expand(rule.suffix ?? flavor.suffix, scope);
  return `${prefix}${core}${suffix}`;
}
