// The HTTP server of the GitHub API emulator: validates each request against GitHub's OpenAPI
// description, applies injected faults and latency, dispatches to the handlers, validates what
// it answers, and records requests and violations.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultFaultBody, FaultQueue, type ApiFault } from './faults.js';
import { errorBody, HANDLERS, type HandlerResult } from './handlers.js';
import { mulberry32, readBody, sleep, writeGitHubResponse } from './http-util.js';
import { getApiSpec, type SpecTimings } from './openapi.js';
import type { OperationId } from './openapi-subset.js';
import { EmulatorState } from './state.js';

export interface GitHubApiOptions {
  /** default 0: any free port */
  port?: number;
  /** default repository (created in state): octo-org/octo-repo unless given */
  owner?: string;
  repo?: string;
  /** if set, requests without `authorization: token|Bearer <token>` get 401 */
  token?: string;
  /** random delay before handling each request, so concurrent read-modify-write races happen */
  latencyMs?: [number, number];
  /** seed for the latency PRNG (default: random) */
  seed?: number;
  /** GitHub rejects requests without a User-Agent header (403); default true */
  requireUserAgent?: boolean;
  /** serve GET /_emulator/{state,requests,violations} and POST /_emulator/faults (for the CLI) */
  controlEndpoints?: boolean;
}

export interface ApiRequestRecord {
  method: string;
  /** path without query string */
  path: string;
  /** 0 when the connection was reset by a fault */
  status: number;
  /** parsed JSON request body */
  body?: unknown;
  /** Date.now() when the request arrived */
  at: number;
  query?: string;
  operationId?: string;
  fault?: boolean;
}

