// What to do when a GitHub API request fails: wait and retry (rate limits, honouring the
// server's `retry-after` / `x-ratelimit-reset`; transient 5xx and network errors), or give up
// with an error that says what the user can do. Pure: the caller supplies the clock.
import { ActionError } from '../action-io/index.js';
import { backoffMs, parseRetryAfter } from '../retry/index.js';

export interface RetryPolicy {
  /** Longest single wait we accept; a rate limit that resets later fails instead. */
  maxWaitMs: number;
  /** Retries for rate limits (403/429). */
  rateLimitRetries: number;
  /** Retries for 5xx answers and network errors, with doubling backoff from `backoffMs`. */
  transientRetries: number;
  backoffMs: number;
}

export const DEFAULT_POLICY: RetryPolicy = {
  maxWaitMs: 120_000,
  rateLimitRetries: 3,
  transientRetries: 3,
  backoffMs: 1000,
};

/** The parts of an Octokit RequestError we look at (duck-typed: no import of Octokit internals). */
export interface FailedRequest {
  status?: number;
  message: string;
  headers: Record<string, string | number | undefined>;
  /** GitHub's validation errors (422), e.g. `[{ code: 'already_exists', field: 'tag_name' }]`. */
  errors?: { code?: string; field?: string; message?: string }[];
}

export type Decision = { retryAfterMs: number; reason: string } | { fail: Error };

export const PERMISSION_HINT =
  'the token cannot write releases. Give the job write access to repository contents in the workflow:\n' +
  '  permissions:\n    contents: write';

function header(failed: FailedRequest, name: string): string | undefined {
  const value = failed.headers[name];
  return value === undefined ? undefined : String(value);
}

function rateLimitWait(failed: FailedRequest, now: number): number | undefined {
  const retryAfter = header(failed, 'retry-after');
  if (retryAfter !== undefined) {
    const ms = parseRetryAfter(retryAfter, now);
    if (ms !== undefined) return ms;
  }
  const reset = header(failed, 'x-ratelimit-reset');
  if (header(failed, 'x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset)) {
    // +1 s: the reset time is whole seconds and clocks differ a little.
    return Math.max(0, Number(reset) * 1000 - now) + 1000;
  }
  // Secondary rate limits without a header: GitHub asks to wait at least a minute.
  if (failed.status === 429 || /secondary rate limit/i.test(failed.message)) return 60_000;
  return undefined;
}

/**
 * Decide for the `attempt`-th failure (1-based counts per kind are passed in) of `what`
 * (e.g. "update release 42").
 */
export function decide(
  failed: FailedRequest,
  what: string,
  tries: { rateLimit: number; transient: number },
  now: number,
  policy: RetryPolicy = DEFAULT_POLICY,
): Decision {
  const status = failed.status ?? 0;
  if (status === 403 && /resource not accessible by integration/i.test(failed.message)) {
    return { fail: new ActionError(`GitHub refused to ${what} (403 ${failed.message}): ${PERMISSION_HINT}`) };
  }
  if (status === 401) {
    return {
      fail: new ActionError(`GitHub refused to ${what} (401 ${failed.message}): check the "token" input`),
    };
  }
  if (status === 403 || status === 429) {
    const wait = rateLimitWait(failed, now);
    if (wait !== undefined) {
      if (tries.rateLimit > policy.rateLimitRetries) {
        return {
          fail: new ActionError(
            `GitHub rate limit: could not ${what} after ${policy.rateLimitRetries} waits (${status} ${failed.message})`,
          ),
        };
      }
      if (wait > policy.maxWaitMs) {
        const at = new Date(now + wait).toISOString();
        return {
          fail: new ActionError(
            `GitHub rate limit: could not ${what}; the limit resets at ${at}, later than the ${policy.maxWaitMs / 1000} s we wait (${status} ${failed.message})`,
          ),
        };
      }
      return { retryAfterMs: wait, reason: `rate limited (${status}), waiting ${Math.ceil(wait / 1000)} s` };
    }
  }
  // Octokit reports network failures as status 500 with no response.
  if (status >= 500 || status === 0) {
    if (tries.transient > policy.transientRetries) {
      return {
        fail: new ActionError(
          `GitHub API: could not ${what} (${status || 'network'} ${failed.message}), gave up after ${policy.transientRetries} retries`,
        ),
      };
    }
    const wait = Math.round(
      backoffMs(tries.transient, { baseMs: policy.backoffMs, maxMs: policy.maxWaitMs, random: Math.random }),
    );
    return {
      retryAfterMs: wait,
      reason: `${status || 'network error'} ${failed.message}, retrying in ${wait} ms`,
    };
  }
  return {
    fail: new ApiError(
      `GitHub API: could not ${what} (${status} ${failed.message})`,
      status,
      failed.message,
      failed.errors,
    ),
  };
}

/** A failure the caller may handle (404, 422), carrying the status and GitHub's message. */
export class ApiError extends ActionError {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly apiMessage: string,
    readonly errors: { code?: string; field?: string; message?: string }[] = [],
  ) {
    super(message);
  }
}
