// The abortable sleep and the shared abort listener (packages/time-limit) on real timers and
// signals: both must leave nothing behind (no timer, no listener per waiter).
import { getEventListeners } from 'node:events';
import { sleep } from '../../packages/time-limit/sleep.js';
import { whenAborted } from '../../packages/time-limit/when-aborted.js';

describe('whenAborted', () => {
  it('calls each waiter still waiting, once, through a single listener', () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const stopA = whenAborted(controller.signal, () => calls.push('a'));
    whenAborted(controller.signal, () => calls.push('b'));
    whenAborted(controller.signal, () => calls.push('c'));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    stopA();
    controller.abort();
    controller.abort();
    expect(calls).toEqual(['b', 'c']);
  });

  it('a waiter that stops waiting while others are called is not called', () => {
    const controller = new AbortController();
    const calls: string[] = [];
    let stopB = () => {};
    whenAborted(controller.signal, () => {
      calls.push('a');
      stopB();
    });
    stopB = whenAborted(controller.signal, () => calls.push('b'));
    controller.abort();
    expect(calls).toEqual(['a']);
  });
});

describe('sleep', () => {
  it('resolves after the time', async () => {
    const started = performance.now();
    await sleep(20);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('rejects with the reason when aborted, and leaves no listener behind', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const slept = sleep(60_000, controller.signal);
    setTimeout(() => controller.abort(reason), 5);
    await expect(slept).rejects.toBe(reason);
    await expect(sleep(10, controller.signal)).rejects.toBe(reason);
    const other = new AbortController();
    await sleep(1, other.signal);
    expect(getEventListeners(other.signal, 'abort')).toHaveLength(0);
  });
});
