// An OCI distribution client that answers one question well: does this reference exist (and with
// which digest and platforms)? HEAD only unless platforms are wanted or the registry omits
// Docker-Content-Digest; auth in ./auth.ts; HTTP (undici, proxy, retries, time limits) in ./http.ts.
// `send` is the authenticated request the manifest reads and writes of ./manifests.ts build on.
import { isValidDigest, registryApiHost, type ImageName, type ImageReference } from '../image-ref/index.js';
import { AuthError, authorizationFor, TokenCache } from './auth.js';
import { ChallengeBook, pickChallenge } from './challenge.js';
import type { CredentialStore, ResolvedCredential } from './credentials.js';
import { isLoopbackRegistry } from './plain-http.js';
import { HttpClient, TransientError, type HttpResponse } from './http.js';
import {
  formatPlatform,
  INDEX_MEDIA_TYPES,
  MANIFEST_MEDIA_TYPES,
  missingPlatforms,
  parseManifest,
  platformOfConfig,
  safeMediaType,
  type Platform,
} from './platforms.js';

export type ManifestCheck =
  | { status: 'present'; digest: string; mediaType: string; platforms?: string[] }
  | { status: 'missing' }
  /** 401/403: a wrong credential, or (often) a repository that does not exist yet. */
  | { status: 'unauthorized'; detail: string }
  | { status: 'platforms-missing'; digest: string; mediaType: string; platforms: string[]; missing: string[] }
  /** Still failing after the retries (5xx, 429, network); `retryAfterMs` when the registry said. */
  | { status: 'error'; detail: string; retryAfterMs?: number };

export interface CheckOptions {
  /** Wanted platforms (`os/arch[/variant]`): the image must offer them all (one GET of the index). */
  platforms?: string[];
  /** Report the platforms even when none are wanted (costs a GET, which counts as a Docker Hub pull). */
  listPlatforms?: boolean;
  /** Aborts every request of this check (e.g. at the overall deadline); the promise rejects. */
  signal?: AbortSignal;
}

export interface RegistryClientOptions {
  credentials: CredentialStore;
  /** Registries reached over plain HTTP (loopback registries always are). */
  insecureRegistries?: string[];
  /** Time limit of one HTTP attempt, body included (default 10 s). */
  requestTimeoutMs?: number;
  /** Larger answers fail (default 8 MiB; registries cap manifests at 4 MiB). */
  maxResponseBytes?: number;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Retries of one request after 408/429/5xx/network errors (default 3). */
  maxRetries?: number;
  /** First retry delay, doubling up to 5 s (default 250 ms). */
  retryBaseMs?: number;
  userAgent?: string;
  log?: (message: string) => void;
  mask?: (secret: string) => void;
  now?: () => number;
  random?: () => number;
}

const ACCEPT = [...INDEX_MEDIA_TYPES, ...MANIFEST_MEDIA_TYPES].join(', ');

export type Unauthorized = { status: 'unauthorized'; detail: string };

/** A request to a repository's API (`/v2/<repository>/...`), as RegistryClient.send takes it. */
export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'DELETE';
  path: string;
  accept?: string;
  contentType?: string;
  body?: Buffer;
  /** The token scope's actions: `pull` (default), `pull,push` to write, `pull,delete` to delete. */
  actions?: 'pull' | 'pull,push' | 'pull,delete';
}

