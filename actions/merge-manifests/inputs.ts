// Every input of merge-manifests, read once and checked before any registry is asked: a problem
// is one InputError naming the input and what is allowed. The result holds the plan: which
// digests and tags go to which image.
import { InputError, Inputs } from '../../packages/action-io/index.js';
import { parseImageName, ReferenceError, type ImageName } from '../../packages/image-ref/index.js';
import {
  readCredentialInputs,
  readInsecureRegistries,
  readPlatforms,
  type RegistryCredentialInputs,
} from '../../packages/registry-client/index.js';
import { durationInput } from '../../packages/units/duration.js';
import { parseDigests, repositoryKey } from './digests.js';
import { planMerge, type ImagePlan } from './plan.js';
import { readAnnotations, readTags } from './tags.js';

export interface MergeInputs {
  plans: ImagePlan[];
  annotations: Record<string, string>;
  /** Platforms that must be in the index (empty: whatever the digests hold). */
  platforms: string[];
  credentials: RegistryCredentialInputs;
  insecureRegistries: string[];
  requestTimeoutMs: number;
}

function readImages(inputs: Inputs): ImageName[] {
  const texts = inputs.list('images');
  if (texts.length === 0)
    throw new InputError('images', 'is required (image names without tags, e.g. ghcr.io/org/app)');
  const images = new Map<string, ImageName>();
  for (const text of texts) {
    try {
      const image = parseImageName(text);
      images.set(repositoryKey(image), image);
    } catch (error) {
      if (error instanceof ReferenceError)
        throw new InputError(
          'images',
          `${error.message} (allowed: registry/name, one per line or comma-separated)`,
        );
      throw error;
    }
  }
  return [...images.values()];
}

export async function readInputs(
  env: NodeJS.ProcessEnv = process.env,
  inputs: Inputs = new Inputs(),
): Promise<MergeInputs> {
  const images = readImages(inputs);
  const digests = parseDigests(inputs.raw('digests'));
  const tags = await readTags(inputs, images, env);
  const plans = planMerge(images, digests, tags);
  const annotations = readAnnotations(inputs);
  const platforms = readPlatforms(inputs);
  const credentials = await readCredentialInputs(inputs);
  const insecureRegistries = readInsecureRegistries(inputs);
  const requestTimeoutMs = durationInput(inputs, 'request-timeout', '30s', { min: 100 });
  return { plans, annotations, platforms, credentials, insecureRegistries, requestTimeoutMs };
}
