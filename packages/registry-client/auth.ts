// Registry authentication: the WWW-Authenticate challenge (Basic, or Bearer with realm, service
// and scope), learned once per registry host; the token exchange (GET the realm, with Basic
// credentials when we have them, or a refresh-token POST for identity tokens), and a cache of one
// token per repository scope until it expires; the Authorization header a request carries.
// https://distribution.github.io/distribution/spec/auth/token/
import type { Credential, ResolvedCredential } from './credentials.js';
import type { HttpClient, HttpRequest } from './http.js';

export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** Parses `Bearer realm="https://a/token",service="reg",scope="repository:x:pull", Basic realm="r"`. */
export function parseChallenges(header: string | null): Challenge[] {
  if (!header) return [];
  const challenges: Challenge[] = [];
  let current: Challenge | undefined;
  let i = 0;
  const skip = (chars: RegExp) => {
    while (i < header.length && chars.test(header[i])) i++;
  };
  const token = () => {
    const start = i;
    skip(/[\w!#$%&'*+.^`|~-]/);
    return header.slice(start, i);
  };
  while (i < header.length) {
    skip(/[\s,]/);
    const name = token();
    if (!name) break;
    skip(/ /);
    if (header[i] !== '=') {
      const scheme = name.toLowerCase();
      current = scheme === 'basic' || scheme === 'bearer' ? { scheme, params: {} } : undefined;
      if (current) challenges.push(current);
      continue;
    }
    i++;
    skip(/ /);
    let value = '';
    if (header[i] === '"') {
      for (i++; i < header.length && header[i] !== '"'; i++) {
        if (header[i] === '\\') i++;
        value += header[i] ?? '';
      }
      i++;
    } else {
      const start = i;
      while (i < header.length && !/[\s,]/.test(header[i])) i++;
      value = header.slice(start, i);
    }
    if (current) current.params[name.toLowerCase()] = value;
  }
  return challenges;
}

/** The challenge to answer among those offered: Bearer before Basic; null when none is usable. */
export function pickChallenge(header: string | null): Challenge | null {
  const all = parseChallenges(header);
  return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic') ?? null;
}

/**
 * Per API host: the auth challenge (null: none needed), learned from the first request sent
 * there, which goes out alone and without credentials (the others wait for it). It does what
 * the usual `GET /v2/` ping would, while being one of the checks itself: one request and one
 * round trip fewer per registry.
 */
export class ChallengeBook {
  private readonly byHost = new Map<string, Promise<Challenge | null>>();

  /** The host's challenge once known (`known`), or `learned` to call when this request is the first. */
  lookup(host: string): {
    known?: Promise<Challenge | null>;
    learned?: (challenge: Challenge | null) => void;
  } {
    const known = this.byHost.get(host);
    if (known) return { known };
    let resolve!: (challenge: Challenge | null) => void;
    this.byHost.set(host, new Promise((r) => (resolve = r)));
    return { learned: resolve };
  }

  /** A challenge met later (a 401 with another scheme or realm) replaces the one learned. */
  set(host: string, challenge: Challenge): void {
    this.byHost.set(host, Promise.resolve(challenge));
  }

  /** Nothing was learned: the next request asks again. */
  forget(host: string): void {
    this.byHost.delete(host);
  }
}

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

/** The Authorization header for a request to a registry, given its challenge and our credential. */
export async function authorizationFor(
  tokens: TokenCache,
  challenge: Challenge | null,
  scope: string,
  credential: ResolvedCredential | undefined,
  signal?: AbortSignal,
): Promise<string | undefined> {
  if (credential?.kind === 'token') return `Bearer ${credential.token}`;
  if (!challenge) return undefined;
  if (challenge.scheme === 'basic') {
    return credential?.kind === 'basic'
      ? basicAuthorization(credential.username, credential.password)
      : undefined;
  }
  return `Bearer ${await tokens.token(challenge, scope, credential, signal)}`;
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
  async token(challenge: Challenge, scope: string, credential: Credential | undefined, signal?: AbortSignal) {
    const realm = challenge.params.realm;
    if (!realm) throw new AuthError('the registry sent a Bearer challenge without a realm');
    const service = challenge.params.service ?? '';
    const key = `${realm}\n${service}\n${scope}`;
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
  invalidate(challenge: Challenge, scope: string): void {
    this.tokens.delete(`${challenge.params.realm}\n${challenge.params.service ?? ''}\n${scope}`);
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
