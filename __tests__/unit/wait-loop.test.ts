import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ManifestCheck } from '../../packages/registry-client/index.js';
import {
  backoffDelay,
  JITTER,
  waitForManifests,
  type Clock,
  type Progress,
  type WaitOptions,
} from '../../actions/wait-for-manifests/wait-loop.js';

/** Virtual time: sleeps resolve when the test advances the clock; nothing real is waited for. */
class FakeClock implements Clock {
  t = 0;
  private timers: { at: number; resolve: () => void; seq: number }[] = [];
  private seq = 0;

  now = () => this.t;

  sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = { at: this.t + ms, resolve: () => {}, seq: this.seq++ };
      const onAbort = () => {
        this.timers = this.timers.filter((x) => x !== timer);
        reject(signal?.reason);
      };
      timer.resolve = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
    });

  get pending() {
    return this.timers.length;
  }

  /** Runs `work` to completion, advancing to the next timer whenever everything else is idle. */
  async drive<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const result = work.finally(() => (done = true));
    for (;;) {
      await new Promise((r) => setImmediate(r));
      if (done) return result;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift();
      if (!next) throw new Error('deadlock: work pending but no timer set');
      this.t = Math.max(this.t, next.at);
      next.resolve();
    }
  }
}

type Ref = string;

interface Script {
  /** When each reference appears (virtual ms); absent = never. */
  appearsAt?: Record<Ref, number>;
  latencyMs?: number;
  answer?: (ref: Ref, t: number) => ManifestCheck | undefined;
}

function setup(items: Ref[], script: Script, overrides: Partial<WaitOptions<Ref>> = {}) {
  const clock = new FakeClock();
  const calls: { ref: Ref; t: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const rounds: Progress[] = [];
  const presentLog: { ref: Ref; waited?: number }[] = [];
  const opts: WaitOptions<Ref> = {
    items,
    timeoutMs: 60_000,
    intervalMs: 1_000,
    maxIntervalMs: 8_000,
    concurrency: 4,
    clock,
    random: () => 0.5,
    check: async (ref, signal) => {
      calls.push({ ref, t: clock.t });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await clock.sleep(script.latencyMs ?? 10, signal);
      } finally {
        inFlight--;
      }
      const custom = script.answer?.(ref, clock.t);
      if (custom) return custom;
      const at = script.appearsAt?.[ref];
      return at !== undefined && clock.t >= at
        ? { status: 'present', digest: `sha256:${ref}`, mediaType: 'x' }
        : { status: 'missing' };
    },
    onRound: (p) => rounds.push(p),
    onPresent: (o) => presentLog.push({ ref: o.item, waited: o.waitedMs }),
    ...overrides,
  };
  const run = () => clock.drive(waitForManifests(opts));
  return { clock, calls, rounds, presentLog, run, maxInFlight: () => maxInFlight };
}

describe('backoffDelay', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 8_000],
    [5, 8_000],
    [500, 8_000],
  ])('poll %d waits %d ms before jitter', (n, ms) => {
    expect(backoffDelay(n, 1_000, 8_000, () => 0)).toBe(ms);
  });

  it('stays within [interval*(1-jitter), max-interval] and never shrinks by more than the jitter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 100, max: 60_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (n, interval, extra, r) => {
          const max = interval + extra;
          const d = backoffDelay(n, interval, max, () => r);
          expect(d).toBeLessThanOrEqual(max);
          expect(d).toBeGreaterThanOrEqual(Math.floor(interval * (1 - JITTER)));
        },
      ),
    );
  });
});

