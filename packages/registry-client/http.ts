// One HTTP exchange with a registry or token server, made robust: a time limit per attempt,
// retries with backoff for 408/429/5xx and network errors (reset, timeout, truncated body),
// Retry-After honoured (and shared by every request to that host), redirects followed by hand so
// Authorization never reaches another host.
import { setTimeout as sleepFor } from 'node:timers/promises';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** Sent only to the origin of `url`; dropped when a redirect leads elsewhere. */
  authorization?: string;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Empty for HEAD. Read fully inside the attempt's time limit. */
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
  userAgent: string;
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

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const MAX_REDIRECTS = 5;

/** Retry-After is either delta-seconds or an HTTP date; returns milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export class HttpClient {
  /** Requests sent, including retries, redirects and token requests. */
  requestCount = 0;
  /** Per host: no request before this time (set by Retry-After). */
  private readonly pausedUntil = new Map<string, number>();

  constructor(private readonly opts: HttpOptions) {}

  /** Sends with retries; resolves with any non-retryable status (2xx, 3xx unfollowed, 4xx). */
  async send(request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    let lastError = '';
    let retryAfterMs: number | undefined;
    for (let attempt = 0; attempt <= this.opts.maxRetries; attempt++) {
      if (attempt > 0) {
        const backoff = Math.min(this.opts.retryMaxDelayMs, this.opts.retryBaseMs * 2 ** (attempt - 1));
        const delay = Math.max(retryAfterMs ?? 0, backoff * (0.5 + this.opts.random() / 2));
        this.opts.log(`retrying ${request.method} ${request.url} in ${Math.round(delay)} ms (${lastError})`);
        await sleepFor(delay, undefined, { signal });
      }
      await this.waitForHost(new URL(request.url).host, signal);
      retryAfterMs = undefined;
      try {
        const response = await this.attempt(request, signal);
        if (!RETRYABLE_STATUS.has(response.status)) return response;
        lastError = `HTTP ${response.status}`;
        retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.opts.now());
        if (retryAfterMs !== undefined && response.status === 429) {
          this.pausedUntil.set(new URL(response.url).host, this.opts.now() + retryAfterMs);
        }
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        lastError = describeNetworkError(error, this.opts.requestTimeoutMs);
      }
    }
    throw new TransientError(
      `${request.method} ${request.url} failed after ${this.opts.maxRetries + 1} attempts: ${lastError}`,
      retryAfterMs,
    );
  }

  private async waitForHost(host: string, signal?: AbortSignal): Promise<void> {
    const until = this.pausedUntil.get(host);
    if (until === undefined) return;
    const wait = until - this.opts.now();
    if (wait <= 0) this.pausedUntil.delete(host);
    else await sleepFor(wait, undefined, { signal });
  }

  /** One attempt: follows redirects itself, all under one time limit. */
  private async attempt(request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    const timeout = AbortSignal.timeout(this.opts.requestTimeoutMs);
    const limit = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const origin = new URL(request.url).origin;
    let url = request.url;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': this.opts.userAgent, ...request.headers };
      // Credentials belong to the origin they were issued for: a redirect to a blob store or
      // CDN (another host) must not receive them.
      if (request.authorization && new URL(url).origin === origin)
        headers.authorization = request.authorization;
      this.requestCount++;
      const response = await fetch(url, {
        method: hop === 0 ? request.method : request.method === 'POST' ? 'GET' : request.method,
        headers,
        body: hop === 0 ? request.body : undefined,
        redirect: 'manual',
        signal: limit,
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
        await response.body?.cancel();
        url = new URL(location, url).toString();
        continue;
      }
      const body = request.method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
      return { status: response.status, headers: response.headers, body, url };
    }
  }
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${error.message} (${cause.code})`;
    if (cause?.message) return `${error.message} (${cause.message})`;
    return error.message;
  }
  return String(error);
}
