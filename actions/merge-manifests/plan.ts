// Which digests and tags belong to which image name: `name@digest` digests to their image, bare
// digests to every image, each tag to the image it names. Pure; every mismatch is an InputError
// naming the input, found before any registry is asked.
import { InputError } from '../../packages/action-io/index.js';
import type { ImageName, ImageReference } from '../../packages/image-ref/index.js';
import { repositoryKey, type DigestEntry } from './digests.js';

export interface ImagePlan {
  image: ImageName;
  digests: DigestEntry[];
  /** Tag names (without the image name), in the order given. */
  tags: string[];
}

export function planMerge(images: ImageName[], digests: DigestEntry[], tags: ImageReference[]): ImagePlan[] {
  const names = new Set(images.map(repositoryKey));
  const listed = images.map((i) => i.name).join(', ');
  const strayDigest = digests.find((d) => d.image !== undefined && !names.has(d.image));
  if (strayDigest) {
    throw new InputError(
      'digests',
      `${strayDigest.image}@${strayDigest.digest} names an image that is not in images (${listed})`,
    );
  }
  const strayTag = tags.find((t) => !names.has(repositoryKey(t)));
  if (strayTag) {
    throw new InputError('tags', `${strayTag.ref} names an image that is not in images (${listed})`);
  }
  return images.map((image) => {
    const own = digests.filter((d) => d.image === undefined || d.image === repositoryKey(image));
    if (own.length === 0) {
      throw new InputError(
        'digests',
        `no digest for ${image.name} (give bare sha256:<hex> or ${image.name}@sha256:<hex>)`,
      );
    }
    const imageTags = [
      ...new Set(tags.filter((t) => repositoryKey(t) === repositoryKey(image)).map((t) => t.tag!)),
    ];
    if (imageTags.length === 0) throw new InputError('tags', `no tag for ${image.name}`);
    return { image, digests: own, tags: imageTags };
  });
}
