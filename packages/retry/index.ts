// The one retry/backoff helper: how long to wait before a retry (doubling from a base, capped,
// with jitter), what a `Retry-After` header asks for, and a loop that retries what its caller
// says is transient. Registry requests, GitHub API requests and build retries all use it.
import { sleep as abortableSleep } from '../time-limit/sleep.js';

export { sleep } from '../time-limit/sleep.js';

export interface BackoffOptions {
  /** The first delay, in milliseconds; each retry doubles it. */
  baseMs: number;
  /** No delay is longer than this. */
  maxMs: number;
  /** 0..1 source for jitter; without it there is no jitter (delays are exact). */
  random?: () => number;
  /** With `random`: the delay is shortened by up to this fraction (default: into [d/2, d]). */
  jitter?: number;
}

/** The delay before retry `n` (1-based): base * 2^(n-1), capped, then jittered. */
export function backoffMs(retry: number, opts: BackoffOptions): number {
  const exact = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, retry - 1));
  if (!opts.random) return exact;
  return opts.jitter === undefined
    ? exact * (0.5 + opts.random() / 2)
    : exact * (1 - opts.jitter * opts.random());
}

/** `Retry-After` is delta-seconds or an HTTP date; milliseconds from `now`, or undefined. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface RetryOptions extends BackoffOptions {
  /** Retries after the first attempt. */
  retries: number;
  /** Whether `error` (from attempt `attempt`, 1-based) is worth another try; may name a wait. */
  transient: (error: unknown, attempt: number) => boolean | { afterMs: number };
  /** Told before each wait. */
  onRetry?: (error: unknown, retry: number, delayMs: number) => void;
  signal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Runs `attempt` until it succeeds, fails with a non-transient error, or the retries run out. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const wait = opts.sleep ?? abortableSleep;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const verdict = n <= opts.retries ? opts.transient(error, n) : false;
      if (verdict === false) throw error;
      const delay = Math.max(typeof verdict === 'object' ? verdict.afterMs : 0, backoffMs(n, opts));
      opts.onRetry?.(error, n, delay);
      await wait(delay, opts.signal);
    }
  }
}