export interface GitHubApi {
  url: string;
  state: EmulatorState;
  requests: ApiRequestRecord[];
  violations: string[];
  assertNoViolations(): void;
  fault(f: ApiFault): void;
  clearFaults(): void;
  /** spec load / validator compile times of this process */
  timings: SpecTimings;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

export async function startGitHubApi(opts: GitHubApiOptions = {}): Promise<GitHubApi> {
  const spec = getApiSpec();
  const state = new EmulatorState({ owner: opts.owner, repo: opts.repo });
  const requests: ApiRequestRecord[] = [];
  const violations: string[] = [];
  const faults = new FaultQueue();
  const random = mulberry32(opts.seed ?? Math.floor(Math.random() * 2 ** 32));
  let url = '';

  const send = (req: IncomingMessage, res: ServerResponse, rec: ApiRequestRecord, r: HandlerResult): void => {
    rec.status = r.status;
    writeGitHubResponse(req, res, state.rateLimit, r);
  };

  function invalid(rec: ApiRequestRecord, problem: string): void {
    violations.push(
      `invalid request ${rec.method} ${rec.path}${rec.query ? `?${rec.query}` : ''}: ${problem}`,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const u = new URL(req.url ?? '/', 'http://emulator');
    const rec: ApiRequestRecord = { method, path: u.pathname, status: 0, at: Date.now() };
    if (u.search) rec.query = u.search.slice(1);
    const isControl = opts.controlEndpoints === true && u.pathname.startsWith('/_emulator/');
    if (!isControl) requests.push(rec);
    const raw = await readBody(req);
    const reply = (r: HandlerResult): void => send(req, res, rec, r);
    if (isControl) return control(u.pathname, raw, reply);
    const resolution = spec.resolve(method === 'HEAD' ? 'GET' : method, u.pathname);
    if (resolution.kind === 'operation' || resolution.kind === 'not-emulated')
      rec.operationId = resolution.operationId;

    const fault = faults.take(method, u.pathname, rec.operationId);
    if (fault) rec.fault = true;
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.reset) {
      req.socket.resetAndDestroy();
      return;
    }
    if (opts.latencyMs) {
      const [min, max] = opts.latencyMs;
      await sleep(min + random() * (max - min));
    }
    if (fault?.status !== undefined) {
      const headers = { ...(fault.headers ?? {}) };
      const body = fault.body ?? defaultFaultBody(fault.status, headers);
      if (resolution.kind === 'operation') {
        const problems = spec.checkResponse(resolution.compiled, fault.status, body, true);
        for (const p of problems)
          violations.push(`injected fault for ${method} ${u.pathname} is unrealistic: ${p}`);
      }
      return reply({ status: fault.status, body, headers });
    }

    if (opts.requireUserAgent !== false && !req.headers['user-agent']) {
      invalid(rec, 'no User-Agent header (GitHub answers 403)');
      const message =
        'Request forbidden by administrative rules. Please make sure your request has a User-Agent header ' +
        '(https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). ' +
        'Check https://developer.github.com for other possible causes.';
      return reply({ status: 403, body: { message, documentation_url: DOCS, status: '403' } });
    }
    if (opts.token !== undefined) {
      const auth = req.headers.authorization ?? '';
      if (!/^(token|bearer) /i.test(auth) || auth.slice(auth.indexOf(' ') + 1) !== opts.token) {
        return reply({ status: 401, body: errorBody(401, 'Bad credentials', DOCS) });
      }
    }
    if (resolution.kind === 'unknown' || resolution.kind === 'method-not-allowed') {
      const allowed = resolution.kind === 'method-not-allowed' ? ` (path allows ${resolution.allowed})` : '';
      invalid(rec, `no such endpoint in GitHub's OpenAPI description${allowed}`);
      return reply({ status: 404, body: errorBody(404, 'Not Found', DOCS) });
    }
    if (resolution.kind === 'not-emulated') {
      invalid(rec, `${resolution.operationId} exists on GitHub but is not emulated (add it to handlers.ts)`);
      return reply({ status: 501, body: errorBody(501, `Not emulated: ${resolution.operationId}`, DOCS) });
    }
    const { compiled, operationId } = resolution;
    const docsUrl = compiled.op.docsUrl;
    let body: unknown;
    if (raw.length > 0 && method !== 'GET' && method !== 'HEAD') {
      try {
        body = JSON.parse(raw.toString('utf8'));
        rec.body = body;
      } catch {
        invalid(rec, 'body is not JSON');
        return reply({ status: 400, body: errorBody(400, 'Problems parsing JSON', docsUrl) });
      }
    }
    const check = spec.checkRequest(compiled, resolution.pathParams, u.searchParams, body);
    if (check.errors.length > 0) {
      for (const e of check.errors) invalid(rec, e);
      // GitHub answers 404 for path parameters of the wrong type (e.g. /releases/abc)
      if (check.pathInvalid) return reply({ status: 404, body: errorBody(404, 'Not Found', docsUrl) });
      return reply({
        status: 422,
        body: errorBody(422, `Invalid request.\n\n${check.errors.join('\n')}`, docsUrl),
      });
    }
    if (operationId !== 'rate-limit/get') {
      const rl = state.rateLimit;
      if (rl.reset * 1000 <= Date.now())
        Object.assign(rl, { remaining: rl.limit, reset: Math.floor(Date.now() / 1000) + 3600 });
      if (rl.remaining <= 0) {
        const message = 'API rate limit exceeded for installation ID 12345678.';
        return reply({
          status: 403,
          body: errorBody(403, message, `${DOCS}/overview/rate-limits-for-the-rest-api`),
        });
      }
      rl.remaining--;
    }
    let result: HandlerResult;
    try {
      result = HANDLERS[operationId as OperationId]({
        api: url,
        state,
        pathname: u.pathname,
        query: u.searchParams,
        params: check.params,
        body: body as Record<string, unknown> | undefined,
        docsUrl,
      });
    } catch (err) {
      violations.push(`emulator bug: ${method} ${u.pathname} threw ${(err as Error).stack ?? String(err)}`);
      result = { status: 500, body: errorBody(500, 'Server Error', DOCS) };
    }
    for (const p of spec.checkResponse(compiled, result.status, result.body)) {
      violations.push(
        `emulator bug: response to ${method} ${u.pathname} violates the OpenAPI description: ${p}`,
      );
    }
    reply(result);
  }

  function control(pathname: string, raw: Buffer, reply: (r: HandlerResult) => void): void {
    if (pathname === '/_emulator/state') return reply({ status: 200, body: state.toJSON() });
    if (pathname === '/_emulator/requests') return reply({ status: 200, body: requests });
    if (pathname === '/_emulator/violations') return reply({ status: 200, body: violations });
    if (pathname === '/_emulator/faults') {
      faults.add(JSON.parse(raw.toString('utf8') || '{}') as ApiFault);
      return reply({ status: 201, body: { pending: faults.pending } });
    }
    reply({ status: 404, body: errorBody(404, 'Not Found', DOCS) });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      violations.push(`emulator bug: ${String((err as Error)?.stack ?? err)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    state,
    requests,
    violations,
    timings: spec.timings,
    assertNoViolations() {
      if (violations.length === 0) return;
      throw new Error(
        `GitHub API emulator recorded ${violations.length} violation(s):\n- ${violations.join('\n- ')}`,
      );
    },
    fault: (f) => faults.add(f),
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
