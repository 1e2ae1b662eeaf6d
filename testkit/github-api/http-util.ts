// HTTP plumbing of the GitHub API emulator: body reading, GitHub's response headers, a seeded PRNG.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HandlerResult } from './handlers.js';
import type { RateLimitState } from './state.js';
/**
 * A server-side pause (fault delays, latency). Unref'd: the listening server keeps the process
 * alive while it runs; once it is closed, a long fault delay must not hold the test process.
 */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const requestId = (): string => {
  const h = randomBytes(14).toString('hex').toUpperCase();
  return `${h.slice(0, 4)}:${h.slice(4, 8)}:${h.slice(8, 15)}:${h.slice(15, 22)}:${h.slice(22, 28)}`;
};

export function writeGitHubResponse(
  req: IncomingMessage,
  res: ServerResponse,
  rl: RateLimitState,
  r: HandlerResult,
): void {
  const headers: Record<string, string> = {
    server: 'github.com',
    date: new Date().toUTCString(),
    'cache-control': req.method === 'GET' ? 'private, max-age=60, s-maxage=60' : 'private, no-cache',
    vary: 'Accept, Authorization, Cookie, X-GitHub-OTP',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': String(rl.limit),
    'x-ratelimit-remaining': String(rl.remaining),
    'x-ratelimit-reset': String(rl.reset),
    'x-ratelimit-used': String(rl.limit - rl.remaining),
    'x-ratelimit-resource': 'core',
    'access-control-expose-headers':
      'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, ' +
      'X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, ' +
      'X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'deny',
    'x-github-request-id': requestId(),
  };
  let payload = Buffer.alloc(0);
  if (r.body !== undefined) {
    payload = Buffer.from(JSON.stringify(r.body));
    headers['content-type'] = 'application/json; charset=utf-8';
    if (req.method === 'GET' && r.status === 200) {
      headers.etag = `W/"${createHash('sha256').update(payload).digest('hex')}"`;
    }
  }
  Object.assign(headers, r.headers);
  headers['content-length'] = String(payload.length);
  res.writeHead(r.status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}
