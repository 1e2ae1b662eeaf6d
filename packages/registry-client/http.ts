// One HTTP exchange with a registry or token server, made robust: a time limit per attempt,
// retries with backoff for 408/429/5xx and network errors (reset, timeout, truncated body),
// Retry-After honoured (and shared by every request to that host), redirects followed by hand so
// Authorization never reaches another host.
import { sleep } from '../time-limit/sleep.js';
import { whenAborted } from '../time-limit/when-aborted.js';
import { ConnectionPool, type InFlight } from './connection-pool.js';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** Sent only to the origin of `url`; dropped when a redirect leads elsewhere. */
  authorization?: string;
  body?: string;
}

/**
 * The header lookups a registry answer needs (names case-insensitive). Not the WHATWG `Headers`:
 * its first use loads undici, about 50 ms of start-up on the path to the first answer.
 */
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
  /** Keep-alive connections per origin (their idle sockets never hold the process open). */
  private readonly pool = new ConnectionPool();

  constructor(private readonly opts: HttpOptions) {}

  /** Opens a connection to `url`'s origin ahead of a request that waits for something else first. */
  preconnect(url: string): void {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') this.pool.preconnect(parsed);
  }

  /** Sends with retries; resolves with any non-retryable status (2xx, 3xx unfollowed, 4xx). */
  async send(request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    let lastError = '';
    let retryAfterMs: number | undefined;
    for (let attempt = 0; attempt <= this.opts.maxRetries; attempt++) {
      if (attempt > 0) {
        const backoff = Math.min(this.opts.retryMaxDelayMs, this.opts.retryBaseMs * 2 ** (attempt - 1));
        const delay = Math.max(retryAfterMs ?? 0, backoff * (0.5 + this.opts.random() / 2));
        this.opts.log(`retrying ${request.method} ${request.url} in ${Math.round(delay)} ms (${lastError})`);
        await sleep(delay, signal);
      }
      if (this.pausedUntil.size) await this.waitForHost(new URL(request.url).host, signal);
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
        lastError = describeNetworkError(error);
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
    else await sleep(wait, signal);
  }

  /** One attempt: follows redirects itself, all under one time limit. */
  private async attempt(request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    if (signal?.aborted) throw signal.reason;
    // The time limit and the caller's signal end the request in flight by destroying it: one
    // timer per attempt and no listener of its own on the signal (AbortControllers, and a
    // listener per request, cost more for every one of hundreds of requests).
    let inFlight: InFlight | undefined;
    let stopped: unknown;
    const stop = (reason: unknown) => {
      stopped ??= reason;
      inFlight?.destroy(reason instanceof Error ? reason : new Error(String(reason)));
    };
    const timer = setTimeout(
      () => stop(new TimeLimitError(this.opts.requestTimeoutMs)),
      this.opts.requestTimeoutMs,
    );
    const stopWaiting = signal && whenAborted(signal, () => stop(signal.reason));
    let url = new URL(request.url);
    const origin = url.origin;
    try {
      for (let hop = 0; ; hop++) {
        const headers: Record<string, string> = { 'user-agent': this.opts.userAgent, ...request.headers };
        // Credentials belong to the origin they were issued for: a redirect to a blob store or
        // CDN (another host) must not receive them.
        if (request.authorization && url.origin === origin) headers.authorization = request.authorization;
        this.requestCount++;
        const method = hop === 0 ? request.method : request.method === 'POST' ? 'GET' : request.method;
        const response = await this.exchange(
          url,
          method,
          headers,
          hop === 0 ? request.body : undefined,
          (req) => {
            inFlight = req;
            if (stopped !== undefined) stop(stopped);
          },
        );
        inFlight = undefined;
        if (stopped !== undefined) throw stopped;
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
          url = new URL(location, url);
          continue;
        }
        return { ...response, url: hop === 0 ? request.url : url.toString() };
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw stopped ?? error;
    } finally {
      clearTimeout(timer);
      stopWaiting?.();
    }
  }

  /**
   * One request on a pooled keep-alive connection (./connection-pool.ts). (fetch is not used: its
   * first use loads undici, and it closes the connection after every HEAD, so 185 HEADs would cost
   * 185 TCP handshakes.) `started` receives the request so the caller can end it.
   */
  private async exchange(
    url: URL,
    method: HttpRequest['method'],
    fields: Record<string, string>,
    body: string | undefined,
    started: (request: InFlight) => void,
  ): Promise<Omit<HttpResponse, 'url'>> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`unsupported URL ${url.origin}`);
    const answer = await this.pool.request({ method, url, fields, body }, started);
    const headers = answer.fields;
    return {
      status: answer.status,
      headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
      body: answer.body,
    };
  }
}

/** An attempt that took longer than the per-request limit. */
class TimeLimitError extends Error {
  override name = 'TimeLimitError';
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && !error.message.includes(code)) return `${error.message} (${code})`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${error.message} (${cause.code})`;
    if (cause?.message) return `${error.message} (${cause.message})`;
    return error.message;
  }
  return String(error);
}
