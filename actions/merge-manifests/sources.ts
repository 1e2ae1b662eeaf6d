// Reads what each image's `digests` are in that image's repository: the manifest (content checked
// against its digest) and, for an image manifest, its config's platform. Every repository is read
// before anything is pushed; a digest missing (or refused) anywhere fails the whole merge, naming
// each image and digest.
import { ActionError } from '../../packages/action-io/index.js';
import type { ImageName } from '../../packages/image-ref/index.js';
import {
  fetchBlob,
  fetchManifest,
  type Fetched,
  type RegistryClient,
} from '../../packages/registry-client/index.js';
import { isIndexMediaType, type Descriptor, type Source } from './oci-index.js';
import type { ImagePlan } from './plan.js';

type Problem = { image: string; digest: string; detail: string };

/** The platform fields of an image config (`os`, `architecture`, `variant`, `os.version`, `os.features`). */
export function platformOfConfigJson(body: Buffer): Descriptor['platform'] | undefined {
  const config = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  const text = (key: string) =>
    typeof config[key] === 'string' && config[key] ? (config[key] as string) : undefined;
  const os = text('os');
  const architecture = text('architecture');
  if (!os || !architecture) return undefined;
  const variant = text('variant');
  const osVersion = text('os.version');
  const features = Array.isArray(config['os.features']) ? (config['os.features'] as string[]) : undefined;
  return {
    os,
    architecture,
    ...(variant ? { variant } : {}),
    ...(osVersion ? { 'os.version': osVersion } : {}),
    ...(features?.length ? { 'os.features': features } : {}),
  };
}

function configDigestOf(body: Buffer): string | undefined {
  const digest = (JSON.parse(body.toString('utf8')) as { config?: { digest?: unknown } }).config?.digest;
  return typeof digest === 'string' ? digest : undefined;
}

const absent = (f: Exclude<Fetched, { status: 'found' }>) =>
  f.status === 'missing' ? 'not in the repository' : `refused: ${f.detail}`;

async function readSource(
  client: RegistryClient,
  image: ImageName,
  digest: string,
  expected: string | undefined,
): Promise<Source | string> {
  const manifest = await fetchManifest(client, image, digest);
  if (manifest.status !== 'found') return absent(manifest);
  const source: Source = { digest, mediaType: manifest.mediaType, body: manifest.body, expected };
  if (isIndexMediaType(manifest.mediaType)) return source;
  const configDigest = configDigestOf(manifest.body);
  if (!configDigest) return 'an image manifest without a config';
  const config = await fetchBlob(client, image, configDigest);
  if (config.status !== 'found') return `its config ${configDigest} is ${absent(config)}`;
  return { ...source, platform: platformOfConfigJson(config.body) };
}

/** The sources of every plan, in the plans' order; throws ActionError listing every digest missing. */
export async function readAllSources(client: RegistryClient, plans: ImagePlan[]): Promise<Source[][]> {
  const problems: Problem[] = [];
  const all = await Promise.all(
    plans.map((plan) =>
      Promise.all(
        plan.digests.map(async (entry) => {
          const read = await readSource(client, plan.image, entry.digest, entry.platform);
          if (typeof read === 'string')
            problems.push({ image: plan.image.name, digest: entry.digest, detail: read });
          return read;
        }),
      ),
    ),
  );
  if (problems.length) {
    const lines = problems.map((p) => `  ${p.image}@${p.digest}: ${p.detail}`);
    throw new ActionError(
      `${problems.length} digest(s) cannot be merged; nothing was pushed:\n${lines.join('\n')}`,
    );
  }
  return all as Source[][];
}
