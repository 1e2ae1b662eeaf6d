// Image manifests and indexes as a registry returns them: their kind and the platforms they hold.
import { isValidDigest } from '../image-ref/index.js';
import type { Platform } from '../platforms/index.js';

export {
  formatPlatform,
  missingPlatforms,
  parsePlatform,
  platformMatches,
  type Platform,
} from '../platforms/index.js';

export const INDEX_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

interface Descriptor {
  mediaType?: string;
  digest?: string;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface ParsedManifest {
  kind: 'index' | 'manifest';
  mediaType: string;
  /** For an index: the platforms of its image entries, attestation manifests left out. */
  platforms: Platform[];
  /** For a single manifest: its config blob, which holds the platform. */
  configDigest?: string;
}

/** Attestation manifests (buildx provenance/SBOM) appear as `unknown/unknown` with an annotation. */
function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown')
  );
}

/** What a platform field or media type may hold: registry text is printed and output, so no more. */
const PLATFORM_FIELD = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const MEDIA_TYPE = /^[A-Za-z0-9][\w.+-]{0,126}\/[A-Za-z0-9][\w.+-]{0,126}$/;

/** A media type as the registry sent it, or '' when it is not one. */
export function safeMediaType(text: string | null | undefined): string {
  const value = (text ?? '').split(';')[0].trim();
  return MEDIA_TYPE.test(value) ? value : '';
}

/** A platform from registry data, or undefined when a field is missing or malformed. */
function safePlatform(p: Partial<Platform> | undefined): Platform | undefined {
  if (!p || typeof p.os !== 'string' || typeof p.architecture !== 'string') return undefined;
  if (!PLATFORM_FIELD.test(p.os) || !PLATFORM_FIELD.test(p.architecture)) return undefined;
  if (
    p.variant !== undefined &&
    p.variant !== '' &&
    (typeof p.variant !== 'string' || !PLATFORM_FIELD.test(p.variant))
  )
    return undefined;
  return { os: p.os, architecture: p.architecture, ...(p.variant ? { variant: p.variant } : {}) };
}

export function parseManifest(body: Buffer, contentType: string | null): ParsedManifest {
  const data = JSON.parse(body.toString('utf8')) as {
    mediaType?: string;
    manifests?: Descriptor[];
    config?: Descriptor;
  };
  const mediaType = safeMediaType(typeof data.mediaType === 'string' ? data.mediaType : contentType);
  if (Array.isArray(data.manifests)) {
    const platforms = data.manifests
      .filter((d) => d.platform?.os && d.platform.architecture && !isAttestation(d))
      .map((d) => safePlatform(d.platform))
      .filter((p): p is Platform => p !== undefined);
    return { kind: 'index', mediaType, platforms };
  }
  const configDigest = data.config?.digest;
  return {
    kind: 'manifest',
    mediaType,
    platforms: [],
    configDigest: typeof configDigest === 'string' && isValidDigest(configDigest) ? configDigest : undefined,
  };
}

/** The platform in an image config blob (`os`, `architecture`, `variant`). */
export function platformOfConfig(body: Buffer): Platform | undefined {
  return safePlatform(JSON.parse(body.toString('utf8')) as Partial<Platform>);
}
