// The data a "Docker Images" section is rendered from and parsed back into. A section is a pure
// function of this data (sorted, de-duplicated), so rendering twice, or in any writer's order,
// gives the same text: that is what makes edits idempotent and merges order-independent.

/** `os/arch[/variant]`; other text (it could carry markers or table pipes) is never rendered. */
export const PLATFORM_RE = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+){0,3}$/;

export interface ImageEntry {
  /** Image name as users write it, e.g. `ghcr.io/org/repo/api` (no tag, no digest). */
  name: string;
  tag?: string;
  /** `sha256:...` when the image is present. */
  digest?: string;
  /** e.g. `linux/amd64`, when known. */
  platforms?: string[];
  /** Known to be missing: listed under the warning. */
  missing?: boolean;
}

/** One service's sub-section: entries we can re-render, or text we keep verbatim. */
export type ServiceBlock = { service: string; entries: ImageEntry[] } | { service: string; opaque: string[] };

/** The service an image belongs to: the last path segment of its name. */
export function serviceOf(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

export function tagRef(entry: ImageEntry): string {
  return entry.tag ? `${entry.name}:${entry.tag}` : entry.name;
}

export function digestRef(entry: ImageEntry): string {
  return `${entry.name}@${entry.digest}`;
}

/** The reference that names an entry best: `name:tag`, else `name@digest`. */
export function displayRef(entry: ImageEntry): string {
  if (entry.tag) return tagRef(entry);
  return entry.digest ? digestRef(entry) : entry.name;
}

/** Splits `name[:tag][@digest]` (already validated text, e.g. read back from a body). */
export function splitRef(text: string): Pick<ImageEntry, 'name' | 'tag' | 'digest'> {
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

function compareEntries(a: ImageEntry, b: ImageEntry): number {
  const key = (e: ImageEntry) => [e.missing ? 1 : 0, e.name, e.tag ?? '', e.digest ?? ''].join('\u0000');
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Canonical form: entries without empty fields, sorted, duplicates dropped. */
export function normalizeEntries(entries: readonly ImageEntry[]): ImageEntry[] {
  const seen = new Set<string>();
  const out: ImageEntry[] = [];
  for (const e of entries) {
    const clean: ImageEntry = { name: e.name };
    if (e.tag) clean.tag = e.tag;
    if (e.digest) clean.digest = e.digest;
    const platforms = (e.platforms ?? []).filter((p) => PLATFORM_RE.test(p));
    if (platforms.length > 0) clean.platforms = [...new Set(platforms)].sort();
    if (e.missing) clean.missing = true;
    const key = JSON.stringify(clean);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(clean);
    }
  }
  return out.sort(compareEntries);
}

/** Groups entries into one block per service, services in alphabetical order. */
export function groupByService(entries: readonly ImageEntry[]): ServiceBlock[] {
  const groups = new Map<string, ImageEntry[]>();
  for (const e of entries) {
    const service = serviceOf(e.name);
    groups.set(service, [...(groups.get(service) ?? []), e]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([service, list]) => ({ service, entries: normalizeEntries(list) }));
}
