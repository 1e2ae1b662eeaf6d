// The prune plan, a pure function of what is in the repository (Inventory), the rules and the
// time: which tags go and which stay (and why), which manifests are deleted, in which order, and
// the bytes freed. Everything a kept tag reaches (its manifest, an index's platform manifests and
// attestations, referrers of any of them) is protected and never deleted; a selected tag on a
// protected digest stays (deleting by digest would remove the kept tag too).
import { formatAge } from '../../packages/units/age.js';
import {
  prNumberOf,
  type Deletion,
  type ImagePlan,
  type Inventory,
  type PruneRules,
  type TagDecision,
} from './model.js';
import { matchingPattern } from './patterns.js';

type Candidate = TagDecision & { rule: 'delete-tags' | 'pr' };

/** A tag's first decision from the patterns and the PR rule alone. */
function selectTag(tag: string, digest: string, rules: PruneRules): TagDecision | Candidate {
  const keep = matchingPattern(rules.keepTags, tag);
  if (keep) return { tag, digest, action: 'keep', reason: `keep-tags ${keep.text}` };
  const pr = prNumberOf(tag);
  if (pr !== undefined && rules.closedPrs?.has(pr))
    return { tag, digest, action: 'delete', reason: `PR #${pr} is closed`, rule: 'pr' };
  const match = matchingPattern(rules.deleteTags, tag);
  if (match)
    return { tag, digest, action: 'delete', reason: `delete-tags ${match.text}`, rule: 'delete-tags' };
  return { tag, digest, action: 'keep', reason: 'no rule selects it' };
}

const isCandidate = (d: TagDecision): d is Candidate => d.action === 'delete';

/** keep-n-tagged, then older-than, on the tags delete-tags selected (unknown dates count as new). */
function applyAgeRules(decisions: TagDecision[], inv: Inventory, rules: PruneRules, now: number): void {
  const dateOf = (d: TagDecision) => inv.dates.get(d.digest) ?? Infinity;
  const byPattern = decisions
    .filter((d): d is Candidate => isCandidate(d) && d.rule === 'delete-tags')
    .sort((a, b) => dateOf(b) - dateOf(a) || (a.tag < b.tag ? 1 : a.tag > b.tag ? -1 : 0));
  const young =
    rules.olderThanMs === undefined ? '' : `newer than ${formatAge(rules.olderThanMs)} (older-than)`;
  for (const [rank, d] of byPattern.entries()) {
    if (rank < rules.keepNTagged) {
      Object.assign(d, { action: 'keep', reason: `among the newest ${rules.keepNTagged} (keep-n-tagged)` });
    } else if (rules.olderThanMs !== undefined && !(dateOf(d) <= now - rules.olderThanMs)) {
      const reason = inv.dates.has(d.digest) ? young : 'its age is unknown (older-than)';
      Object.assign(d, { action: 'keep', reason });
    }
  }
}

/** Subject digest -> the manifests that refer to it. */
function referrersOf(inv: Inventory): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of inv.manifests.values()) {
    if (!m.subject) continue;
    const list = map.get(m.subject);
    if (list) list.push(m.digest);
    else map.set(m.subject, [m.digest]);
  }
  // The inventory's order is the order answers came in: sorted, the plan is the same every run.
  for (const list of map.values()) list.sort();
  return map;
}

/** Everything reachable from the roots: index entries and referrers, transitively. */
function reach(roots: Iterable<string>, inv: Inventory, referrers: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const digest = queue.pop() as string;
    if (seen.has(digest)) continue;
    seen.add(digest);
    for (const child of inv.manifests.get(digest)?.children ?? []) queue.push(child);
    for (const referrer of referrers.get(digest) ?? []) queue.push(referrer);
  }
  return seen;
}

/** Post-order (what a manifest reaches before it), so an interrupted run leaves its roots findable. */
function deletionOrder(
  roots: string[],
  doomed: Set<string>,
  inv: Inventory,
  referrers: Map<string, string[]>,
): string[] {
  const order: string[] = [];
  const visited = new Set<string>();
  const visit = (digest: string) => {
    if (visited.has(digest) || !doomed.has(digest)) return;
    visited.add(digest);
    for (const next of [...(referrers.get(digest) ?? []), ...(inv.manifests.get(digest)?.children ?? [])])
      visit(next);
    order.push(digest);
  };
  roots.forEach(visit);
  return order;
}

