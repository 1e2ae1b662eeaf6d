// A fetch for Octokit's `request.fetch` option (how @actions/github takes a custom fetch) that
// sends every request through the dispatcher ./dispatcher.ts picks for its origin, so the GitHub
// API honours HTTPS_PROXY/HTTP_PROXY/NO_PROXY by the same rules as the registry requests, for
// whatever base URL the caller uses; a proxy that cannot be reached is named in the error.
import { fetch as undiciFetch } from 'undici';
import { describeProxy, type ProxyEnv } from './index.js';
import { ProxyRouter } from './dispatcher.js';

export interface ProxyFetchOptions {
  env: ProxyEnv;
  /** Longest wait for an answer's headers, and between two chunks of its body. */
  timeoutMs: number;
  maxResponseBytes: number;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export function proxyAwareFetch(opts: ProxyFetchOptions): typeof fetch {
  const router = new ProxyRouter(opts);
  const proxied = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const { dispatcher, proxy } = router.route(url);
    try {
      const options = { ...init, dispatcher } as Parameters<typeof undiciFetch>[1];
      return (await undiciFetch(input as Parameters<typeof undiciFetch>[0], options)) as unknown as Response;
    } catch (error) {
      if (!proxy || init?.signal?.aborted) throw error;
      throw new Error(
        `cannot reach ${url.origin} through the proxy ${describeProxy(proxy)} (${causeOf(error)})`,
        {
          cause: error,
        },
      );
    }
  };
  return proxied as typeof fetch;
}