describe('waitForManifests (fake clock)', () => {
  it('all present at once: one round, each asked once', async () => {
    const items = ['a', 'b', 'c'];
    const t = setup(items, { appearsAt: { a: 0, b: 0, c: 0 } });
    const result = await t.run();
    expect(result.allPresent).toBe(true);
    expect(result.outcomes.map((o) => [o.item, o.status, o.digest, o.checks])).toEqual([
      ['a', 'present', 'sha256:a', 1],
      ['b', 'present', 'sha256:b', 1],
      ['c', 'present', 'sha256:c', 1],
    ]);
    expect(t.rounds).toEqual([{ present: 3, total: 3, waiting: 0 }]);
    expect(t.clock.pending).toBe(0); // no timer left behind
  });

  it('found references are never asked again; late ones back off exponentially', async () => {
    const t = setup(['early', 'late'], { appearsAt: { early: 0, late: 9_000 } }, { random: () => 0 });
    const result = await t.run();
    expect(t.calls.filter((c) => c.ref === 'early')).toHaveLength(1);
    // polls of `late` at 0, 1s, 3s, 7s, 15s (delays 1, 2, 4, 8 s, each after a 10 ms answer)
    expect(t.calls.filter((c) => c.ref === 'late').map((c) => Math.round(c.t / 1000))).toEqual([
      0, 1, 3, 7, 15,
    ]);
    expect(result.outcomes[1]).toMatchObject({ status: 'present', checks: 5 });
    expect(t.presentLog.map((p) => p.ref)).toEqual(['early', 'late']);
  });

  it('detects a reference within one max-interval of its appearance', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 50_000 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        async (appearsAt, r) => {
          const t = setup(['x'], { appearsAt: { x: appearsAt } }, { random: () => r });
          const result = await t.run();
          expect(result.allPresent).toBe(true);
          expect(result.outcomes[0].waitedMs! - appearsAt).toBeLessThanOrEqual(8_000 + 10);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('never has more than `concurrency` checks in flight', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `r${i}`);
    const t = setup(items, {
      appearsAt: Object.fromEntries(items.map((r, i) => [r, i * 300])),
      latencyMs: 50,
    });
    const result = await t.run();
    expect(result.allPresent).toBe(true);
    expect(t.maxInFlight()).toBe(4);
  });

  it('the whole wait never exceeds the timeout; checks in flight are cut off', async () => {
    // every check hangs for a minute: the deadline aborts the one in flight
    const hanging = setup(['never'], { latencyMs: 60_000 }, { timeoutMs: 20_000 });
    const cut = await hanging.run();
    expect(cut.elapsedMs).toBe(20_000);
    expect(cut.outcomes[0]).toMatchObject({ status: 'missing', checks: 0 });
    expect(hanging.clock.pending).toBe(0);

    const polling = setup(['never'], {}, { timeoutMs: 20_000 });
    const result = await polling.run();
    expect(result.elapsedMs).toBeLessThanOrEqual(20_000);
    expect(result.allPresent).toBe(false);
    expect(polling.clock.pending).toBe(0);
  });

  it('the last round starts before the deadline so its answer counts', async () => {
    // max-interval 8 s: polls at 0, 1, 3, 7, 15 s; the next (23 s) is past the 20 s deadline,
    // so the last one runs at 19 s and finds the image that appeared at 18 s.
    const t = setup(['x'], { appearsAt: { x: 18_000 } }, { timeoutMs: 20_000, random: () => 0 });
    const result = await t.run();
    expect(t.calls.map((c) => c.t)).toEqual([0, 1_010, 3_020, 7_030, 15_040, 19_000]);
    expect(result.allPresent).toBe(true);
  });

  it('timeout 0 checks each reference once', async () => {
    const t = setup(['a', 'b'], { appearsAt: { a: 0 } }, { timeoutMs: 0 });
    const result = await t.run();
    expect(t.calls.map((c) => c.ref)).toEqual(['a', 'b']);
    expect(result.outcomes.map((o) => o.status)).toEqual(['present', 'missing']);
    expect(t.rounds).toEqual([{ present: 1, total: 2, waiting: 1 }]);
  });

  it('reports the last answer of each absent reference (unauthorized told apart)', async () => {
    const t = setup(
      ['denied', 'gone', 'flaky', 'amd64-only'],
      {
        answer: (ref) =>
          ({
            denied: { status: 'unauthorized', detail: 'HTTP 401' },
            gone: { status: 'missing' },
            flaky: { status: 'error', detail: 'HTTP 503' },
            'amd64-only': {
              status: 'platforms-missing',
              digest: 'sha256:p',
              mediaType: 'x',
              platforms: ['linux/amd64'],
              missing: ['linux/arm64'],
            },
          })[ref] as ManifestCheck,
      },
      { timeoutMs: 5_000 },
    );
    const result = await t.run();
    expect(result.outcomes.map((o) => [o.item, o.status, o.detail, o.missingPlatforms])).toEqual([
      ['denied', 'unauthorized', 'HTTP 401', undefined],
      ['gone', 'missing', undefined, undefined],
      ['flaky', 'error', 'HTTP 503', undefined],
      ['amd64-only', 'platforms-missing', undefined, ['linux/arm64']],
    ]);
  });

  it('a Retry-After longer than the backoff postpones the next poll', async () => {
    let first = true;
    const t = setup(['x'], {
      answer: () => {
        if (!first) return { status: 'present', digest: 'sha256:x', mediaType: 'x' };
        first = false;
        return { status: 'error', detail: 'HTTP 429', retryAfterMs: 5_000 };
      },
    });
    await t.run();
    expect(t.calls.map((c) => c.t)).toEqual([0, 5_010]);
  });

  it('one progress line per round, with the time to the next poll', async () => {
    const t = setup(['a', 'b'], { appearsAt: { a: 0, b: 2_500 } }, { random: () => 0 });
    await t.run();
    expect(t.rounds).toEqual([
      { present: 1, total: 2, waiting: 1, nextPollInMs: 1_000 },
      { present: 1, total: 2, waiting: 1, nextPollInMs: 2_000 },
      { present: 2, total: 2, waiting: 0 },
    ]);
  });

  it('an unexpected exception from a check is an error outcome, not a crash', async () => {
    const t = setup(
      ['x'],
      {},
      {
        timeoutMs: 3_000,
        check: async () => {
          throw new Error('boom');
        },
      },
    );
    const result = await t.run();
    expect(result.outcomes[0]).toMatchObject({ status: 'error', detail: 'boom' });
  });
});

describe('waitForManifests: deadline against checks that ignore the signal', () => {
  it('ends at the deadline even when a check never settles', async () => {
    const t = setup(['stuck'], {}, { timeoutMs: 5_000, check: () => new Promise<ManifestCheck>(() => {}) });
    const result = await t.run();
    expect(result.elapsedMs).toBe(5_000);
    expect(result.outcomes[0]).toMatchObject({ status: 'missing', checks: 0 });
    expect(t.clock.pending).toBe(0);
  });
});
