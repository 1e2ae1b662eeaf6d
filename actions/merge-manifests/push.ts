// Pushing each image's index under every tag through the registry API, then verifying: every tag
// resolves to the index digest and the index (read back) offers every expected platform.
import { ActionError } from '../../packages/action-io/index.js';
import { parseReference } from '../../packages/image-ref/index.js';
import { putManifest, resolveTag, type RegistryClient } from '../../packages/registry-client/index.js';
import type { BuiltIndex } from './oci-index.js';
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

/** Every tag resolves to the index digest; the index offers `platforms` (else all it was built with). */
export async function verifyAll(
  client: RegistryClient,
  merged: Merged[],
  platforms: string[],
): Promise<void> {
  const problems: string[] = [];
  await Promise.all(
    merged.map(async ({ plan, index }) => {
      const wanted = platforms.length ? platforms : index.platforms;
      const ref = parseReference(`${plan.image.name}@${index.digest}`);
      const check = await client.checkManifest(ref, { platforms: wanted });
      if (check.status !== 'present') problems.push(`${ref.ref}: ${describeCheck(check)}`);
      for (const tag of plan.tags) {
        const digest = await resolveTag(client, plan.image, tag);
        if (digest !== index.digest)
          problems.push(`${plan.image.name}:${tag} resolves to ${digest ?? 'nothing'}`);
      }
    }),
  );
  if (problems.length)
    throw new ActionError(`verification after the push failed:\n  ${problems.join('\n  ')}`);
}

function describeCheck(check: Awaited<ReturnType<RegistryClient['checkManifest']>>): string {
  switch (check.status) {
    case 'platforms-missing':
      return `lacks ${check.missing.join(', ')}`;
    case 'unauthorized':
    case 'error':
      return check.detail;
    default:
      return check.status;
  }
}
