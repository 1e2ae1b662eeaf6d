// The `images` input: image names without tag or digest, lower-cased (`ghcr.io/Org/Repo/api`
// becomes `ghcr.io/org/repo/api`), duplicates dropped.
import { InputError } from '../action-io/inputs.js';
import { parseImageName, ReferenceError } from '../image-ref/index.js';

export function parseImages(names: string[]): string[] {
  if (names.length === 0)
    throw new InputError('images', 'needs at least one image name (one per line or comma-separated)');
  const images: string[] = [];
  for (const name of names) {
    try {
      const { name: normalised } = parseImageName(name);
      if (!images.includes(normalised)) images.push(normalised);
    } catch (error) {
      if (error instanceof ReferenceError) throw new InputError('images', error.message);
      throw error;
    }
  }
  return images;
}
