// Image manifests and indexes as a registry returns them: their kind and the platforms they hold.
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

export function parseManifest(body: Buffer, contentType: string | null): ParsedManifest {
  const data = JSON.parse(body.toString('utf8')) as {
    mediaType?: string;
    manifests?: Descriptor[];
    config?: Descriptor;
  };
  const mediaType = data.mediaType ?? contentType?.split(';')[0].trim() ?? '';
  if (Array.isArray(data.manifests)) {
    const platforms = data.manifests
      .filter((d) => d.platform?.os && d.platform.architecture && !isAttestation(d))
      .map((d) => ({
        os: d.platform!.os!,
        architecture: d.platform!.architecture!,
        ...(d.platform!.variant ? { variant: d.platform!.variant } : {}),
      }));
    return { kind: 'index', mediaType, platforms };
  }
  return { kind: 'manifest', mediaType, platforms: [], configDigest: data.config?.digest };
}

/** The platform in an image config blob (`os`, `architecture`, `variant`). */
export function platformOfConfig(body: Buffer): Platform | undefined {
  const data = JSON.parse(body.toString('utf8')) as Partial<Platform>;
  if (!data.os || !data.architecture) return undefined;
  return { os: data.os, architecture: data.architecture, ...(data.variant ? { variant: data.variant } : {}) };
}
