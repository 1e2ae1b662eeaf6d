// Many waiters on one AbortSignal (a wait's deadline is shared by hundreds of checks, each with
// its own request) through a single 'abort' listener: an EventTarget listener added and removed
// per request costs a cold process measurably more than a Set entry.
const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `callback` once, when `signal` aborts (not if it already has: check `signal.aborted`
 * first). Returns the way to stop waiting.
 */
export function whenAborted(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = subscribers.get(signal);
  if (!callbacks) {
    const created = new Set<() => void>();
    callbacks = created;
    subscribers.set(signal, created);
    signal.addEventListener(
      'abort',
      () => {
        // A waiter stopped by an earlier one's callback is not called.
        for (const call of [...created]) if (created.delete(call)) call();
      },
      { once: true },
    );
  }
  const own = callbacks;
  own.add(callback);
  return () => void own.delete(callback);
}
