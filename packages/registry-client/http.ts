// One HTTP exchange with a registry or token server, made robust: undici's keep-alive pools (per
// origin, through the proxy HTTPS_PROXY/HTTP_PROXY/NO_PROXY choose: ../proxy), a time limit per
// attempt, a body-size limit, retries with backoff (../retry) for 408/429/5xx and network errors
// (reset, timeout, truncated body), Retry-After honoured (and shared by every request to that
// host), redirects followed by hand so Authorization never reaches another host.
import { request as undiciRequest } from 'undici';
import { describeProxy, type ProxyEnv } from '../proxy/index.js';
import { ProxyRouter } from '../proxy/dispatcher.js';
import { parseRetryAfter, sleep, withRetries } from '../retry/index.js';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** Sent only to the origin of `url`; dropped when a redirect leads elsewhere. */
  authorization?: string;
  body?: string | Buffer;
}

/** The header lookups a registry answer needs (names case-insensitive). */
export interface ResponseHeaders {
  get(name: string): string | null;
}

export interface HttpResponse {
  status: number;
  headers: ResponseHeaders;
  /** Empty for HEAD. Read fully inside the attempt's time limit (a cut-short body is an error). */
  body: Buffer;
  /** The URL that answered (after redirects). */
  url: string;
}

export interface HttpOptions {
  requestTimeoutMs: number;
  /** Extra attempts after the first for retryable failures. */
  maxRetries: number;
  /** First backoff; doubles per retry up to retryMaxDelayMs, with jitter. */
  retryBaseMs: number;
  retryMaxDelayMs: number;
  /** Answers larger than this fail (manifests are at most 4 MiB on the common registries). */
  maxResponseBytes: number;
  userAgent: string;
  /** HTTPS_PROXY, HTTP_PROXY, NO_PROXY (either case). */
  env: ProxyEnv;
  log: (message: string) => void;
  random: () => number;
  now: () => number;
}

/** A failure that survived the retries (or is not retryable); `retryAfterMs` from a 429/503. */
export class TransientError extends Error {
  override name = 'TransientError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A 408/429/5xx answer: worth another attempt. */
class RetryableStatus extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

/** The longest Retry-After we wait for; a registry asking for more gets a failure now instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** A 429/503 whose Retry-After is longer than we wait: not retried (it could hang the step). */
class WaitTooLong extends Error {
  readonly code = 'DPA_RETRY_AFTER_TOO_LONG';
  constructor(status: number, retryAfterMs: number) {
    super(
      `HTTP ${status}, and the registry asks to wait ${Math.round(retryAfterMs / 1000)} s ` +
        `(more than the ${MAX_RETRY_AFTER_MS / 1000} s this action waits)`,
    );
  }
}

/** An attempt that took longer than the per-request limit. */
class TimeLimitError extends Error {
  override name = 'TimeLimitError';
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Failures another attempt would only repeat: too large an answer, TLS that cannot work. */
const NOT_RETRYABLE_CODES = new Set([
  'UND_ERR_RES_EXCEEDED_MAX_SIZE',
  'DPA_RETRY_AFTER_TOO_LONG',
  'UND_ERR_INVALID_ARG',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
]);
const MAX_REDIRECTS = 5;

export class HttpClient {
  /** Requests sent, including retries, redirects and token requests. */
  requestCount = 0;
  /** Per host: no request before this time (set by Retry-After). */
  private readonly pausedUntil = new Map<string, number>();
  private readonly router: ProxyRouter;

  constructor(private readonly opts: HttpOptions) {
    this.router = new ProxyRouter({
      env: opts.env,
      timeoutMs: opts.requestTimeoutMs,
      maxResponseBytes: opts.maxResponseBytes,
    });
  }

  /** Sends with retries; resolves with any non-retryable status (2xx, 3xx unfollowed, 4xx). */
  async send(request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    let attempts = 0;
    try {
      return await withRetries(
        async () => {
          attempts++;
          if (this.pausedUntil.size) await this.waitForHost(new URL(request.url).host, signal);
          return await this.attemptWithStatus(request, signal);
        },
        {
          retries: this.opts.maxRetries,
          baseMs: this.opts.retryBaseMs,
          maxMs: this.opts.retryMaxDelayMs,
          random: this.opts.random,
          signal,
          transient: (error) => isRetryable(error, signal) && { afterMs: retryAfterOf(error) ?? 0 },
          onRetry: (error, _retry, delay) =>
            this.opts.log(
              `retrying ${request.method} ${request.url} in ${Math.round(delay)} ms (${this.describeFailure(error, request.url)})`,
            ),
        },
      );
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const cause = this.describeFailure(error, request.url);
      throw new TransientError(
        `${request.method} ${request.url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${cause}`,
        retryAfterOf(error),
      );
    }
  }

