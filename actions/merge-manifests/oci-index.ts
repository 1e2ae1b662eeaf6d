// Building the OCI image index from the per-platform sources read from one repository: an image
// manifest becomes one entry (its platform from its config), an index gives its entries (image
// manifests and buildx's attestation manifests with their vnd.docker.reference.* annotations).
// Checks before anything is pushed: no platform twice, each JSON-keyed platform where it was said
// to be, every wanted platform present. Pure: the registry reads are in ./sources.ts.
import { sha256Of } from '../../packages/registry-client/index.js';
import {
  formatPlatform,
  missingPlatforms,
  parsePlatform,
  platformMatches,
  type Platform,
} from '../../packages/platforms/index.js';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const INDEX_TYPES = new Set([OCI_INDEX, 'application/vnd.docker.distribution.manifest.list.v2+json']);

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform & { 'os.version'?: string; 'os.features'?: string[] };
  annotations?: Record<string, string>;
  artifactType?: string;
}

/** One digest of the `digests` input as its repository holds it. */
export interface Source {
  digest: string;
  mediaType: string;
  body: Buffer;
  /** For an image manifest: its config's platform (read from the config blob). */
  platform?: Descriptor['platform'];
  /** The platform the input said it holds. */
  expected?: string;
}

export interface BuiltIndex {
  mediaType: string;
  body: Buffer;
  digest: string;
  /** The platforms of its image entries, in order (attestations left out). */
  platforms: string[];
  descriptors: Descriptor[];
}

/** A problem found in what the digests hold (a duplicate or unexpected platform). */
export class MergeError extends Error {
  override name = 'MergeError';
  constructor(
    readonly input: 'digests' | 'platforms',
    message: string,
  ) {
    super(message);
  }
}

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_TYPES.has(mediaType);
}

/** buildx's attestation manifests: annotated, and listed as `unknown/unknown`. */
export function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown')
  );
}

/** The fields an index entry may carry, from registry JSON (anything else is dropped). */
function cleanDescriptor(raw: Record<string, unknown>): Descriptor {
  const { mediaType, digest, size, platform, annotations, artifactType } = raw;
  if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number')
    throw new MergeError(
      'digests',
      `an index entry lacks mediaType, digest or size: ${JSON.stringify(raw).slice(0, 200)}`,
    );
  return {
    mediaType,
    digest,
    size,
    ...(platform && typeof platform === 'object' ? { platform: platform as Descriptor['platform'] } : {}),
    ...(annotations && typeof annotations === 'object'
      ? { annotations: annotations as Record<string, string> }
      : {}),
    ...(typeof artifactType === 'string' ? { artifactType } : {}),
  };
}

/** The index entries one source gives: itself (an image) or its own entries (an index). */
export function descriptorsOf(source: Source): Descriptor[] {
  if (isIndexMediaType(source.mediaType)) {
    const data = JSON.parse(source.body.toString('utf8')) as { manifests?: unknown };
    const entries = Array.isArray(data.manifests) ? data.manifests : [];
    return entries.map((e) => cleanDescriptor(e as Record<string, unknown>));
  }
  if (!source.platform) throw new MergeError('digests', `${source.digest}: its config names no platform`);
  return [
    {
      mediaType: source.mediaType,
      digest: source.digest,
      size: source.body.length,
      platform: source.platform,
    },
  ];
}

function checkExpected(source: Source, images: Descriptor[]): void {
  if (!source.expected) return;
  const wanted = parsePlatform(source.expected)!;
  const offered = images.map((d) => d.platform!);
  if (offered.some((p) => platformMatches(wanted, p))) return;
  throw new MergeError(
    'digests',
    `${source.digest} was given as ${source.expected} but holds ${offered.map(formatPlatform).join(', ') || 'no platform'}`,
  );
}

/** Builds the index; throws MergeError for a duplicate, misplaced or missing platform. */
export function buildIndex(
  sources: Source[],
  opts: { platforms: string[]; annotations: Record<string, string> },
): BuiltIndex {
  const images: Descriptor[] = [];
  const attestations: Descriptor[] = [];
  const platformOwner = new Map<string, string>();
  const seen = new Set<string>();
  for (const source of sources) {
    // The same entry twice (a digest given as itself and inside its index) is kept once; an
    // attestation is the same only for the same subject.
    const key = (d: Descriptor) => `${d.digest} ${d.annotations?.['vnd.docker.reference.digest'] ?? ''}`;
    const entries = descriptorsOf(source).filter((d) => !seen.has(key(d)));
    entries.forEach((d) => seen.add(key(d)));
    const own = entries.filter((d) => !isAttestation(d) && d.platform);
    checkExpected(source, own);
    for (const d of own) {
      const platform = formatPlatform(d.platform!);
      const owner = platformOwner.get(platform);
      if (owner)
        throw new MergeError('digests', `the platform ${platform} is in both ${owner} and ${source.digest}`);
      platformOwner.set(platform, source.digest);
    }
    images.push(...own);
    attestations.push(...entries.filter((d) => isAttestation(d) || !d.platform));
  }
  const platforms = images.map((d) => formatPlatform(d.platform!));
  const missing = missingPlatforms(
    opts.platforms,
    images.map((d) => d.platform!),
  );
  if (missing.length)
    throw new MergeError(
      'platforms',
      `${missing.join(', ')} not in the digests (they hold ${platforms.join(', ') || 'none'})`,
    );
  const descriptors = [...images, ...attestations];
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: descriptors,
    ...(Object.keys(opts.annotations).length ? { annotations: opts.annotations } : {}),
  };
  const body = Buffer.from(JSON.stringify(index));
  return { mediaType: OCI_INDEX, body, digest: sha256Of(body), platforms, descriptors };
}
