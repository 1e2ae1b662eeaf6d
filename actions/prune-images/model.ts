// What prune-images knows about one image before it decides anything (the inventory, gathered
// from the registry or GitHub's Packages API), the rules it applies, and the plan it makes.
// Plain data: the plan (./plan.ts) is a pure function of these.
import type { TagPattern } from './patterns.js';

export interface ManifestInfo {
  digest: string;
  kind: 'index' | 'image' | 'attestation';
  /** An index's entries: platform manifests and attestation manifests. */
  children: string[];
  /** The manifest this one is about: OCI `subject`, buildx's attestation reference, a cosign tag. */
  subject?: string;
  /** Layer blobs (attestation payloads included) and their sizes. */
  layers: { digest: string; size: number }[];
}

export interface Inventory {
  /** The image name as given (`ghcr.io/org/repo/api`). */
  image: string;
  /** Every tag and the digest it points to. */
  tags: { tag: string; digest: string }[];
  /** Manifests read: every tagged one, the entries of indexes, and untagged candidates. */
  manifests: Map<string, ManifestInfo>;
  /** Digests known to exist without a tag (ghcr.io lists them; the distribution API cannot). */
  untagged: string[];
  /** When each digest was pushed or created (ms since the epoch), where known. */
  dates: Map<string, number>;
  /** Said in the summary (e.g. what the registry's API cannot show). */
  notes: string[];
}

export interface PruneRules {
  deleteTags: TagPattern[];
  keepTags: TagPattern[];
  /** The newest N of the tags delete-tags selects are kept. */
  keepNTagged: number;
  /** Only what is older than this is deleted (delete-tags and untagged). */
  olderThanMs?: number;
  untagged: boolean;
  /** Pull requests known to be closed (pr-<n> tags of these are deleted); undefined: rule off. */
  closedPrs?: ReadonlySet<number>;
}

export interface TagDecision {
  tag: string;
  digest: string;
  action: 'delete' | 'keep';
  /** Why, in words for the summary: the rule that selected it, or what kept it. */
  reason: string;
}

export interface Deletion {
  digest: string;
  /** The tags that go with it (none for platform manifests, attestations, untagged ones). */
  tags: string[];
  kind: ManifestInfo['kind'] | 'unknown';
  reason: string;
}

export interface ImagePlan {
  image: string;
  tags: TagDecision[];
  /** In a safe order: what an index refers to before the index, referrers before their subject. */
  deletions: Deletion[];
  /** Layer bytes no remaining manifest refers to once the deletions are done. */
  freedBytes: number;
  notes: string[];
}

/** `pr-123` -> 123 (the tag docker/metadata-action's type=ref,event=pr writes). */
export function prNumberOf(tag: string): number | undefined {
  const match = /^pr-([1-9]\d{0,9})$/.exec(tag);
  return match ? Number(match[1]) : undefined;
}
