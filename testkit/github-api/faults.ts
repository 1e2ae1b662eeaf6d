// Injected faults for the GitHub API emulator: queued with api.fault(...), consumed by the next
// matching requests (first queued, first used).

export interface ApiFaultMatch {
  /** e.g. 'PATCH' (case-insensitive) */
  method?: string;
  /** tested against the request path without query string; a string is used as a RegExp source */
  pathPattern?: RegExp | string;
  /** OpenAPI operationId, e.g. 'repos/update-release' */
  operationId?: string;
}

export interface ApiFault {
  match?: ApiFaultMatch;
  /** how many matching requests this fault applies to (default 1; Infinity allowed) */
  times?: number;
  /** answer with this status instead of handling the request */
  status?: number;
  /** extra/overriding response headers, e.g. {'retry-after': '1'} or {'x-ratelimit-remaining': '0'} */
  headers?: Record<string, string>;
  /** response body (JSON); a GitHub-like default is chosen from the status when omitted */
  body?: unknown;
  /** destroy the socket without answering */
  reset?: boolean;
  /** wait this long first; alone, the request is then handled normally */
  delayMs?: number;
}

interface QueuedFault {
  fault: ApiFault;
  remaining: number;
}

export class FaultQueue {
  private readonly queue: QueuedFault[] = [];

  add(fault: ApiFault): void {
    const times = fault.times ?? 1;
    if (!(times > 0)) throw new Error(`fault.times must be positive, got ${times}`);
    this.queue.push({ fault, remaining: times });
  }

  clear(): void {
    this.queue.length = 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** The fault for this request, if any (its remaining count is consumed). */
  take(method: string, pathname: string, operationId: string | undefined): ApiFault | undefined {
    const i = this.queue.findIndex(({ fault: { match } }) => matches(match, method, pathname, operationId));
    if (i < 0) return undefined;
    const entry = this.queue[i];
    if (--entry.remaining <= 0) this.queue.splice(i, 1);
    return entry.fault;
  }
}

function matches(
  m: ApiFaultMatch | undefined,
  method: string,
  pathname: string,
  operationId?: string,
): boolean {
  if (!m) return true;
  if (m.method && m.method.toUpperCase() !== method) return false;
  if (m.operationId && m.operationId !== operationId) return false;
  if (m.pathPattern !== undefined) {
    const re = typeof m.pathPattern === 'string' ? new RegExp(m.pathPattern) : m.pathPattern;
    re.lastIndex = 0;
    if (!re.test(pathname)) return false;
  }
  return true;
}

const DOCS = 'https://docs.github.com/rest';

/** GitHub's usual body for an error status (used when a fault gives none). */
export function defaultFaultBody(status: number, headers: Record<string, string>): unknown {
  const s = String(status);
  const rateLimited = headers['x-ratelimit-remaining'] === '0';
  if ((status === 403 || status === 429) && rateLimited) {
    return {
      message: 'API rate limit exceeded for installation ID 12345678.',
      documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
      status: s,
    };
  }
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Validation Failed',
    429: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    500: 'Server Error',
    502: 'Server Error',
    503: 'Service Unavailable',
  };
  const message = messages[status] ?? (status >= 500 ? 'Server Error' : 'Error');
  const docs =
    status === 429 || (status === 403 && headers['retry-after'])
      ? `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`
      : DOCS;
  return { message, documentation_url: docs, status: s };
}