  /** Closes the pooled connections. */
  close(): Promise<void> {
    return this.router.close();
  }

  /** One attempt; a retryable status becomes a RetryableStatus error (a 429 pauses its host). */
  private async attemptWithStatus(request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    const response = await this.attempt(request, signal);
    if (!RETRYABLE_STATUS.has(response.status)) return response;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.opts.now());
    if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS)
      throw new WaitTooLong(response.status, retryAfterMs);
    if (retryAfterMs !== undefined && response.status === 429) {
      this.pausedUntil.set(new URL(response.url).host, this.opts.now() + retryAfterMs);
    }
    throw new RetryableStatus(response.status, retryAfterMs);
  }

  private async waitForHost(host: string, signal?: AbortSignal): Promise<void> {
    const until = this.pausedUntil.get(host);
    if (until === undefined) return;
    const wait = until - this.opts.now();
    if (wait <= 0) this.pausedUntil.delete(host);
    else await sleep(wait, signal);
  }

  /** One attempt: follows redirects itself, all under one time limit. */
  private async attempt(request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    if (signal?.aborted) throw signal.reason;
    const limit = new AbortController();
    const timer = setTimeout(
      () => limit.abort(new TimeLimitError(this.opts.requestTimeoutMs)),
      this.opts.requestTimeoutMs,
    );
    const forward = () => limit.abort(signal!.reason);
    signal?.addEventListener('abort', forward, { once: true });
    let url = new URL(request.url);
    const origin = url.origin;
    try {
      for (let hop = 0; ; hop++) {
        const headers: Record<string, string> = { 'user-agent': this.opts.userAgent, ...request.headers };
        // Credentials belong to the origin they were issued for: a redirect to a blob store or
        // CDN (another host) must not receive them.
        if (request.authorization && url.origin === origin) headers.authorization = request.authorization;
        const method = hop === 0 ? request.method : request.method === 'POST' ? 'GET' : request.method;
        const response = await this.exchange(
          url,
          method,
          headers,
          hop === 0 ? request.body : undefined,
          limit,
        );
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
          url = new URL(location, url);
          continue;
        }
        return { ...response, url: hop === 0 ? request.url : url.toString() };
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw limit.signal.aborted ? limit.signal.reason : error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
  }

  /** One request on undici's keep-alive pool for the origin (direct or through the proxy). */
  private async exchange(
    url: URL,
    method: HttpRequest['method'],
    headers: Record<string, string>,
    body: string | Buffer | undefined,
    limit: AbortController,
  ): Promise<Omit<HttpResponse, 'url'>> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`unsupported URL ${url.origin}`);
    this.requestCount++;
    const { dispatcher } = this.router.route(url);
    const answer = await undiciRequest(url, { method, headers, body, dispatcher, signal: limit.signal });
    const content = Buffer.from(await answer.body.arrayBuffer());
    const fields = answer.headers;
    return {
      status: answer.statusCode,
      headers: {
        get: (name) => {
          const value = fields[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
      },
      body: content,
    };
  }

  /** What went wrong, naming the proxy when the request went through one. */
  private describeFailure(error: unknown, url: string): string {
    if (error instanceof RetryableStatus || error instanceof WaitTooLong) return error.message;
    const proxy = this.router.route(new URL(url)).proxy;
    const cause = describeNetworkError(error);
    return proxy ? `${cause}, through the proxy ${describeProxy(proxy)}` : cause;
  }
}

function retryAfterOf(error: unknown): number | undefined {
  return error instanceof RetryableStatus ? error.retryAfterMs : undefined;
}

function isRetryable(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return false;
  const code = (error as { code?: unknown } | undefined)?.code;
  return !(typeof code === 'string' && NOT_RETRYABLE_CODES.has(code));
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return 'the answer is larger than allowed';
    if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG')
      return `${error.message} (${code}): the server does not speak TLS; a plain-HTTP registry must be listed in insecure-registries`;
    if (code && !error.message.includes(code)) return `${error.message} (${code})`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${error.message} (${cause.code})`;
    if (cause?.message) return `${error.message} (${cause.message})`;
    return error.message;
  }
  return String(error);
}
