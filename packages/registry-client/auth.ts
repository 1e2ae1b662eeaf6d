// Registry authentication: the WWW-Authenticate challenge (Basic, or Bearer with realm, service
// and scope), the token exchange (GET the realm, with Basic credentials when we have them, or a
// refresh-token POST for identity tokens), and a cache of one token per repository scope until it
// expires. https://distribution.github.io/distribution/spec/auth/token/
import type { Credential } from './credentials.js';
import type { HttpClient } from './http.js';

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
    let response;
    if (credential?.kind === 'identity') {
      // OAuth2 refresh-token grant, as docker does for identity tokens (credential helpers, ACR).
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credential.identityToken,
        service,
        scope,
        client_id: 'docker-pipeline-actions',
      });
      response = await this.http.send(
        {
          method: 'POST',
          url: url.toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        },
        signal,
      );
    } else {
      if (service) url.searchParams.set('service', service);
      url.searchParams.set('scope', scope);
      const authorization =
        credential?.kind === 'basic'
          ? basicAuthorization(credential.username, credential.password)
          : undefined;
      response = await this.http.send({ method: 'GET', url: url.toString(), authorization }, signal);
    }
    if (response.status === 401 || response.status === 403) {
      throw new AuthError(
        `the token server ${url.host} refused ${credential ? 'the credentials' : 'anonymous access'} (HTTP ${response.status})`,
      );
    }
    if (response.status !== 200)
      throw new AuthError(`the token server ${url.host} answered HTTP ${response.status}`);
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown; issued_at?: unknown };
    try {
      body = JSON.parse(response.body.toString('utf8'));
    } catch {
      throw new AuthError(`the token server ${url.host} answered with something that is not JSON`);
    }
    const token =
      typeof body.token === 'string' && body.token
        ? body.token
        : typeof body.access_token === 'string'
          ? body.access_token
          : '';
    if (!token) throw new AuthError(`the token server ${url.host} answered without a token`);
    this.mask(token);
    const lifetime =
      typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_LIFETIME_S;
    const issued = typeof body.issued_at === 'string' ? Date.parse(body.issued_at) : NaN;
    // Count from when we received it unless the server's clock is plausibly in step with ours.
    const start = Number.isFinite(issued) && Math.abs(issued - this.now()) < 60_000 ? issued : this.now();
    return { token, expiresAt: start + lifetime * 1000 };
  }
}