/**
 * Untagged digests with no known parent (no index lists them, no known subject): the roots of
 * what no tag reaches. Those the `untagged` rule takes (old enough when older-than is set) are
 * chosen; the others stay, and so does everything they reach.
 */
function untaggedRoots(inv: Inventory, rules: PruneRules, now: number): { chosen: string[]; kept: string[] } {
  const hasParent = new Set<string>();
  for (const m of inv.manifests.values()) {
    m.children.forEach((c) => hasParent.add(c));
    if (m.subject && inv.manifests.has(m.subject)) hasParent.add(m.digest);
  }
  const chosen: string[] = [];
  const kept: string[] = [];
  for (const digest of inv.untagged) {
    if (hasParent.has(digest)) continue;
    const old =
      rules.olderThanMs === undefined || (inv.dates.get(digest) ?? Infinity) <= now - rules.olderThanMs;
    (rules.untagged && old ? chosen : kept).push(digest);
  }
  return { chosen, kept };
}

/** Layer bytes only the doomed manifests use. */
function freedBytes(inv: Inventory, doomed: Set<string>): number {
  const remaining = new Set<string>();
  for (const m of inv.manifests.values())
    if (!doomed.has(m.digest)) m.layers.forEach((l) => remaining.add(l.digest));
  const freed = new Map<string, number>();
  for (const digest of doomed) {
    for (const layer of inv.manifests.get(digest)?.layers ?? [])
      if (!remaining.has(layer.digest)) freed.set(layer.digest, layer.size);
  }
  return [...freed.values()].reduce((sum, size) => sum + size, 0);
}

/** Keeps a selected tag whose digest a kept tag reaches, saying which. */
function protectSelected(decisions: TagDecision[], protectedSet: Set<string>): void {
  const keptOn = new Map<string, string>();
  for (const d of decisions) if (d.action === 'keep' && !keptOn.has(d.digest)) keptOn.set(d.digest, d.tag);
  for (const d of decisions) {
    if (d.action !== 'delete' || !protectedSet.has(d.digest)) continue;
    const other = keptOn.get(d.digest);
    const why = other ? `shares its digest with kept tag ${other}` : 'part of a kept image';
    Object.assign(d, { action: 'keep', reason: `${why} (${d.reason} selected it)` });
  }
}

function describeDeletions(order: string[], decisions: TagDecision[], inv: Inventory, chosen: Set<string>) {
  const onDigest = new Map<string, TagDecision[]>();
  for (const d of decisions) {
    const list = onDigest.get(d.digest);
    if (list) list.push(d);
    else onDigest.set(d.digest, [d]);
  }
  return order.map((digest): Deletion => {
    const tagged = onDigest.get(digest) ?? [];
    const kind = inv.manifests.get(digest)?.kind ?? 'unknown';
    const reason = tagged.length
      ? tagged[0].reason
      : chosen.has(digest)
        ? 'untagged'
        : 'part of a deleted image';
    return { digest, tags: tagged.map((d) => d.tag), kind, reason };
  });
}

export function planPrune(inv: Inventory, rules: PruneRules, now: number): ImagePlan {
  const decisions = inv.tags.map(({ tag, digest }) => selectTag(tag, digest, rules));
  applyAgeRules(decisions, inv, rules, now);
  const referrers = referrersOf(inv);
  const untagged = untaggedRoots(inv, rules, now);
  const keptRoots = decisions.filter((d) => d.action === 'keep').map((d) => d.digest);
  const protectedSet = reach([...keptRoots, ...untagged.kept], inv, referrers);
  protectSelected(decisions, protectedSet);
  const tagRoots = [...new Set(decisions.filter((d) => d.action === 'delete').map((d) => d.digest))];
  const roots = [...tagRoots, ...untagged.chosen.filter((d) => !protectedSet.has(d))];
  const doomed = reach(roots, inv, referrers);
  for (const digest of doomed)
    // Protected, or gone already (an index entry an interrupted run deleted): not deleted again.
    if (protectedSet.has(digest) || !inv.manifests.has(digest)) doomed.delete(digest);
  const order = deletionOrder(roots, doomed, inv, referrers);
  return {
    image: inv.image,
    tags: decisions.map(({ tag, digest, action, reason }) => ({ tag, digest, action, reason })),
    deletions: describeDeletions(order, decisions, inv, new Set(untagged.chosen)),
    freedBytes: freedBytes(inv, doomed),
    notes: inv.notes,
  };
}