/** node:crypto is loaded only for a registry that omits Docker-Content-Digest (~10 ms of start-up). */
async function sha256Digest(body: Buffer): Promise<string> {
  const { createHash } = await import('node:crypto');
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

const mediaTypeOf = (response: HttpResponse) => safeMediaType(response.headers.get('content-type'));

/** Docker-Content-Digest when it is a digest; anything else is ignored (the body is hashed instead). */
function headerDigest(response: HttpResponse): string {
  const value = response.headers.get('docker-content-digest')?.trim() ?? '';
  return isValidDigest(value) ? value : '';
}

function describeDenied(
  status: number,
  credential: ResolvedCredential | undefined,
  registry: string,
): string {
  return credential
    ? `HTTP ${status}: ${registry} refused the credentials from ${credential.source} (or the repository does not exist yet)`
    : `HTTP ${status}: ${registry} wants credentials and none were given (or the repository does not exist yet)`;
}

export class RegistryClient {
  private readonly http: HttpClient;
  private readonly tokens: TokenCache;
  private readonly challenges = new ChallengeBook();
  private readonly insecure: Set<string>;
  // Both are asked for every request (hundreds per run): worked out once per registry.
  private readonly baseUrls = new Map<string, string>();
  private readonly credentialsOf = new Map<string, Promise<ResolvedCredential | undefined>>();

  constructor(private readonly opts: RegistryClientOptions) {
    const now = opts.now ?? Date.now;
    this.http = new HttpClient({
      requestTimeoutMs: opts.requestTimeoutMs ?? 10_000,
      maxRetries: opts.maxRetries ?? 3,
      retryBaseMs: opts.retryBaseMs ?? 250,
      retryMaxDelayMs: 5_000,
      maxResponseBytes: opts.maxResponseBytes ?? 8 * 1024 * 1024,
      userAgent: opts.userAgent ?? 'docker-pipeline-actions',
      env: opts.env ?? process.env,
      log: opts.log ?? (() => {}),
      random: opts.random ?? Math.random,
      now,
    });
    this.tokens = new TokenCache(this.http, now, opts.mask ?? (() => {}));
    this.insecure = new Set((opts.insecureRegistries ?? []).map((r) => r.toLowerCase()));
  }

  /** HTTP requests sent so far, including retries, redirects and token requests. */
  get requestCount(): number {
    return this.http.requestCount;
  }

  async checkManifest(ref: ImageReference, options: CheckOptions = {}): Promise<ManifestCheck> {
    try {
      return await this.check(ref, options);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (error instanceof TransientError) {
        return { status: 'error', detail: error.message, retryAfterMs: error.retryAfterMs };
      }
      if (error instanceof SyntaxError)
        return { status: 'error', detail: `unreadable manifest: ${error.message}` };
      throw error;
    }
  }

  /** Closes the pooled connections (idle ones never keep the process alive anyway). */
  close(): Promise<void> {
    return this.http.close();
  }

  private baseUrl(registry: string): string {
    let url = this.baseUrls.get(registry);
    if (url === undefined) {
      const host = registryApiHost(registry);
      const plain = isLoopbackRegistry(host) || this.insecure.has(registry) || this.insecure.has(host);
      url = `${plain ? 'http' : 'https'}://${host}`;
      this.baseUrls.set(registry, url);
    }
    return url;
  }

  private credentialFor(registry: string): Promise<ResolvedCredential | undefined> {
    let credential = this.credentialsOf.get(registry);
    if (!credential) this.credentialsOf.set(registry, (credential = this.opts.credentials.get(registry)));
    return credential;
  }

  /**
   * One authenticated request to `ref`'s repository, with the token scope `spec.actions` asks
   * (`pull` by default; `pull,push` to write, `pull,delete` to delete); a challenge met mid-way
   * (or an expired token) is answered once. 401/403 come back as `unauthorized`; transient
   * failures are retried (./http.ts) and then thrown as TransientError.
   */
  async send(
    ref: ImageName,
    spec: RegistryRequest,
    signal?: AbortSignal,
  ): Promise<HttpResponse | Unauthorized> {
    const { method, path } = spec;
    const scope = `repository:${ref.repository}:${spec.actions ?? 'pull'}`;
    const credential = await this.credentialFor(ref.registry);
    const host = registryApiHost(ref.registry);
    const { known, learned } = this.challenges.lookup(host);
    let challenge = known ? await known : null;
    const base = this.baseUrl(ref.registry);
    const audience = { host, plainHttp: base.startsWith('http:') };
    const headers: Record<string, string> = { accept: spec.accept ?? '*/*' };
    if (spec.contentType) headers['content-type'] = spec.contentType;
    const send = async () => {
      const authorization = await authorizationFor(
        this.tokens,
        challenge,
        scope,
        credential,
        audience,
        signal,
      );
      const url = `${base}${path}`;
      return this.http.send({ method, url, headers, authorization, body: spec.body }, signal);
    };
    try {
      let response = await send();
      if (response.status === 401 && credential?.kind !== 'token') {
        const offered = pickChallenge(response.headers.get('www-authenticate'));
        // insufficient_scope: the token was fine but grants no pull here (a repository that does
        // not exist yet, or no access): asking for another token would change nothing.
        const tokenLacksScope =
          challenge?.scheme === 'bearer' && offered?.params.error === 'insufficient_scope';
        if (offered && !tokenLacksScope) {
          if (challenge?.scheme === 'bearer') this.tokens.invalidate(challenge, scope, credential, host);
          challenge = offered;
          this.challenges.set(host, offered);
          learned?.(offered); // the others need not wait for this request's own retry
          response = await send();
        }
      }
      // The first answer from this host told whether (and how) it wants credentials.
      learned?.(challenge);
      if (response.status === 401 || response.status === 403) {
        return { status: 'unauthorized', detail: describeDenied(response.status, credential, ref.registry) };
      }
      return response;
    } catch (error) {
      if (learned) {
        // Nothing learned: the next request asks again; those waiting go on without credentials
        // and meet the challenge themselves if there is one.
        if (!challenge) this.challenges.forget(host);
        learned(challenge);
      }
      if (error instanceof AuthError) return { status: 'unauthorized', detail: error.message };
      throw error;
    }
  }

  /** The platforms of a manifest: from an index's entries, or from a single manifest's config blob. */
  private async platformsOf(
    ref: ImageReference,
    digest: string,
    manifest: HttpResponse,
    signal?: AbortSignal,
  ): Promise<{ mediaType: string; platforms: Platform[] } | Unauthorized> {
    const parsed = parseManifest(manifest.body, manifest.headers.get('content-type'));
    if (parsed.kind === 'index' || !parsed.configDigest) return parsed;
    const path = `/v2/${ref.repository}/blobs/${parsed.configDigest}`;
    const config = await this.send(ref, { method: 'GET', path }, signal);
    if (config.status === 'unauthorized') return config;
    if (config.status !== 200) throw new TransientError(`config blob of ${digest}: HTTP ${config.status}`);
    const platform = platformOfConfig(config.body);
    return { mediaType: parsed.mediaType, platforms: platform ? [platform] : [] };
  }

  private async check(ref: ImageReference, options: CheckOptions): Promise<ManifestCheck> {
    const { signal } = options;
    const reference = ref.digest ?? ref.tag;
    if (!reference) throw new Error(`${ref.ref} has neither a tag nor a digest`);
    const path = `/v2/${ref.repository}/manifests/${reference}`;
    const head = await this.send(ref, { method: 'HEAD', path, accept: ACCEPT }, signal);
    if (head.status === 'unauthorized') return head;
    if (head.status === 404) return { status: 'missing' };
    if (head.status !== 200) return { status: 'error', detail: `HEAD ${path}: HTTP ${head.status}` };
    const digest = ref.digest ?? headerDigest(head);
    const wanted = options.platforms ?? [];
    const platformsWanted = wanted.length > 0 || options.listPlatforms === true;
    if (digest && !platformsWanted) return { status: 'present', digest, mediaType: mediaTypeOf(head) };

    // A GET by digest (when known) so the body is the very manifest the HEAD found.
    const manifestPath = `/v2/${ref.repository}/manifests/${digest || reference}`;
    const get = await this.send(ref, { method: 'GET', path: manifestPath, accept: ACCEPT }, signal);
    if (get.status === 'unauthorized') return get;
    if (get.status === 404) return { status: 'missing' };
    if (get.status !== 200) return { status: 'error', detail: `GET ${path}: HTTP ${get.status}` };
    const found = {
      digest: digest || (await sha256Digest(get.body)),
      mediaType: mediaTypeOf(get) || mediaTypeOf(head),
    };
    if (!platformsWanted) return { status: 'present', ...found };
    return this.comparePlatforms(ref, found, get, wanted, signal);
  }

  private async comparePlatforms(
    ref: ImageReference,
    found: { digest: string; mediaType: string },
    manifest: HttpResponse,
    wanted: string[],
    signal?: AbortSignal,
  ): Promise<ManifestCheck> {
    const listed = await this.platformsOf(ref, found.digest, manifest, signal);
    if ('status' in listed) return listed;
    const platforms = listed.platforms.map(formatPlatform);
    const missing = missingPlatforms(wanted, listed.platforms);
    if (missing.length) return { status: 'platforms-missing', ...found, platforms, missing };
    return {
      status: 'present',
      digest: found.digest,
      mediaType: listed.mediaType || found.mediaType,
      platforms,
    };
  }
}

/** The client the actions use (wait-for-manifests, append-image-digests-to-release). */
export function createRegistryClient(opts: RegistryClientOptions): RegistryClient {
  return new RegistryClient(opts);
}
