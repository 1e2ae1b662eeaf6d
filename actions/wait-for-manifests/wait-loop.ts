// The poll loop, free of I/O of its own: it is given the check, a clock and a random source, so
// unit tests drive it with a fake clock. Each reference still missing is polled again after its
// own exponential backoff (interval doubling up to max-interval, with jitter); a reference found
// is never asked again; at most `concurrency` checks run at once; and nothing outlives the
// deadline: the checks in flight are aborted then, and no timer is left behind.
import type { ManifestCheck } from '../../packages/registry-client/index.js';
import { whenAborted } from '../../packages/time-limit/when-aborted.js';

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason once it aborts (clearing its timer). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export type OutcomeStatus = 'present' | 'missing' | 'unauthorized' | 'platforms-missing' | 'error';

export interface Outcome<R> {
  item: R;
  status: OutcomeStatus;
  digest?: string;
  mediaType?: string;
  platforms?: string[];
  missingPlatforms?: string[];
  detail?: string;
  /** From the start of the wait until the check that found it. */
  waitedMs?: number;
  checks: number;
}

export interface Progress {
  present: number;
  total: number;
  waiting: number;
  /** Until the next round; undefined when the wait is over. */
  nextPollInMs?: number;
}

export interface WaitOptions<R> {
  items: R[];
  check: (item: R, signal: AbortSignal) => Promise<ManifestCheck>;
  /** 0: one round, no waiting. */
  timeoutMs: number;
  intervalMs: number;
  maxIntervalMs: number;
  concurrency: number;
  clock: Clock;
  random: () => number;
  onPresent?: (outcome: Outcome<R>) => void;
  onRound?: (progress: Progress) => void;
}

export interface WaitResult<R> {
  outcomes: Outcome<R>[];
  elapsedMs: number;
  allPresent: boolean;
}

/** Jitter takes up to this share off each delay, so delays stay within [interval, max-interval]. */
export const JITTER = 0.2;

/** The delay before the n-th re-poll (n >= 1) of a reference: interval * 2^(n-1), capped, jittered. */
export function backoffDelay(
  n: number,
  intervalMs: number,
  maxIntervalMs: number,
  random: () => number,
): number {
  const base = Math.min(maxIntervalMs, intervalMs * 2 ** Math.min(n - 1, 30));
  return Math.max(1, Math.round(base * (1 - JITTER * random())));
}

interface Slot<R> {
  outcome: Outcome<R>;
  nextAt: number;
}

class DeadlineReached extends Error {
  override name = 'DeadlineReached';
}

/** Records one check's answer in its slot and, unless present, when to ask again. */
function applyAnswer<R>(
  slot: Slot<R>,
  result: ManifestCheck,
  at: { now: number; start: number },
  opts: WaitOptions<R>,
): void {
  const { outcome } = slot;
  outcome.checks++;
  if (result.status === 'present') {
    Object.assign(outcome, {
      status: 'present',
      digest: result.digest,
      mediaType: result.mediaType,
      platforms: result.platforms,
      missingPlatforms: undefined,
      detail: undefined,
      waitedMs: at.now - at.start,
    });
    opts.onPresent?.(outcome);
    return;
  }
  outcome.status = result.status;
  outcome.detail = 'detail' in result ? result.detail : undefined;
  if (result.status === 'platforms-missing') {
    Object.assign(outcome, {
      digest: result.digest,
      platforms: result.platforms,
      missingPlatforms: result.missing,
    });
  }
  const retryAfter = result.status === 'error' ? (result.retryAfterMs ?? 0) : 0;
  const delay = Math.max(
    retryAfter,
    backoffDelay(outcome.checks, opts.intervalMs, opts.maxIntervalMs, opts.random),
  );
  slot.nextAt = at.now + delay;
}

export async function waitForManifests<R>(opts: WaitOptions<R>): Promise<WaitResult<R>> {
  const { clock } = opts;
  const start = clock.now();
  const deadline = start + opts.timeoutMs;
  // The last round starts this long before the deadline, so its answers can still arrive.
  const finalLead = Math.min(1_000, opts.intervalMs, opts.timeoutMs);
  // Checks due within this window of a round's start join that round (one progress line, not many).
  const coalesceMs = Math.min(opts.intervalMs / 4, 2_000);

  const slots: Slot<R>[] = opts.items.map((item) => ({
    outcome: { item, status: 'missing', checks: 0 },
    nextAt: start,
  }));
  const waiting = () => slots.filter((s) => s.outcome.status !== 'present');

  const stop = new AbortController();
  const atDeadline = new AbortController();
  if (opts.timeoutMs > 0) {
    clock.sleep(opts.timeoutMs, stop.signal).then(
      () => atDeadline.abort(new DeadlineReached('timeout reached')),
      () => {},
    );
  }

  const runOne = async (slot: Slot<R>) => {
    const { outcome } = slot;
    let result: ManifestCheck;
    try {
      result = await untilAborted(opts.check(outcome.item, atDeadline.signal), atDeadline.signal);
    } catch (error) {
      if (atDeadline.signal.aborted) return; // cut off by the deadline: keep the last answer
      result = { status: 'error', detail: error instanceof Error ? error.message : String(error) };
    }
    applyAnswer(slot, result, { now: clock.now(), start }, opts);
  };

  try {
    for (;;) {
      const roundStart = clock.now();
      const due = waiting().filter((s) => s.nextAt <= roundStart + coalesceMs);
      await runPool(due, opts.concurrency, runOne, atDeadline.signal);
      const left = waiting();
      const now = clock.now();
      const lastRoundAt = deadline - finalLead;
      if (left.length === 0 || opts.timeoutMs === 0 || atDeadline.signal.aborted || now >= lastRoundAt) {
        opts.onRound?.({ present: slots.length - left.length, total: slots.length, waiting: left.length });
        break;
      }
      const next = Math.min(lastRoundAt, ...left.map((s) => s.nextAt));
      const wait = Math.max(0, next - now);
      opts.onRound?.({
        present: slots.length - left.length,
        total: slots.length,
        waiting: left.length,
        nextPollInMs: wait,
      });
      // Past the last moment a round may start, every remaining reference is due then.
      for (const s of left) s.nextAt = Math.min(s.nextAt, lastRoundAt);
      try {
        await clock.sleep(wait, atDeadline.signal);
      } catch {
        break;
      }
    }
  } finally {
    stop.abort();
  }
  const left = waiting().length;
  return { outcomes: slots.map((s) => s.outcome), elapsedMs: clock.now() - start, allPresent: left === 0 };
}

/**
 * The check's answer, or a rejection as soon as `signal` aborts even if the check does not honour
 * it (a slow credential helper, say): the deadline holds whatever a check is doing.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stopWaiting = whenAborted(signal, () => reject(signal.reason));
    work.then(
      (value) => {
        stopWaiting();
        resolve(value);
      },
      (error: unknown) => {
        stopWaiting();
        reject(error);
      },
    );
  });
}

/** Runs `work` over `items` with at most `limit` at once; stops taking new items once `signal` aborts. */
async function runPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>, signal: AbortSignal) {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal.aborted) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
