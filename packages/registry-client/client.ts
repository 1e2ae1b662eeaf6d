// An OCI distribution client that answers one question well: does this reference exist (and with
// which digest and platforms)? HEAD only unless platforms are wanted or the registry omits
// Docker-Content-Digest; auth, retries and timeouts as in ./auth.ts and ./http.ts.
import { isIP } from 'node:net';
import { registryApiHost, type ImageReference } from '../image-ref/index.js';
import { AuthError, basicAuthorization, parseChallenges, TokenCache, type Challenge } from './auth.js';
import type { CredentialStore, ResolvedCredential } from './credentials.js';
import { HttpClient, TransientError, type HttpResponse } from './http.js';
import {
  formatPlatform,
  INDEX_MEDIA_TYPES,
  MANIFEST_MEDIA_TYPES,
  missingPlatforms,
  parseManifest,
  platformOfConfig,
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

export interface RegistryClient {
  checkManifest(ref: ImageReference, opts?: CheckOptions): Promise<ManifestCheck>;
  /** HTTP requests sent so far, including retries, redirects and token requests. */
  readonly requestCount: number;
}

export interface RegistryClientOptions {
  credentials: CredentialStore;
  /** Registries reached over plain HTTP (loopback registries always are). */
  insecureRegistries?: string[];
  /** Time limit of one HTTP attempt, body included (default 10 s). */
  requestTimeoutMs?: number;
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

/** 127.0.0.0/8, ::1 and localhost, with or without a port. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[')
    ? registry.slice(1, registry.indexOf(']'))
    : registry.replace(/:\d+$/, '');
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

type Unauthorized = { status: 'unauthorized'; detail: string };

/** node:crypto is loaded only for a registry that omits Docker-Content-Digest (~10 ms of start-up). */
async function sha256Digest(body: Buffer): Promise<string> {
  const { createHash } = await import('node:crypto');
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

export function createRegistryClient(opts: RegistryClientOptions): RegistryClient {
  const now = opts.now ?? Date.now;
  const log = opts.log ?? (() => {});
  const http = new HttpClient({
    requestTimeoutMs: opts.requestTimeoutMs ?? 10_000,
    maxRetries: opts.maxRetries ?? 3,
    retryBaseMs: opts.retryBaseMs ?? 250,
    retryMaxDelayMs: 5_000,
    userAgent: opts.userAgent ?? 'docker-pipeline-actions',
    log,
    random: opts.random ?? Math.random,
    now,
  });
  const tokens = new TokenCache(http, now, opts.mask ?? (() => {}));
  const insecure = new Set((opts.insecureRegistries ?? []).map((r) => r.toLowerCase()));
  /**
   * Per API host: the auth challenge (null: none needed), learned from the first request sent
   * there, which goes out alone and without credentials (the others wait for it). It does what
   * the usual `GET /v2/` ping would, while being one of the checks itself: one request and one
   * round trip fewer per registry.
   */
  const challenges = new Map<string, Promise<Challenge | null>>();

  // Both are asked for every request (hundreds per run): worked out once per registry.
  const baseUrls = new Map<string, string>();
  const baseUrl = (registry: string) => {
    let url = baseUrls.get(registry);
    if (url === undefined) {
      const host = registryApiHost(registry);
      const plain = isLoopbackRegistry(host) || insecure.has(registry) || insecure.has(host);
      url = `${plain ? 'http' : 'https'}://${host}`;
      baseUrls.set(registry, url);
    }
    return url;
  };
  const credentialsOf = new Map<string, Promise<ResolvedCredential | undefined>>();
  const credentialFor = (registry: string) => {
    let credential = credentialsOf.get(registry);
    if (!credential) credentialsOf.set(registry, (credential = opts.credentials.get(registry)));
    return credential;
  };

  const pickChallenge = (response: HttpResponse): Challenge | null => {
    const all = parseChallenges(response.headers.get('www-authenticate'));
    return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic') ?? null;
  };

  /** Hosts whose first request is out, learning the challenge. */
  const learning = new Set<string>();
  /** The host's challenge once known; undefined when this request is to learn it (`learned`). */
  const challengeFor = (host: string) => {
    const known = challenges.get(host);
    if (known) return { known };
    let resolve!: (challenge: Challenge | null) => void;
    challenges.set(host, new Promise((r) => (resolve = r)));
    learning.add(host);
    const learned = (challenge: Challenge | null) => {
      learning.delete(host);
      resolve(challenge);
    };
    return { learned };
  };

  const authorization = async (
    challenge: Challenge | null,
    scope: string,
    credential: ResolvedCredential | undefined,
    signal?: AbortSignal,
  ): Promise<string | undefined> => {
    if (credential?.kind === 'token') return `Bearer ${credential.token}`;
    if (!challenge) return undefined;
    if (challenge.scheme === 'basic') {
      return credential?.kind === 'basic'
        ? basicAuthorization(credential.username, credential.password)
        : undefined;
    }
    return `Bearer ${await tokens.token(challenge, scope, credential, signal)}`;
  };

  const describeDenied = (status: number, credential: ResolvedCredential | undefined, registry: string) =>
    credential
      ? `HTTP ${status}: ${registry} refused the credentials from ${credential.source} (or the repository does not exist yet)`
      : `HTTP ${status}: ${registry} wants credentials and none were given (or the repository does not exist yet)`;

  /** One authenticated request; a challenge met mid-way (or an expired token) is answered once. */
  const request = async (
    ref: ImageReference,
    method: 'GET' | 'HEAD',
    path: string,
    accept: string,
    signal?: AbortSignal,
  ): Promise<HttpResponse | Unauthorized> => {
    const scope = `repository:${ref.repository}:pull`;
    const credential = await credentialFor(ref.registry);
    const host = registryApiHost(ref.registry);
    const { known, learned } = challengeFor(host);
    // Waiting for the first request's answer (and maybe a token): connect meanwhile.
    if (known && learning.has(host)) http.preconnect(baseUrl(ref.registry));
    let challenge = known ? await known : null;
    const send = async () => {
      const auth = await authorization(challenge, scope, credential, signal);
      return http.send(
        { method, url: `${baseUrl(ref.registry)}${path}`, headers: { accept }, authorization: auth },
        signal,
      );
    };
    try {
      let response = await send();
      if (response.status === 401 && credential?.kind !== 'token') {
        const offered = pickChallenge(response);
        // insufficient_scope: the token was fine but grants no pull here (a repository that does
        // not exist yet, or no access): asking for another token would change nothing.
        const tokenLacksScope =
          challenge?.scheme === 'bearer' && offered?.params.error === 'insufficient_scope';
        if (offered && !tokenLacksScope) {
          if (challenge?.scheme === 'bearer') tokens.invalidate(challenge, scope);
          challenge = offered;
          challenges.set(host, Promise.resolve(offered));
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
        if (!challenge) challenges.delete(host);
        learned(challenge);
      }
      if (error instanceof AuthError) return { status: 'unauthorized', detail: error.message };
      throw error;
    }
  };

  const platformsOf = async (
    ref: ImageReference,
    digest: string,
    body: Buffer,
    contentType: string | null,
    signal?: AbortSignal,
  ): Promise<{ mediaType: string; platforms: Platform[] } | Unauthorized> => {
    const manifest = parseManifest(body, contentType);
    if (manifest.kind === 'index' || !manifest.configDigest) return manifest;
    const config = await request(
      ref,
      'GET',
      `/v2/${ref.repository}/blobs/${manifest.configDigest}`,
      '*/*',
      signal,
    );
    if ('status' in config && config.status === 'unauthorized') return config;
    const response = config as HttpResponse;
    if (response.status !== 200)
      throw new TransientError(`config blob of ${digest}: HTTP ${response.status}`);
    const platform = platformOfConfig(response.body);
    return { mediaType: manifest.mediaType, platforms: platform ? [platform] : [] };
  };

  const check = async (ref: ImageReference, options: CheckOptions): Promise<ManifestCheck> => {
    const { signal } = options;
    const reference = ref.digest ?? ref.tag;
    if (!reference) throw new Error(`${ref.ref} has neither a tag nor a digest`);
    const path = `/v2/${ref.repository}/manifests/${reference}`;
    const head = await request(ref, 'HEAD', path, ACCEPT, signal);
    if (head.status === 'unauthorized') return head;
    if (head.status === 404) return { status: 'missing' };
    if (head.status !== 200) return { status: 'error', detail: `HEAD ${path}: HTTP ${head.status}` };
    let digest = ref.digest ?? head.headers.get('docker-content-digest') ?? '';
    let mediaType = head.headers.get('content-type')?.split(';')[0].trim() ?? '';
    const wanted = options.platforms ?? [];
    if (digest && wanted.length === 0 && !options.listPlatforms)
      return { status: 'present', digest, mediaType };

    // A GET by digest (when known) so the body is the very manifest the HEAD found.
    const get = await request(
      ref,
      'GET',
      `/v2/${ref.repository}/manifests/${digest || reference}`,
      ACCEPT,
      signal,
    );
    if (get.status === 'unauthorized') return get;
    if (get.status === 404) return { status: 'missing' };
    if (get.status !== 200) return { status: 'error', detail: `GET ${path}: HTTP ${get.status}` };
    if (!digest) digest = await sha256Digest(get.body);
    mediaType = get.headers.get('content-type')?.split(';')[0].trim() || mediaType;
    if (wanted.length === 0 && !options.listPlatforms) return { status: 'present', digest, mediaType };

    const found = await platformsOf(ref, digest, get.body, get.headers.get('content-type'), signal);
    if ('status' in found) return found;
    const platforms = found.platforms.map(formatPlatform);
    const missing = missingPlatforms(wanted, found.platforms);
    if (missing.length) return { status: 'platforms-missing', digest, mediaType, platforms, missing };
    return { status: 'present', digest, mediaType: found.mediaType || mediaType, platforms };
  };

  return {
    async checkManifest(ref, options = {}) {
      try {
        return await check(ref, options);
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (error instanceof TransientError) {
          return { status: 'error', detail: error.message, retryAfterMs: error.retryAfterMs };
        }
        if (error instanceof SyntaxError)
          return { status: 'error', detail: `unreadable manifest: ${error.message}` };
        throw error;
      }
    },
    get requestCount() {
      return http.requestCount;
    },
  };
}
