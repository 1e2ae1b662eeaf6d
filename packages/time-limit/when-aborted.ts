// Many waiters on one AbortSignal (a wait's deadline is shared by hundreds of checks, each with
// its own request) through a single 'abort' listener: an EventTarget listener added and removed
// per request costs a cold process measurably more than a Set entry.
const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `callback` once, when `signal` aborts (not if it already has: check `signal.aborted`
 * first). Returns the way to stop waiting.
 */
export function whenAborted(signal: AbortSignal, callback: () => void): () => void {
  const callbacks = subscribers.get(signal) ?? listen(signal);
  callbacks.add(callback);
  return () => void callbacks.delete(callback);
}

/** The signal's one listener, calling every waiter still waiting. */
function listen(signal: AbortSignal): Set<() => void> {
  const callbacks = new Set<() => void>();
  subscribers.set(signal, callbacks);
  signal.addEventListener(
    'abort',
    () => {
      // A waiter stopped by an earlier one's callback is not called.
      for (const call of [...callbacks]) if (callbacks.delete(call)) call();
    },
    { once: true },
  );
  return callbacks;
}
