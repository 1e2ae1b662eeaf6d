// Registry authentication, given the challenge (challenge.ts): the token exchange (GET the realm,
// with Basic credentials when we have them, or a refresh-token POST for identity tokens), a cache
// of one token per registry, credential and scope until it expires, and the Authorization header
// a request carries. Credentials never travel in clear text to a realm on another host.
// https://distribution.github.io/distribution/spec/auth/token/
import type { Credential, ResolvedCredential } from './credentials.js';
import type { Challenge } from './challenge.js';
import type { HttpClient, HttpRequest } from './http.js';

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** The token server refused us: wrong or insufficient credentials (not a transient failure). */
export class AuthError extends Error {
  override name = 'AuthError';
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** The registry a token is for: its API host, and whether it is reached over plain HTTP. */
export interface TokenAudience {
  host: string;
  /** A plain-HTTP registry (listed as insecure, or loopback): its realm may be plain HTTP too. */
  plainHttp: boolean;
}

/** The Authorization header for a request to a registry, given its challenge and our credential. */
export async function authorizationFor(
  tokens: TokenCache,
  challenge: Challenge | null,
  scope: string,
  credential: ResolvedCredential | undefined,
  audience: TokenAudience,
  signal?: AbortSignal,
): Promise<string | undefined> {
  if (credential?.kind === 'token') return `Bearer ${credential.token}`;
  if (!challenge) return undefined;
  if (challenge.scheme === 'basic') {
    return credential?.kind === 'basic'
      ? basicAuthorization(credential.username, credential.password)
      : undefined;
  }
  return `Bearer ${await tokens.token(challenge, scope, credential, audience, signal)}`;
}

/** 127.0.0.0/8, ::1, localhost: a realm on this machine. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Credentials go to a plain-HTTP realm only when the registry itself is plain HTTP (listed as
 * insecure, or loopback) or the realm is on this machine: an https registry naming an http://
 * realm would otherwise send them in clear text across the network.
 */
function checkRealmTransport(realm: URL, credential: Credential | undefined, audience: TokenAudience): void {
  if (!credential || realm.protocol === 'https:') return;
  if (audience.plainHttp || isLoopbackHost(realm.hostname)) return;
  throw new AuthError(
    `the registry ${audience.host} names the plain-HTTP token realm ${realm.origin}: credentials are not ` +
      'sent in clear text (list the registry in insecure-registries only if it really is plain HTTP)',
  );
}

/** Which credential a token was fetched with (never the secret itself). */
function credentialId(credential: Credential | undefined): string {
  if (!credential) return 'anonymous';
  if (credential.kind === 'basic') return `basic:${credential.username}`;
  return credential.kind;
}

export const DEFAULT_TOKEN_LIFETIME_S = 60;
/** Renew this long before expiry so a token never lapses in flight. */
const RENEW_MARGIN_MS = 5_000;

export class TokenCache {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<string>>();

  constructor(
    private readonly http: HttpClient,
    private readonly now: () => number,
    private readonly mask: (secret: string) => void,
  ) {}

