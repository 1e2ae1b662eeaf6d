// A time limit for one request made through @actions/github (Octokit). Without one, a request the
// server (or a proxy) never answers hangs the step forever, and the fetch @actions/github uses
// (undici's, with its own dispatcher) does not reliably honour an abort signal. So the limit is
// enforced by racing a timer: past it the request is abandoned (and aborted where the fetch
// listens) with a 504-like error, which callers treat as transient or as "no answer".
let abandoned = 0;

/**
 * Requests given up at their time limit in this process. Their sockets may still be open and keep
 * Node alive once the work is done: an entry point ends the process explicitly when this is > 0.
 */
export function abandonedRequests(): number {
  return abandoned;
}

/** Resolves as `send` does, or rejects with `{status: 504}` after `ms`. */
export async function withTimeLimit<T>(
  send: (signal: AbortSignal) => T | Promise<T>,
  ms: number,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned++;
      controller.abort();
      reject(Object.assign(new Error(`no answer within ${ms / 1000} s`), { status: 504 }));
    }, ms);
  });
  try {
    return await Promise.race([Promise.resolve(send(controller.signal)), expired]);
  } finally {
    clearTimeout(timer);
  }
}
