// The poll loop, free of I/O of its own: it is given the check, a clock and a random source, so
// unit tests drive it with a fake clock. Each reference still missing is polled again after its
// own exponential backoff (interval doubling up to max-interval, with jitter); a reference found
// is never asked again; at most `concurrency` checks run at once; and nothing outlives the
// deadline: the checks in flight are aborted then, and no timer is left behind.
import type { ManifestCheck } from '../../packages/registry-client/index.js';
import { backoffMs } from '../../packages/retry/index.js';
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
  const delay = backoffMs(n, { baseMs: intervalMs, maxMs: maxIntervalMs, random, jitter: JITTER });
  return Math.max(1, Math.round(delay));
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

/** A signal that aborts at the timeout (never, for timeout 0); `stop` cancels its timer. */
function deadlineSignal(clock: Clock, timeoutMs: number, stop: AbortSignal): AbortSignal {
  const atDeadline = new AbortController();
  if (timeoutMs > 0) {
    clock.sleep(timeoutMs, stop).then(
      () => atDeadline.abort(new DeadlineReached('timeout reached')),
      () => {},
    );
  }
  return atDeadline.signal;
}

/** One check of one reference, its answer applied to the slot (a check cut off keeps the last). */
function checkRunner<R>(opts: WaitOptions<R>, start: number, deadline: AbortSignal) {
  return async (slot: Slot<R>): Promise<void> => {
    let result: ManifestCheck;
    try {
      result = await untilAborted(opts.check(slot.outcome.item, deadline), deadline);
    } catch (error) {
      if (deadline.aborted) return; // cut off by the deadline: keep the last answer
      result = { status: 'error', detail: error instanceof Error ? error.message : String(error) };
    }
    applyAnswer(slot, result, { now: opts.clock.now(), start }, opts);
  };
}

export async function waitForManifests<R>(opts: WaitOptions<R>): Promise<WaitResult<R>> {
  const { clock } = opts;
  const start = clock.now();
  // The last round starts this long before the deadline, so its answers can still arrive.
  const lastRoundAt = start + opts.timeoutMs - Math.min(1_000, opts.intervalMs, opts.timeoutMs);
  // Checks due within this window of a round's start join that round (one progress line, not many).
  const coalesceMs = Math.min(opts.intervalMs / 4, 2_000);
  const slots: Slot<R>[] = opts.items.map((item) => ({
    outcome: { item, status: 'missing', checks: 0 },
    nextAt: start,
  }));
  const waiting = () => slots.filter((s) => s.outcome.status !== 'present');
  const progress = (left: Slot<R>[]) => ({
    present: slots.length - left.length,
    total: slots.length,
    waiting: left.length,
  });
  const stop = new AbortController();
  const deadline = deadlineSignal(clock, opts.timeoutMs, stop.signal);
  const runOne = checkRunner(opts, start, deadline);
  try {
    for (;;) {
      const due = waiting().filter((s) => s.nextAt <= clock.now() + coalesceMs);
      await runPool(due, opts.concurrency, runOne, deadline);
      const left = waiting();
      const now = clock.now();
      if (left.length === 0 || opts.timeoutMs === 0 || deadline.aborted || now >= lastRoundAt) {
        opts.onRound?.(progress(left));
        break;
      }
      const wait = Math.max(0, Math.min(lastRoundAt, ...left.map((s) => s.nextAt)) - now);
      opts.onRound?.({ ...progress(left), nextPollInMs: wait });
      // Past the last moment a round may start, every remaining reference is due then.
      for (const s of left) s.nextAt = Math.min(s.nextAt, lastRoundAt);
      if (
        !(await clock.sleep(wait, deadline).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  } finally {
    stop.abort();
  }
  const allPresent = waiting().length === 0;
  return { outcomes: slots.map((s) => s.outcome), elapsedMs: clock.now() - start, allPresent };
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
