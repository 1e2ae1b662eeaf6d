// An abortable sleep, as node:timers/promises' setTimeout(ms, undefined, {signal}) behaves, without
// loading that module (about 0.5 ms of a cold action's start-up, for one function).

/** Resolves after `ms`; rejects with `signal.reason` when it aborts first (and clears the timer). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
