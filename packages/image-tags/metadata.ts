// Tags, labels and annotations for one build, from the rules and the git context. Pure and
// synchronous: the repository's existing version tags (for `latest=auto`) come in as an argument.
import type SemVer from 'semver/classes/semver.js';
import { sanitizeTag } from '../image-ref/index.js';
import { isDefaultBranch, type GitContext } from './context.js';
import { expand, type ExpressionScope } from './expressions.js';
import { parseFlavor, type Flavor } from './flavor.js';
import { parseImageEntries, type ImageEntry } from './images.js';
import { entryLines, mergeEntries, ociEntries, parseEntries } from './labels.js';
import { decideAutoLatest } from './latest.js';
import { produce, type ProduceContext } from './produce.js';
import { parseTagRules, type TagRule } from './rules.js';

export interface TagRulesInput {
  /**
   * Image names, or `images` lines (`name=ghcr.io/x/y,enable={{is_default_branch}}`); none at all
   * means bare tags (`tags` then holds the tag names).
   */
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
  /** The enabled images, normalised. */
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

/** Each enabled rule's tag, sanitised, in priority order; empty results are skipped with a warning. */
function produceTags(rules: TagRule[], flavor: Flavor, p: ProduceContext): Produced[] {
  const produced: Produced[] = [];
  for (const rule of rules) {
    if (expand(rule.enable, p.scope).toLowerCase() !== 'true') continue;
    const result = produce(rule, p);
    if (!result) continue;
    const value = sanitizeTag(decorate(result.core, rule, flavor, p.scope));
    if (value === '') {
      p.warnings.push(`rule "${rule.source}" yields an empty tag; skipped`);
      continue;
    }
    produced.push({ value, rule, latestCandidate: result.latestCandidate });
  }
  return produced;
}

/** Whether `latest` is added, following the flavor and the first (highest-priority) tag. */
function decideLatest(
  first: Produced | undefined,
  flavor: Flavor,
  knownVersionTags: string[] | undefined,
  notices: string[],
): { latest: boolean; latestUnchecked?: string } {
  if (!first || flavor.latest === 'false') return { latest: false };
  if (flavor.latest === 'true') return { latest: true };
  const decision = decideAutoLatest(first.latestCandidate, knownVersionTags);
  if (decision.reason) notices.push(decision.reason);
  return {
    latest: decision.latest,
    latestUnchecked: decision.unchecked ? first.latestCandidate?.raw : undefined,
  };
}

/** `image:name` for every enabled image; bare names when the input lists no image at all. */
function references(entries: ImageEntry[], images: string[], names: string[]): string[] {
  return entries.length ? images.flatMap((image) => names.map((name) => `${image}:${name}`)) : names;
}

function scopeFor(ctx: GitContext, shortSha: string, created: Date): ExpressionScope {
  return {
    branch: ctx.branch ?? '',
    tag: ctx.tag ?? '',
    sha: shortSha,
    baseRef: ctx.baseRef ?? '',
    isDefaultBranch: isDefaultBranch(ctx),
    date: created,
    commitDate: ctx.commitDate ? new Date(ctx.commitDate) : created,
  };
}

/** TagRulesInput parsed once into typed values (InputError on a bad rule, flavor or entry). */
export interface ParsedTagRules {
  images: ImageEntry[];
  rules: TagRule[];
  flavor: Flavor;
  shaLength: number;
  labels: [string, string][];
  annotations: [string, string][];
  created?: Date;
}

export function parseTagRulesInput(input: TagRulesInput): ParsedTagRules {
  return {
    images: parseImageEntries(input.images),
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

/** The tag names in order: each produced tag once, then `latest` (decorated as the flavor says). */
function tagNamesOf(produced: Produced[], latest: boolean, flavor: Flavor, scope: ExpressionScope): string[] {
  const names = [...new Set(produced.map((p) => p.value))];
  if (latest) {
    const prefix = flavor.prefixLatest ? expand(flavor.prefix, scope) : '';
    const suffix = flavor.suffixLatest ? expand(flavor.suffix, scope) : '';
    const name = sanitizeTag(`${prefix}latest${suffix}`);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** OCI labels and annotations: computed ones, then the inputs' (their values expanded as rules are). */
function labelAndAnnotationMaps(parsed: ParsedTagRules, scope: ExpressionScope, oci: Map<string, string>) {
  const expandValues = (entries: [string, string][]) =>
    entries.map(([key, value]): [string, string] => [key, expand(value, scope)]);
  return {
    labelMap: mergeEntries(oci, expandValues(parsed.labels)),
    annotationMap: mergeEntries(oci, expandValues(parsed.annotations)),
  };
}

/** computeImageMetadata for rules parsed already (an action's inputs, parsed once). */
export function computeParsedMetadata(
  parsed: ParsedTagRules,
  ctx: GitContext,
  knownVersionTags?: string[],
): ImageMetadata {
  const { images: imageEntries, rules, flavor } = parsed;
  const created = parsed.created ?? new Date();
  const shortSha = ctx.sha.slice(0, parsed.shaLength);
  const scope = scopeFor(ctx, shortSha, created);
  const warnings: string[] = [];
  const notices: string[] = [];
  const images = imageEntries
    .filter((e) => expand(e.enable, scope).toLowerCase() === 'true')
    .map((e) => e.name);

  const produced = produceTags(rules, flavor, { ctx, shortSha, scope, warnings });
  const first = produced[0];
  const { latest, latestUnchecked } = decideLatest(first, flavor, knownVersionTags, notices);
  const tagNames = tagNamesOf(produced, latest, flavor, scope);
  if (!first)
    warnings.push(`no tag rule produced a tag for this ${ctx.eventName || 'event'} (ref "${ctx.ref}")`);
  const shaTag = produced.find((p) => p.rule.type === 'sha')?.value;
  const version = first?.value ?? '';
  const tags = references(imageEntries, images, tagNames);
  const shaTags = shaTag ? references(imageEntries, images, [shaTag]) : [];
  const oci = ociEntries({ ctx, version, created });
  const { labelMap, annotationMap } = labelAndAnnotationMaps(parsed, scope, oci);
  const common = { tags, version, sha: ctx.sha, latest };
  const json: ImageMetadataJson = {
    ...common,
    'tag-names': tagNames,
    labels: Object.fromEntries(labelMap),
    annotations: Object.fromEntries(annotationMap),
    'short-sha': shortSha,
    'sha-tags': shaTags,
  };
  return {
    ...common,
    images,
    tagNames,
    labels: entryLines(labelMap),
    annotations: entryLines(annotationMap),
    shortSha,
    shaTags,
    latestUnchecked,
    rules: rules.map((r) => r.source),
    notices,
    warnings: [...new Set(warnings)],
    json,
  };
}

/** A rule's own prefix/suffix, else the flavor's (metadata-action's precedence). */
function decorate(core: string, rule: TagRule, flavor: Flavor, scope: ExpressionScope): string {
  const prefix = expand(rule.prefix ?? flavor.prefix, scope);
  const suffix = expand(rule.suffix ?? flavor.suffix, scope);
  return `${prefix}${core}${suffix}`;
}
