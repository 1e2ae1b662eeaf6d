// Which failed builds are worth running again: only transient registry or network trouble seen
// in buildx's error output, and never when a build step or the Dockerfile itself failed (running
// those again wastes minutes and fails the same way).
import type { BackoffOptions } from '../../packages/retry/index.js';

const TRANSIENT: [RegExp, string][] = [
  [/\b(?:status|response|code)\b[^\n]{0,80}?\b(5\d\d)\b/i, 'HTTP 5xx'],
  [/\b(5\d\d) (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i, 'HTTP 5xx'],
  [/\b429\b|Too Many Requests|toomanyrequests/i, 'HTTP 429'],
  [/connection reset by peer/i, 'connection reset'],
  // What a reset looks like when it hits a request that is still being written.
  [/use of closed network connection/i, 'connection reset'],
  [/i\/o timeout/i, 'i/o timeout'],
  [/TLS handshake timeout/i, 'TLS handshake timeout'],
  [/unexpected EOF/i, 'unexpected EOF'],
  // Go's io.EOF from a connection the server dropped: `Put "https://...": EOF`.
  [/"[^"\n]*":\s*EOF\b/, 'connection closed (EOF)'],
  [/\bbroken pipe\b/i, 'broken pipe'],
];

const BUILD_ERROR: RegExp[] = [
  /dockerfile parse error/i,
  /failed to (?:read|parse) dockerfile/i,
  /unknown instruction/i,
  /Syntax error/i,
  /did not complete successfully: exit code/i,
  /failed to compute cache key/i,
  /failed to calculate checksum/i,
  /target stage "[^"]*" could not be found/i,
];

export interface FailureInfo {
  /** buildx's own output lines (the final `ERROR: ...`) and vertex errors. */
  messages: string[];
  /** True when a Dockerfile step (`[stage n/m] ...`) reported an error. */
  stepFailed: boolean;
}

export type RetryVerdict = { retry: true; cause: string } | { retry: false; reason: string };

export function classifyFailure(info: FailureInfo): RetryVerdict {
  if (info.stepFailed) return { retry: false, reason: 'a build step failed' };
  const text = info.messages.join('\n');
  if (BUILD_ERROR.some((re) => re.test(text)))
    return { retry: false, reason: 'the Dockerfile or build failed' };
  for (const [re, cause] of TRANSIENT) if (re.test(text)) return { retry: true, cause };
  return { retry: false, reason: 'the error is not a known transient registry or network error' };
}

/** Waits before retry n (1-based): 2, 4, 8, ... at most 30 s (packages/retry, no jitter). */
export const BUILD_BACKOFF: BackoffOptions = { baseMs: 2000, maxMs: 30_000 };
