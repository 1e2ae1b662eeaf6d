// One HTTP exchange with a registry or token server, made robust: a time limit per attempt,
// retries with backoff for 408/429/5xx and network errors (reset, timeout, truncated body),
// Retry-After honoured (and shared by every request to that host), redirects followed by hand so
// Authorization never reaches another host.
import type * as Http from 'node:http';
import { setTimeout as sleepFor } from 'node:timers/promises';
import { HeadPool, type InFlight } from './head-pool.js';

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
/** Manifests and token answers are small; anything this big is not one of them. */
const MAX_BODY_BYTES = 8 << 20;
const EMPTY = Buffer.alloc(0);

interface Transport {
  request: typeof Http.request;
  agent: Http.Agent;
}

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
  /** HEADs (the existence checks, hundreds per run) on their own lean connections. */
  private readonly heads = new HeadPool();
  /**
   * node:http(s) with a keep-alive agent, loaded at the first GET or POST: a run of HEADs never
   * needs them (node:http is ~5 ms of start-up, node:https with TLS ~25 ms). Idle sockets of
   * keep-alive agents are unref'd by Node: they never hold the process open.
   */
  private readonly transports = new Map<string, Promise<Transport>>();

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
    else await sleepFor(wait, undefined, { signal });
  }

  /** One attempt: follows redirects itself, all under one time limit. */
  private async attempt(request: HttpRequest, signal?: AbortSignal): Promise<HttpResponse> {
    if (signal?.aborted) throw signal.reason;
    // The time limit and the caller's signal end the request in flight by destroying it: one
    // timer and at most one listener per attempt (AbortControllers and a signal handed to
    // http.request cost more, for every one of hundreds of requests).
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
    const onAbort = () => stop(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
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
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * One request with node:http(s) and keep-alive agents. (fetch is not used: undici closes the
   * connection after every HEAD, so 185 HEADs would cost 185 TCP handshakes.) HEADs go through
   * ./head-pool.ts. `started` receives the request so the caller can end it.
   */
  private async exchange(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    started: (request: InFlight) => void,
  ): Promise<Omit<HttpResponse, 'url'>> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`unsupported URL ${url.origin}`);
    if (method === 'HEAD' && body === undefined) {
      const { status, fields } = await this.heads.head(url, headers, started);
      return { status, headers: { get: (name) => fields.get(name.toLowerCase()) ?? null }, body: EMPTY };
    }
    const { request, agent } = await this.transport(url.protocol);
    return this.nodeHttpExchange(request, agent, url, method, headers, body, started);
  }

  private transport(protocol: 'http:' | 'https:'): Promise<Transport> {
    let transport = this.transports.get(protocol);
    if (!transport) {
      const loaded: Promise<Pick<typeof Http, 'request' | 'Agent'>> =
        protocol === 'https:' ? import('node:https') : import('node:http');
      transport = loaded.then((m) => ({ request: m.request, agent: new m.Agent({ keepAlive: true }) }));
      this.transports.set(protocol, transport);
    }
    return transport;
  }

  private nodeHttpExchange(
    send: typeof Http.request,
    agent: Http.Agent,
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    started: (request: InFlight) => void,
  ): Promise<Omit<HttpResponse, 'url'>> {
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const req = send(url, { method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES)
            return void res.destroy(new Error(`an answer larger than ${MAX_BODY_BYTES} bytes`));
          chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('close', () => {
          if (!res.complete)
            return reject(new Error('the connection closed before the whole answer arrived'));
          resolve({
            status: res.statusCode ?? 0,
            headers: responseHeaders(res.headers),
            body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
          });
        });
      });
      req.on('error', reject);
      started(req);
      req.end(body);
    });
  }
}

/** Node has already joined repeated fields with ", " (as Headers.get does); set-cookie stays a list. */
function responseHeaders(raw: Http.IncomingHttpHeaders): ResponseHeaders {
  return {
    get(name) {
      const value = raw[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
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
