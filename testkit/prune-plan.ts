// Inventories for prune-images' plan (unit tests and the bench): images described in a few
// words (tags, platforms, attestations, dates) become the Inventory the plan reads.
import { createHash } from 'node:crypto';
import type { Inventory, ManifestInfo, PruneRules } from '../actions/prune-images/model.js';
import { parseTagPatterns } from '../actions/prune-images/patterns.js';

export const digestOf = (seed: string): string => `sha256:${createHash('sha256').update(seed).digest('hex')}`;
export const DAY = 86_400_000;
export const NOW = Date.parse('2026-12-01T00:00:00Z');

export interface ImageSpec {
  /** A name for the image's content (same name, same digests). */
  name: string;
  tags?: string[];
  /** Platforms: an index with one image manifest each; none: a single image manifest. */
  platforms?: string[];
  /** buildx-style attestation manifests in the index, one per platform. */
  attest?: boolean;
  /** Days before NOW. */
  ageDays?: number;
  /** Layers named here are shared with every image naming them. */
  sharedLayers?: string[];
  /** Bytes of the image's own layer (default 1000). */
  size?: number;
  /** OCI subject: the image (by name) this one is about. */
  subjectOf?: string;
}

/** The digest of an image spec's top manifest. */
export const topDigest = (name: string): string => digestOf(`top:${name}`);

function imageManifest(spec: ImageSpec, platform: string): ManifestInfo {
  const layers = [
    { digest: digestOf(`layer:${spec.name}:${platform}`), size: spec.size ?? 1000 },
    ...(spec.sharedLayers ?? []).map((l) => ({ digest: digestOf(`shared:${l}`), size: 500 })),
  ];
  return { digest: digestOf(`image:${spec.name}:${platform}`), kind: 'image', children: [], layers };
}

/** The manifests of one image spec, its top manifest first. */
export function manifestsOf(spec: ImageSpec): ManifestInfo[] {
  const subject = spec.subjectOf ? { subject: topDigest(spec.subjectOf) } : {};
  if (!spec.platforms?.length)
    return [{ ...imageManifest(spec, 'single'), digest: topDigest(spec.name), ...subject }];
  const images = spec.platforms.map((p) => imageManifest(spec, p));
  const attestations: ManifestInfo[] = spec.attest
    ? images.map((m) => ({
        digest: digestOf(`attestation:${m.digest}`),
        kind: 'attestation',
        children: [],
        subject: m.digest,
        layers: [{ digest: digestOf(`provenance:${m.digest}`), size: 100 }],
      }))
    : [];
  const children = [...images, ...attestations].map((m) => m.digest);
  return [
    { digest: topDigest(spec.name), kind: 'index', children, layers: [], ...subject },
    ...images,
    ...attestations,
  ];
}

/** An inventory of these images; `untagged` images are listed as untagged (as on ghcr.io). */
export function inventoryOf(specs: ImageSpec[], opts: { listUntagged?: boolean } = {}): Inventory {
  const manifests = new Map<string, ManifestInfo>();
  const dates = new Map<string, number>();
  const tags: Inventory['tags'] = [];
  for (const spec of specs) {
    const all = manifestsOf(spec);
    for (const m of all) manifests.set(m.digest, m);
    if (spec.ageDays !== undefined) for (const m of all) dates.set(m.digest, NOW - spec.ageDays * DAY);
    for (const tag of spec.tags ?? []) tags.push({ tag, digest: all[0].digest });
  }
  const tagged = new Set(tags.map((t) => t.digest));
  const untagged = opts.listUntagged ? [...manifests.keys()].filter((d) => !tagged.has(d)) : [];
  return { image: 'registry.test/app', tags, manifests, untagged, dates, notes: [] };
}

/** Rules from input-like text. */
export function rulesOf(r: {
  delete?: string[];
  keep?: string[];
  keepN?: number;
  olderThanDays?: number;
  untagged?: boolean;
  closedPrs?: number[];
}): PruneRules {
  return {
    deleteTags: parseTagPatterns(r.delete ?? [], 'delete-tags'),
    keepTags: parseTagPatterns(r.keep ?? [], 'keep-tags'),
    keepNTagged: r.keepN ?? 0,
    olderThanMs: r.olderThanDays === undefined ? undefined : r.olderThanDays * DAY,
    untagged: r.untagged ?? false,
    closedPrs: r.closedPrs ? new Set(r.closedPrs) : undefined,
  };
}
