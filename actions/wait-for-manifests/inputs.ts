// Every input of wait-for-manifests, read once and checked before anything is asked of a
// registry: a problem is one InputError naming the input and what is allowed.
import { InputError, Inputs } from '../../packages/action-io/index.js';
import { parseReference, ReferenceError, type ImageReference } from '../../packages/image-ref/index.js';
import {
  readCredentialInputs,
  readInsecureRegistries,
  readPlatforms,
  type RegistryCredentialInputs,
} from '../../packages/registry-client/index.js';
import { durationInput, formatDuration } from '../../packages/units/duration.js';

export interface WantedImage {
  /** As the user wrote it: the key of the `digests` output and the text of `found`/`missing`. */
  text: string;
  ref: ImageReference;
}

export interface WaitInputs {
  images: WantedImage[];
  /** 0: check each reference once, without waiting. */
  timeoutMs: number;
  intervalMs: number;
  maxIntervalMs: number;
  requestTimeoutMs: number;
  concurrency: number;
  platforms: string[];
  failOnMissing: boolean;
  credentials: RegistryCredentialInputs;
  insecureRegistries: string[];
}

export const MAX_CONCURRENCY = 256;

function readImages(inputs: Inputs): WantedImage[] {
  const texts = inputs.list('images');
  if (texts.length === 0)
    throw new InputError('images', 'is required (full references, one per line or comma-separated)');
  const problems: string[] = [];
  const seen = new Set<string>();
  const images: WantedImage[] = [];
  for (const text of texts) {
    try {
      const ref = parseReference(text);
      if (seen.has(ref.ref)) continue; // the same image written twice is asked once
      seen.add(ref.ref);
      images.push({ text, ref });
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) {
    throw new InputError(
      'images',
      `${problems.join('; ')} (allowed: registry/name:tag or registry/name@sha256:<64 hex>, one per line or comma-separated)`,
    );
  }
  return images;
}

export { readPlatforms };

export async function readInputs(
  _env: NodeJS.ProcessEnv = process.env,
  inputs: Inputs = new Inputs(),
): Promise<WaitInputs> {
  const images = readImages(inputs);
  const timeoutMs = durationInput(inputs, 'timeout', '15m');
  const intervalMs = durationInput(inputs, 'interval', '5s', { min: 100 });
  const maxIntervalMs = durationInput(inputs, 'max-interval', '30s', { min: 100 });
  if (maxIntervalMs < intervalMs) {
    throw new InputError(
      'max-interval',
      `${formatDuration(maxIntervalMs)} is shorter than interval (${formatDuration(intervalMs)}); allowed: at least the interval`,
    );
  }
  const requestTimeoutMs = durationInput(inputs, 'request-timeout', '10s', { min: 100 });
  const concurrency = inputs.integer('concurrency', 16, { min: 1, max: MAX_CONCURRENCY });
  const platforms = readPlatforms(inputs);
  const failOnMissing = inputs.boolean('fail-on-missing', true);
  const credentials = await readCredentialInputs(inputs);
  const insecureRegistries = readInsecureRegistries(inputs);
  return {
    images,
    timeoutMs,
    intervalMs,
    maxIntervalMs,
    requestTimeoutMs,
    concurrency,
    platforms,
    failOnMissing,
    credentials,
    insecureRegistries,
  };
}
