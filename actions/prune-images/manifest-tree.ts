// Reads manifests and everything they hold: a tag's or digest's manifest, then, for an index, its
// platform manifests and attestations (marked as such, with the manifest they are about), and on
// request the creation date (annotation, else the image config's `created`; for an index, its
// newest platform image). Each digest is read once. A manifest that is gone (404) is skipped:
// an interrupted run may have deleted it.
import type { FetchedManifest } from '../../packages/registry-client/index.js';
import { mapLimit } from '../../packages/concurrency/index.js';
import { parseDate, parseManifestInfo } from './manifest-info.js';
import type { ManifestInfo } from './model.js';

export interface ManifestSource {
  /** A manifest by tag or digest; undefined when there is none. */
  manifest(reference: string): Promise<FetchedManifest | undefined>;
  /** A JSON blob (image config); undefined when there is none. */
  jsonBlob(digest: string): Promise<unknown>;
}

export class ManifestTree {
  readonly manifests = new Map<string, ManifestInfo>();
  private readonly reading = new Map<string, Promise<string | undefined>>();
  private readonly annotated = new Map<string, number>();
  private readonly configs = new Map<string, string>();
  private readonly attestationOf = new Map<string, string>();

  constructor(
    private readonly source: ManifestSource,
    private readonly concurrency = 8,
  ) {}

  /** Reads many references; returns their digests (undefined for those that are gone). */
  addAll(references: readonly string[]): Promise<(string | undefined)[]> {
    return mapLimit(references, this.concurrency, (ref) => this.add(ref));
  }

  /** Reads one reference (tag or digest) and what it holds; its digest, or undefined when gone. */
  add(reference: string): Promise<string | undefined> {
    let reading = this.reading.get(reference);
    if (!reading) {
      reading = this.read(reference);
      this.reading.set(reference, reading);
    }
    return reading;
  }

  private async read(reference: string): Promise<string | undefined> {
    const fetched = await this.source.manifest(reference);
    if (!fetched) return undefined;
    const { digest } = fetched;
    if (this.manifests.has(digest) || (reference !== digest && this.reading.has(digest))) {
      await this.reading.get(digest);
      return digest;
    }
    this.reading.set(digest, Promise.resolve(digest));
    const parsed = parseManifestInfo(digest, fetched.body);
    this.manifests.set(digest, parsed.info);
    this.markAttestation(digest);
    if (parsed.created !== undefined) this.annotated.set(digest, parsed.created);
    if (parsed.configDigest) this.configs.set(digest, parsed.configDigest);
    for (const [attestation, subject] of parsed.attestations) {
      this.attestationOf.set(attestation, subject);
      this.markAttestation(attestation); // read already when listed by itself (a ghcr.io version)
    }
    await mapLimit(parsed.info.children, 4, (child) => this.add(child));
    return digest;
  }

  /** An index said this manifest is an attestation about another: record it, once both are known. */
  private markAttestation(digest: string): void {
    const info = this.manifests.get(digest);
    const about = this.attestationOf.get(digest);
    if (info && about) Object.assign(info, { kind: 'attestation', subject: info.subject ?? about });
  }

  /** When the image was created: its annotation, else its config's `created`; an index: its newest. */
  async dateOf(digest: string): Promise<number | undefined> {
    const annotated = this.annotated.get(digest);
    if (annotated !== undefined) return annotated;
    const info = this.manifests.get(digest);
    if (!info || info.kind === 'attestation') return undefined;
    if (info.kind === 'index') {
      const images = info.children.filter((c) => this.manifests.get(c)?.kind === 'image');
      const dates = (await mapLimit(images, 4, (c) => this.dateOf(c))).filter((d) => d !== undefined);
      return dates.length ? Math.max(...dates) : undefined;
    }
    const config = this.configs.get(digest);
    if (!config) return undefined;
    const data = (await this.source.jsonBlob(config)) as { created?: unknown } | undefined;
    const created = parseDate(data?.created);
    if (created !== undefined) this.annotated.set(digest, created);
    return created;
  }
}
