// An Octokit from @actions/github (GITHUB_API_URL for GitHub Enterprise) whose every request goes
// through our retry policy and is counted. Octokit's retry/throttling plugins are not installed;
// the policy in retry.ts is small and testable with a fake clock. Requests honour HTTPS_PROXY/
// HTTP_PROXY/NO_PROXY through ../proxy/fetch.ts, given to Octokit as its `request.fetch`:
// @actions/github's own proxy fetch is chosen once, at import, for GITHUB_API_URL only, and
// reports an unreachable proxy as "fetch failed".
import { getOctokit } from '@actions/github';
import { neutralize } from '../action-io/index.js';
import { proxyAwareFetch } from '../proxy/fetch.js';
import type { ProxyEnv } from '../proxy/index.js';
import { sleep } from '../retry/index.js';
import { withTimeLimit } from '../time-limit/index.js';
import { decide, DEFAULT_POLICY, type FailedRequest, type RetryPolicy } from './retry.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** e.g. `https://api.github.com` or `https://ghe.example.com/api/v3` (from GITHUB_API_URL). */
  baseUrl: string;
  policy?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  log?: (message: string) => void;
  /** For tests: a fetch implementation to send requests through (instead of the proxy-aware one). */
  fetch?: typeof fetch;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (default process.env). */
  env?: ProxyEnv;
  /** Each HTTP request's own time limit; an unanswered request is aborted and retried. */
  requestTimeoutMs?: number;
}

/** GitHub answers in well under a second; a request still unanswered after this is lost. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export interface RequestStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** e.g. `GET /repos/{owner}/{repo}/releases/tags/{tag}` -> count. */
  byRoute: Record<string, number>;
  waitedMs: number;
}

export const realSleep = (ms: number): Promise<void> => sleep(ms);

function toFailed(error: unknown): FailedRequest {
  const e = error as {
    status?: number;
    message?: string;
    response?: {
      headers?: Record<string, string>;
      data?: { message?: string; errors?: FailedRequest['errors'] };
    };
  };
  const data = e.response?.data;
  return {
    status: typeof e.status === 'number' ? e.status : undefined,
    // GitHub's text ends up in logs and errors: never let it act as a workflow command.
    message: neutralize((typeof data === 'object' && data?.message) || e.message || String(error)),
    headers: e.response?.headers ?? {},
    errors: typeof data === 'object' && Array.isArray(data?.errors) ? data.errors : undefined,
  };
}

export function createClient(options: ClientOptions): { octokit: Octokit; stats: RequestStats } {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const stats: RequestStats = { requests: 0, byRoute: {}, waitedMs: 0 };
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const fetch =
    options.fetch ??
    proxyAwareFetch({ env: options.env ?? process.env, timeoutMs, maxResponseBytes: 64 << 20 });
  const octokit = getOctokit(options.token, {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    request: { fetch },
  });
  octokit.hook.wrap('request', async (request, endpoint) => {
    const route = `${endpoint.method} ${endpoint.url}`;
    const what = String(endpoint.request?.['what'] ?? route);
    const tries = { rateLimit: 0, transient: 0 };
    for (;;) {
      stats.requests++;
      stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
      try {
        return await withTimeLimit(
          (signal) => request({ ...endpoint, request: { ...endpoint.request, signal } }),
          timeoutMs,
        );
      } catch (error) {
        const failed = toFailed(error);
        const status = failed.status ?? 0;
        if (status === 403 || status === 429) tries.rateLimit++;
        else if (status >= 500 || status === 0) tries.transient++;
        const decision = decide(failed, what, tries, now(), policy);
        if ('fail' in decision) throw decision.fail;
        options.log?.(`GitHub API ${route}: ${decision.reason}`);
        stats.waitedMs += decision.retryAfterMs;
        await sleep(decision.retryAfterMs);
      }
    }
  });
  return { octokit, stats };
}
