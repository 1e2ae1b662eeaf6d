// Turning the inputs into the entries of the section: digests given by `digests` (or inside a
// reference) are used as they are; the rest are asked of their registries with the project's
// registry client (the same client and credential inputs as wait-for-manifests), a few at a time.
import { ActionError } from '../../packages/action-io/index.js';
import type { ImageReference } from '../../packages/image-ref/index.js';
import type {
  ManifestCheck,
  RegistryClient,
  RegistryCredentialInputs,
} from '../../packages/registry-client/index.js';
import type { ImageEntry } from '../../packages/release-notes/index.js';
import { refKey, type KnownDigest } from './inputs.js';
import { mapLimit } from '../../packages/concurrency/index.js';

export type CheckManifest = (ref: ImageReference) => Promise<ManifestCheck>;

export interface Resolution {
  entries: ImageEntry[];
  /** References asked of a registry. */
  resolved: number;
  /** References found missing in their registry (added to the warning list). */
  foundMissing: string[];
}

// As wait-for-manifests: enough to hide latency, few enough for any registry.
const CONCURRENCY = 16;

function entry(ref: ImageReference, extra: Partial<ImageEntry>): ImageEntry {
  return {
    name: ref.name,
    ...(ref.tag ? { tag: ref.tag } : {}),
    ...(ref.digest ? { digest: ref.digest } : {}),
    ...extra,
  };
}

/**
 * Entries for the section. A registry that refuses us or keeps failing is an error (nothing is
 * written); an image the registry does not have joins the missing list.
 */
export async function resolveEntries(
  images: readonly ImageReference[],
  known: ReadonlyMap<string, KnownDigest>,
  missing: readonly ImageReference[],
  check: CheckManifest | undefined,
): Promise<Resolution> {
  const missingKeys = new Set(missing.map(refKey));
  const wanted = images.filter((ref) => !missingKeys.has(refKey(ref)));
  const toAsk = wanted.filter((ref) => !ref.digest && !known.has(refKey(ref)));
  if (toAsk.length > 0 && !check) throw new Error('a registry client is needed to resolve digests');
  const answers = new Map<string, ManifestCheck>();
  await mapLimit(toAsk, CONCURRENCY, async (ref) => {
    answers.set(refKey(ref), await (check as CheckManifest)(ref));
  });

  const failures: string[] = [];
  const foundMissing: string[] = [];
  const entries: ImageEntry[] = missing.map((ref) => entry(ref, { missing: true }));
  for (const ref of wanted) {
    const given = known.get(refKey(ref));
    if (given) {
      entries.push(
        entry(ref, { digest: given.digest, ...(given.platforms ? { platforms: given.platforms } : {}) }),
      );
      continue;
    }
    const answer = answers.get(refKey(ref));
    if (!answer) {
      entries.push(entry(ref, {})); // name@digest: nothing to ask
      continue;
    }
    switch (answer.status) {
      case 'present':
      case 'platforms-missing':
        entries.push(
          entry(ref, { digest: answer.digest, ...(answer.platforms ? { platforms: answer.platforms } : {}) }),
        );
        break;
      case 'missing':
        foundMissing.push(ref.ref);
        entries.push(entry(ref, { missing: true }));
        break;
      case 'unauthorized':
      case 'error':
        failures.push(`${ref.ref}: ${answer.detail}`);
    }
  }
  if (failures.length > 0) {
    throw new ActionError(
      `could not read ${failures.length} digest(s) from the registry, so the release was not changed:\n  ${failures.join('\n  ')}`,
    );
  }
  return { entries, resolved: toAsk.length, foundMissing };
}

/** The one switch to the registry: a checker backed by packages/registry-client. */
export async function registryChecker(
  opts: {
    credentials: RegistryCredentialInputs;
    insecureRegistries: string[];
    listPlatforms: boolean;
    /** Aborts every check (the action's overall deadline). */
    signal: AbortSignal;
  },
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
): Promise<{ check: CheckManifest; client: RegistryClient }> {
  const { createRegistryClient, loadCredentialStore } =
    await import('../../packages/registry-client/index.js');
  const credentials = await loadCredentialStore(opts.credentials, env);
  const client = createRegistryClient({ credentials, insecureRegistries: opts.insecureRegistries, log });
  const { listPlatforms, signal } = opts;
  return { client, check: (ref) => client.checkManifest(ref, { listPlatforms, signal }) };
}
