// Gathers an image's Inventory before any rule is applied: through the distribution API (tags
// list, each tag's manifest and what it holds) or, on ghcr.io, from the package's versions
// (every manifest, tagged or not, with its dates) plus each version's manifest from the registry.
import { isValidTag, type ImageName } from '../../packages/image-ref/index.js';
import {
  getJsonBlob,
  getManifest,
  listTags,
  type RegistryClient,
} from '../../packages/registry-client/index.js';
import { mapLimit } from '../../packages/concurrency/index.js';
import type { GhcrPackage } from './ghcr.js';
import { cosignSubject } from './manifest-info.js';
import { ManifestTree, type ManifestSource } from './manifest-tree.js';
import type { Inventory } from './model.js';

export const DISTRIBUTION_NOTE =
  'the distribution API lists tags only: untagged manifests are found only as parts (platform manifests, attestations) of the images read here';

/** The registry requests of one repository, as a ManifestSource. */
export function registrySource(client: RegistryClient, image: ImageName): ManifestSource {
  const ref = { ...image, ref: image.name };
  return {
    manifest: (reference) => getManifest(client, ref, reference),
    jsonBlob: (digest) => getJsonBlob(client, ref, digest),
  };
}

/** cosign's `sha256-<hex>.sig` tags say what they are about: recorded as the manifest's subject. */
function markCosignTags(tree: ManifestTree, tags: Inventory['tags']): void {
  for (const { tag, digest } of tags) {
    const subject = cosignSubject(tag);
    const info = tree.manifests.get(digest);
    if (subject && info && !info.subject) info.subject = subject;
  }
}

/** Through the distribution API; `wantsDate(tag)`: read that tag's creation date. */
export async function registryInventory(
  client: RegistryClient,
  image: ImageName,
  shown: string,
  wantsDate: (tag: string) => boolean,
): Promise<Inventory> {
  // Registry text reaches logs and outputs: a tag that is not one (a hostile registry) is left out.
  const names = (await listTags(client, { ...image, ref: image.name })).filter(isValidTag);
  const tree = new ManifestTree(registrySource(client, image));
  const digests = await tree.addAll(names);
  const tags = names
    .map((tag, i) => ({ tag, digest: digests[i] }))
    .filter((t): t is { tag: string; digest: string } => t.digest !== undefined);
  markCosignTags(tree, tags);
  const dates = new Map<string, number>();
  const dated = [...new Set(tags.filter((t) => wantsDate(t.tag)).map((t) => t.digest))];
  await mapLimit(dated, 8, async (digest) => {
    const date = await tree.dateOf(digest);
    if (date !== undefined) dates.set(digest, date);
  });
  return { image: shown, tags, manifests: tree.manifests, untagged: [], dates, notes: [DISTRIBUTION_NOTE] };
}

/** ghcr.io: versions from GitHub's Packages API, manifests from the registry. */
export async function ghcrInventory(
  pkg: GhcrPackage,
  client: RegistryClient,
  registryImage: ImageName,
  shown: string,
): Promise<Inventory> {
  const versions = await pkg.versions();
  const tree = new ManifestTree(registrySource(client, registryImage));
  await tree.addAll(versions.map((v) => v.digest));
  const tags = versions.flatMap((v) => v.tags.map((tag) => ({ tag, digest: v.digest })));
  markCosignTags(tree, tags);
  const dates = new Map<string, number>();
  for (const v of versions) if (v.date !== undefined) dates.set(v.digest, v.date);
  return {
    image: shown,
    tags: tags.sort((a, b) => a.tag.localeCompare(b.tag)),
    manifests: tree.manifests,
    untagged: versions.filter((v) => v.tags.length === 0).map((v) => v.digest),
    dates,
    notes: versions.length
      ? []
      : ['GitHub lists no version of this package (it does not exist, or the token cannot see it)'],
  };
}