  /** A bearer token for `scope`, from the cache or the realm; concurrent callers share one request. */
  async token(
    challenge: Challenge,
    scope: string,
    credential: Credential | undefined,
    audience: TokenAudience,
    signal?: AbortSignal,
  ) {
    const realm = challenge.params.realm;
    if (!realm) throw new AuthError('the registry sent a Bearer challenge without a realm');
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm);
    } catch {
      throw new AuthError(`the registry ${audience.host} sent a Bearer challenge whose realm is not a URL`);
    }
    if (realmUrl.protocol !== 'https:' && realmUrl.protocol !== 'http:')
      throw new AuthError(`the registry ${audience.host} sent a realm that is not http(s)`);
    checkRealmTransport(realmUrl, credential, audience);
    const service = challenge.params.service ?? '';
    // Keyed by registry and credential too: registry B naming registry A's realm must not be
    // handed the token fetched for A with A's credentials.
    const key = tokenKey(audience.host, credential, challenge, scope);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt - RENEW_MARGIN_MS > this.now()) return cached.token;
    let request = this.pending.get(key);
    if (!request) {
      request = this.fetchToken(realm, service, scope, credential, signal).then(
        (fresh) => {
          this.pending.delete(key);
          this.tokens.set(key, fresh);
          return fresh.token;
        },
        (error: unknown) => {
          this.pending.delete(key);
          throw error;
        },
      );
      this.pending.set(key, request);
    }
    return request;
  }

  /** Forget a token the registry rejected, so the next request fetches a fresh one. */
  invalidate(challenge: Challenge, scope: string, credential: Credential | undefined, host: string): void {
    this.tokens.delete(tokenKey(host, credential, challenge, scope));
  }

  private async fetchToken(
    realm: string,
    service: string,
    scope: string,
    credential: Credential | undefined,
    signal?: AbortSignal,
  ): Promise<CachedToken> {
    const url = new URL(realm);
    const response = await this.http.send(tokenRequest(url, service, scope, credential), signal);
    if (response.status === 401 || response.status === 403) {
      throw new AuthError(
        `the token server ${url.host} refused ${credential ? 'the credentials' : 'anonymous access'} (HTTP ${response.status})`,
      );
    }
    if (response.status !== 200)
      throw new AuthError(`the token server ${url.host} answered HTTP ${response.status}`);
    const { token, lifetimeS, issuedAt } = readTokenAnswer(response.body, url.host);
    this.mask(token);
    // Count from when we received it unless the server's clock is plausibly in step with ours.
    const start =
      Number.isFinite(issuedAt) && Math.abs(issuedAt - this.now()) < 60_000 ? issuedAt : this.now();
    return { token, expiresAt: start + lifetimeS * 1000 };
  }
}

function tokenKey(
  host: string,
  credential: Credential | undefined,
  challenge: Challenge,
  scope: string,
): string {
  return [host, credentialId(credential), challenge.params.realm, challenge.params.service ?? '', scope].join(
    '\n',
  );
}

/** The token request: a refresh-token POST for identity tokens, else a GET (Basic when we can). */
function tokenRequest(
  url: URL,
  service: string,
  scope: string,
  credential: Credential | undefined,
): HttpRequest {
  if (credential?.kind === 'identity') {
    // OAuth2 refresh-token grant, as docker does for identity tokens (credential helpers, ACR).
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credential.identityToken,
      service,
      scope,
      client_id: 'docker-pipeline-actions',
    });
    return {
      method: 'POST',
      url: url.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    };
  }
  const get = new URL(url);
  if (service) get.searchParams.set('service', service);
  get.searchParams.set('scope', scope);
  const authorization =
    credential?.kind === 'basic' ? basicAuthorization(credential.username, credential.password) : undefined;
  return { method: 'GET', url: get.toString(), authorization };
}

/** The token and its lifetime from a token server's JSON answer (`token` or `access_token`). */
function readTokenAnswer(body: Buffer, host: string): { token: string; lifetimeS: number; issuedAt: number } {
  let data: { token?: unknown; access_token?: unknown; expires_in?: unknown; issued_at?: unknown };
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AuthError(`the token server ${host} answered with something that is not JSON`);
  }
  const token =
    typeof data.token === 'string' && data.token
      ? data.token
      : typeof data.access_token === 'string'
        ? data.access_token
        : '';
  if (!token) throw new AuthError(`the token server ${host} answered without a token`);
  const lifetimeS =
    typeof data.expires_in === 'number' && data.expires_in > 0 ? data.expires_in : DEFAULT_TOKEN_LIFETIME_S;
  const issuedAt = typeof data.issued_at === 'string' ? Date.parse(data.issued_at) : NaN;
  return { token, lifetimeS, issuedAt };
}
