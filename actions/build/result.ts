// What a finished build produced, read from buildx's metadata and iid files.
//
// Digest semantics: `containerimage.digest` is the digest of what was exported: with push, the
// manifest (or, for several platforms or with attestations, the index) now in the registry, equal
// to its Docker-Content-Digest. With only load (docker exporter) it is the image's digest in the
// local store, which a later `docker push` may change (compression is redone), so image-refs are
// written only for pushed builds. With neither push nor load, the docker driver still stores the
// image in the engine (a digest, local only); other drivers keep the result in the build cache
// only, and the digest is empty.
import { existsSync, readFileSync } from 'node:fs';
import type { ImageName } from '../../packages/image-ref/index.js';

export interface BuildResult {
  digest: string;
  imageId: string;
  metadata: Record<string, unknown>;
  imageRefs: string[];
}

export function readBuildResult(
  files: { metadataFile: string; iidFile: string },
  images: ImageName[],
  pushed: boolean,
): BuildResult {
  let metadata: Record<string, unknown> = {};
  if (existsSync(files.metadataFile)) {
    const text = readFileSync(files.metadataFile, 'utf8').trim();
    if (text) metadata = JSON.parse(text) as Record<string, unknown>;
  }
  const digest =
    typeof metadata['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : '';
  const iid = existsSync(files.iidFile) ? readFileSync(files.iidFile, 'utf8').trim() : '';
  const configDigest = metadata['containerimage.config.digest'];
  const imageId = iid || (typeof configDigest === 'string' ? configDigest : '');
  const imageRefs = pushed && digest ? images.map((image) => `${image.name}@${digest}`) : [];
  return { digest, imageId, metadata, imageRefs };
}
