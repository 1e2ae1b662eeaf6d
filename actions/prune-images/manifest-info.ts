// Reads a manifest body into what the plan needs: an index's entries (and which are buildx
// attestations, and of what), an image's layers, its OCI `subject`, its config blob and
// `org.opencontainers.image.created` annotation. Registry text is checked: only valid digests
// and whole, non-negative sizes are kept.
import { isValidDigest } from '../../packages/image-ref/index.js';
import type { ManifestInfo } from './model.js';

interface Descriptor {
  digest?: unknown;
  size?: unknown;
  annotations?: Record<string, unknown>;
}

interface ManifestJson {
  manifests?: Descriptor[];
  layers?: Descriptor[];
  config?: Descriptor;
  subject?: Descriptor;
  annotations?: Record<string, unknown>;
}

export interface ParsedManifestInfo {
  info: ManifestInfo;
  /** An image's config blob (holds `created`). */
  configDigest?: string;
  /** From the `org.opencontainers.image.created` annotation, ms since the epoch. */
  created?: number;
  /** An index's attestation entries: attestation digest -> the platform manifest it is about. */
  attestations: Map<string, string>;
}

const digestOf = (d: Descriptor | undefined): string | undefined =>
  typeof d?.digest === 'string' && isValidDigest(d.digest) ? d.digest : undefined;

/** A date from registry text (RFC 3339), or undefined. */
export function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

function attestationEntries(entries: Descriptor[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of entries) {
    const annotations = entry.annotations ?? {};
    const about = annotations['vnd.docker.reference.digest'];
    const digest = digestOf(entry);
    if (
      digest &&
      annotations['vnd.docker.reference.type'] === 'attestation-manifest' &&
      typeof about === 'string' &&
      isValidDigest(about)
    )
      found.set(digest, about);
  }
  return found;
}

/** Throws SyntaxError for a body that is not JSON. */
export function parseManifestInfo(digest: string, body: Buffer): ParsedManifestInfo {
  const data = JSON.parse(body.toString('utf8')) as ManifestJson;
  const created = parseDate(data.annotations?.['org.opencontainers.image.created']);
  const subject = digestOf(data.subject);
  if (Array.isArray(data.manifests)) {
    const children = data.manifests.map(digestOf).filter((d): d is string => d !== undefined);
    const info: ManifestInfo = {
      digest,
      kind: 'index',
      children,
      layers: [],
      ...(subject ? { subject } : {}),
    };
    return { info, created, attestations: attestationEntries(data.manifests) };
  }
  const layers = (Array.isArray(data.layers) ? data.layers : [])
    .map((l) => ({ digest: digestOf(l), size: l.size }))
    .filter(
      (l): l is { digest: string; size: number } =>
        l.digest !== undefined && Number.isSafeInteger(l.size) && (l.size as number) >= 0,
    );
  const info: ManifestInfo = { digest, kind: 'image', children: [], layers, ...(subject ? { subject } : {}) };
  return { info, configDigest: digestOf(data.config), created, attestations: new Map() };
}

/** cosign's tag scheme: `sha256-<hex>.sig|.att|.sbom` is about `sha256:<hex>`. */
export function cosignSubject(tag: string): string | undefined {
  const match = /^sha256-([a-f0-9]{64})\.(sig|att|sbom)$/.exec(tag);
  return match ? `sha256:${match[1]}` : undefined;
}
