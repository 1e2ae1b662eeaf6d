// Pushing each image's index under every tag through the registry API, then verifying: every tag
// resolves to the index digest and the index read back (by digest, content checked) offers every
// expected platform. All requests of a phase go out at once: a phase costs one round trip.
import { ActionError } from '../../packages/action-io/index.js';
import { missingPlatforms } from '../../packages/platforms/index.js';
import {
  fetchManifest,
  putManifest,
  resolveTag,
  type RegistryClient,
} from '../../packages/registry-client/index.js';
import { descriptorsOf, isAttestation, type BuiltIndex } from './oci-index.js';
import type { ImagePlan } from './plan.js';

export interface Merged {
  plan: ImagePlan;
  index: BuiltIndex;
}

/** PUTs the index under each tag of each image; the registry must give it the digest we computed. */
export async function pushAll(
  client: RegistryClient,
  merged: Merged[],
  log: (line: string) => void,
): Promise<void> {
  await Promise.all(
    merged.flatMap(({ plan, index }) =>
      plan.tags.map(async (tag) => {
        const digest = await putManifest(client, plan.image, tag, index);
        if (digest !== index.digest)
          throw new ActionError(
            `${plan.image.name}:${tag}: the registry stored the index as ${digest}, not ${index.digest}`,
          );
        log(`pushed ${plan.image.name}:${tag} -> ${digest}`);
      }),
    ),
  );
}

/** What is wrong with the index as the registry now holds it ('' when nothing). */
async function checkIndex(
  client: RegistryClient,
  { plan, index }: Merged,
  platforms: string[],
): Promise<string> {
  const stored = await fetchManifest(client, plan.image, index.digest);
  if (stored.status !== 'found') return `${plan.image.name}@${index.digest} is ${stored.status}`;
  const offered = descriptorsOf({ ...stored, digest: index.digest })
    .filter((d) => d.platform && !isAttestation(d))
    .map((d) => d.platform!);
  const missing = missingPlatforms(platforms.length ? platforms : index.platforms, offered);
  return missing.length ? `${plan.image.name}@${index.digest} lacks ${missing.join(', ')}` : '';
}

/** Every tag resolves to the index digest; the index offers `platforms` (else all it was built with). */
export async function verifyAll(
  client: RegistryClient,
  merged: Merged[],
  platforms: string[],
): Promise<void> {
  const checks = merged.flatMap((m) => [
    checkIndex(client, m, platforms),
    ...m.plan.tags.map(async (tag) => {
      const digest = await resolveTag(client, m.plan.image, tag);
      return digest === m.index.digest
        ? ''
        : `${m.plan.image.name}:${tag} resolves to ${digest ?? 'nothing'}`;
    }),
  ]);
  const problems = (await Promise.all(checks)).filter(Boolean);
  if (problems.length)
    throw new ActionError(`verification after the push failed:\n  ${problems.join('\n  ')}`);
}
