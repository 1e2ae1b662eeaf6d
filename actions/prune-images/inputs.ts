// Every input of prune-images, read once and checked before any registry or API is asked: a
// problem is one InputError naming the input and what is allowed, so nothing is deleted.
import { InputError, Inputs } from '../../packages/action-io/index.js';
import { parseImageName, ReferenceError, type ImageName } from '../../packages/image-ref/index.js';
import { readCredentialInputs, type RegistryCredentialInputs } from '../../packages/registry-client/index.js';
import { parseAge } from '../../packages/units/age.js';
import type { PruneRules } from './model.js';
import { parseTagPatterns } from './patterns.js';

export interface PruneInputs {
  images: ImageName[];
  rules: Omit<PruneRules, 'closedPrs'> & { prTagsOfClosedPrs: boolean };
  dryRun: boolean;
  credentials: RegistryCredentialInputs;
  insecureRegistries: string[];
  /** For GitHub's API (ghcr.io packages, pull request states). */
  token: string;
  apiUrl: string;
  /** owner/repo whose pull requests pr-<n> tags name. */
  repository: string;
  /**
   * Tests only: the registry host that stands in for ghcr.io's registry API (the environment
   * variable DPA_TEST_GHCR_REGISTRY); GitHub's Packages API is still asked about ghcr.io images.
   */
  ghcrRegistryOverride?: string;
}

const HOST_RE =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/i;

function readImages(inputs: Inputs): ImageName[] {
  const texts = inputs.list('images');
  if (texts.length === 0)
    throw new InputError('images', 'is required (image names without tag, one per line)');
  const images = new Map<string, ImageName>();
  for (const text of texts) {
    try {
      const image = parseImageName(text);
      images.set(image.name, image);
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      throw new InputError('images', `${error.message} (allowed: registry/name without tag or digest)`);
    }
  }
  return [...images.values()];
}

function readRules(inputs: Inputs): PruneInputs['rules'] {
  const deleteTags = parseTagPatterns(inputs.list('delete-tags'), 'delete-tags');
  const keepTags = parseTagPatterns(inputs.list('keep-tags'), 'keep-tags');
  const keepNTagged = inputs.integer('keep-n-tagged', 0, { min: 0, max: 100_000 });
  const olderThan = inputs.string('older-than');
  const olderThanMs = olderThan ? parseAge(olderThan, 'older-than') : undefined;
  const untagged = inputs.boolean('untagged', false);
  const prTagsOfClosedPrs = inputs.boolean('pr-tags-of-closed-prs', false);
  if (!deleteTags.length && !untagged && !prTagsOfClosedPrs) {
    throw new InputError(
      'delete-tags',
      'is empty and no other rule is on: nothing would be deleted (allowed: tag patterns such as sha-*, or untagged: true, or pr-tags-of-closed-prs: true)',
    );
  }
  return { deleteTags, keepTags, keepNTagged, olderThanMs, untagged, prTagsOfClosedPrs };
}

function readInsecure(inputs: Inputs): string[] {
  const hosts = inputs.list('insecure-registries').map((r) => r.toLowerCase());
  const bad = hosts.find((r) => !HOST_RE.test(r));
  if (bad !== undefined) {
    throw new InputError(
      'insecure-registries',
      `"${bad}" is not a registry host (allowed: host or host:port)`,
    );
  }
  return hosts;
}

export async function readInputs(
  env: NodeJS.ProcessEnv = process.env,
  inputs: Inputs = new Inputs(),
): Promise<PruneInputs> {
  const images = readImages(inputs);
  const rules = readRules(inputs);
  const dryRun = inputs.boolean('dry-run', false);
  const credentials = await readCredentialInputs(inputs);
  const insecureRegistries = readInsecure(inputs);
  const token = inputs.string('token');
  const needsApi = rules.prTagsOfClosedPrs || images.some((i) => i.registry === 'ghcr.io');
  if (needsApi && !token) {
    throw new InputError(
      'token',
      'is required for ghcr.io images and pr-tags-of-closed-prs (e.g. ${{ github.token }})',
    );
  }
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (rules.prTagsOfClosedPrs && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new InputError('pr-tags-of-closed-prs', 'needs GITHUB_REPOSITORY (owner/repo), which is not set');
  }
  return {
    images,
    rules,
    dryRun,
    credentials,
    insecureRegistries,
    token,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository,
    ghcrRegistryOverride: env.DPA_TEST_GHCR_REGISTRY || undefined,
  };
}
