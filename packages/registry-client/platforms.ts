// Platforms (`os/architecture[/variant]`) as written in inputs and as found in image indexes.
// Matching follows containerd's normalisation where it matters for real indexes: arm64 without a
// variant is v8, arm without a variant is v7, and a wanted platform without a variant accepts any.

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const PLATFORM_RE = /^([a-z0-9_-]+)\/([a-z0-9_-]+)(?:\/([a-z0-9_.-]+))?$/;
const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
};
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', arm: 'v7' };

/** `linux/arm64/v8` -> {os, architecture, variant}; undefined when malformed. */
export function parsePlatform(text: string): Platform | undefined {
  const m = PLATFORM_RE.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  return { os: m[1], architecture: m[2], ...(m[3] ? { variant: m[3] } : {}) };
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

function normalize(p: Platform): Platform {
  const architecture = ARCH_ALIASES[p.architecture] ?? p.architecture;
  return { os: p.os, architecture, variant: p.variant ?? DEFAULT_VARIANT[architecture] };
}

/** Does an index entry's platform satisfy a wanted one? */
export function platformMatches(wanted: Platform, offered: Platform): boolean {
  const w = normalize(wanted);
  const o = normalize(offered);
  if (w.os !== o.os || w.architecture !== o.architecture) return false;
  return wanted.variant === undefined || w.variant === o.variant;
}

/** The wanted platforms (as written) that none of the offered ones satisfies. */
export function missingPlatforms(wanted: string[], offered: Platform[]): string[] {
  return wanted.filter((text) => {
    const w = parsePlatform(text);
    return !w || !offered.some((o) => platformMatches(w, o));
  });
}

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
