// The `digests` input of merge-manifests: the per-platform images to merge, as a build leg hands
// them on. Three forms, told apart by the first character:
// - lines (or comma-separated): `sha256:<hex>` (in every image's repository) or
//   `name@sha256:<hex>` (in that image's repository only; build's `image-refs` output as is);
// - a JSON array of such strings (e.g. `toJSON()` of a list);
// - a JSON object whose values are such strings (or arrays / line lists of them): a key with a `/`
//   is the platform that digest must hold (`{"linux/amd64":"sha256:.."}`), any other key is only a
//   label (a job's output name: `toJSON(needs.build.outputs)`); empty values are skipped.
import { InputError } from '../../packages/action-io/index.js';
import {
  isValidDigest,
  parseReference,
  ReferenceError,
  type ImageName,
} from '../../packages/image-ref/index.js';
import { formatPlatform, parsePlatform } from '../../packages/platforms/index.js';

/** One key per repository, however its name is written (`nginx` = `docker.io/library/nginx`). */
export function repositoryKey(image: ImageName): string {
  return `${image.registry}/${image.repository}`;
}

export interface DigestEntry {
  /** `sha256:<64 hex>` */
  digest: string;
  /**
   * The repository this digest belongs to, as `registry/repository` (repositoryKey: `org/app` and
   * `docker.io/org/app` are one); undefined: every image in `images`.
   */
  image?: string;
  /** The platform the input says this digest holds (`os/arch[/variant]`), from a JSON key. */
  platform?: string;
}

const ALLOWED =
  'allowed: sha256:<64 hex> or name@sha256:<64 hex>, one per line or comma-separated, or JSON: ' +
  'an array of those, or an object from platform (os/arch[/variant]) or output name to those';

const fail = (problem: string): never => {
  throw new InputError('digests', `${problem} (${ALLOWED})`);
};

/** `["..` or `[]`: a JSON array (a line starting `[::1]:5000/app@..` is an IPv6 registry). */
const JSON_ARRAY_START = /^\[\s*["\]]/;

/** Shows at most 80 characters of what the user wrote. */
const quote = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** One `sha256:..` or `name@sha256:..`. */
export function parseDigestItem(item: string): Omit<DigestEntry, 'platform'> {
  const text = item.trim();
  if (!text.includes('@')) {
    if (!text.startsWith('sha256:') || !isValidDigest(text)) fail(`${quote(text)} is not a sha256 digest`);
    return { digest: text };
  }
  try {
    const ref = parseReference(text);
    if (ref.tag) fail(`${quote(text)} has a tag; give name@sha256:<hex>`);
    if (!ref.digest?.startsWith('sha256:')) fail(`${quote(text)} is not a sha256 digest`);
    return { digest: ref.digest!, image: repositoryKey(ref) };
  } catch (error) {
    if (error instanceof ReferenceError) return fail(error.message);
    throw error;
  }
}

function splitItems(text: string): string[] {
  return text
    .split(/[\r\n,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The strings a JSON value holds: a string (maybe several lines), or an array of strings. */
function jsonStrings(value: unknown, where: string): string[] {
  if (typeof value === 'string') return splitItems(value);
  if (Array.isArray(value))
    return value.flatMap((v) =>
      jsonStrings(typeof v === 'string' ? v : fail(`${where} holds a ${typeof v}`), where),
    );
  return fail(`${where} is a ${value === null ? 'null' : typeof value}, not a string`);
}

function platformKey(key: string): string | undefined {
  if (!key.includes('/')) return undefined;
  const platform = parsePlatform(key);
  if (!platform) return fail(`the key ${quote(key)} is not a platform`);
  return formatPlatform(platform);
}

function fromJson(text: string): DigestEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('starts like JSON but is not valid JSON');
  }
  if (Array.isArray(data)) return jsonStrings(data, 'the array').map(parseDigestItem);
  if (data === null || typeof data !== 'object') return fail('is JSON but neither an array nor an object');
  return Object.entries(data).flatMap(([key, value]) => {
    const platform = platformKey(key);
    return jsonStrings(value, `the value of ${quote(key)}`).map((item) => ({
      ...parseDigestItem(item),
      ...(platform ? { platform } : {}),
    }));
  });
}

/** Same digest for the same image twice: kept once; with two different platforms: an error. */
function dedupe(entries: DigestEntry[]): DigestEntry[] {
  const byKey = new Map<string, DigestEntry>();
  for (const entry of entries) {
    const key = `${entry.image ?? ''}@${entry.digest}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, entry);
    else if (entry.platform && seen.platform && entry.platform !== seen.platform)
      fail(`${entry.digest} is given for both ${seen.platform} and ${entry.platform}`);
    else if (entry.platform) seen.platform = entry.platform;
  }
  return [...byKey.values()];
}

/** Parses the `digests` input; every problem is an InputError naming `digests`. */
export function parseDigests(text: string): DigestEntry[] {
  const trimmed = text.trim();
  const entries: DigestEntry[] =
    trimmed.startsWith('{') || JSON_ARRAY_START.test(trimmed)
      ? fromJson(trimmed)
      : splitItems(trimmed)
          .filter((line) => !line.startsWith('#'))
          .map(parseDigestItem);
  if (entries.length === 0) fail('is required');
  const platforms = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.platform) continue;
    const key = `${entry.image ?? ''} ${entry.platform}`;
    const other = platforms.get(key);
    if (other && other !== entry.digest) fail(`the platform ${entry.platform} is given twice`);
    platforms.set(key, entry.digest);
  }
  return dedupe(entries);
}
