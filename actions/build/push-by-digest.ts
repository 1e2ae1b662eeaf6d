// push-by-digest: one platform's image pushed to each name in `images` by digest only (no tags),
// as one leg of a multi-platform image built across runners (merge-manifests makes the index and
// tags it). The input's rules, the `--output` entry it becomes, and its `platform` output.
import { InputError, type Inputs } from '../../packages/action-io/index.js';
import type { ImageName } from '../../packages/image-ref/index.js';
import { formatPlatform, parsePlatform } from '../../packages/platforms/index.js';

/** What push-by-digest depends on among the other inputs. */
export interface DigestPushInputs {
  images: ImageName[];
  tags: string[];
  platforms: string[];
  load: boolean;
  outputs: string[];
}

/**
 * Reads `push-by-digest` and checks it against the inputs it changes: it needs the image names
 * (`images`) and exactly one platform, and it pushes no tags and writes its own output.
 */
export function readPushByDigest(inputs: Inputs, other: DigestPushInputs): boolean {
  if (!inputs.boolean('push-by-digest', false)) return false;
  const why = 'push-by-digest: true pushes one platform by digest to each name in images';
  if (other.images.length === 0)
    throw new InputError('images', `${why}: give the image names (no tags), e.g. ghcr.io/org/app`);
  if (other.tags.length > 0)
    throw new InputError(
      'tags',
      `${why}, without tags (merge-manifests tags the index): leave tags empty and give the names in images`,
    );
  if (other.platforms.length !== 1)
    throw new InputError(
      'platforms',
      `${why}: set platforms to exactly one platform (e.g. linux/arm64), not ${other.platforms.length}`,
    );
  if (other.load) throw new InputError('load', `${why}: it cannot also load the image (load: true)`);
  if (other.outputs.length > 0)
    throw new InputError('outputs', `${why}: it writes its own image output, so outputs must be empty`);
  return true;
}

/** CSV field as buildx reads --output: quoted when it holds a comma or a quote. */
function csvField(field: string): string {
  return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The `--output` entry: an image pushed to every name, by digest only (name@digest). */
export function digestOutput(images: ImageName[]): string {
  const names = images.map((image) => image.name).join(',');
  return [
    'type=image',
    csvField(`name=${names}`),
    'push-by-digest=true',
    'name-canonical=true',
    'push=true',
  ].join(',');
}

/** The `platform` output: the single platform built (`linux/arm64`), '' when not exactly one. */
export function builtPlatform(platforms: string[]): string {
  const parsed = platforms.length === 1 ? parsePlatform(platforms[0]!) : undefined;
  return parsed ? formatPlatform(parsed) : '';
}
