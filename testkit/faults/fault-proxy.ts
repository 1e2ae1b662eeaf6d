// A fault-injecting reverse proxy for tests. Clients talk to the proxy's URL as if it were the
// target (e.g. our local OCI registry, or the GitHub API emulator); requests are streamed to the
// target unchanged (method, headers, body; Host is set to the target's) and responses are streamed
// back, with `Location` headers that point at the target rewritten to point at the proxy. Faults
// (status, reset, delay, truncate, hang) are injected by explicit rules or at a seeded random rate.
import { createServer, Agent, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset' } // destroy the client socket without a response
  | { kind: 'delay'; ms: number } // then forward normally
  | { kind: 'truncate'; bytes?: number } // forward but cut the response body short and destroy
  | { kind: 'hang' }; // never answer (until the client gives up or the proxy closes)

export interface FaultMatch {
  method?: string;
  /** tested against the request target (path and query string) */
  path?: RegExp;
}
export interface FaultRule {
  match?: FaultMatch;
  fault: Fault;
  /** default 1; Infinity ok */
  times?: number;
}
export interface FaultLogEntry {
  method: string;
  path: string;
  /** status sent to the client (absent for reset/hang, or when the client went away) */
  status?: number;
  fault?: Fault['kind'];
}
export interface FaultProxyStats {
  requests: number;
  faulted: number;
  byKind: Record<string, number>;
}
export interface FaultProxyOptions {
  port?: number;
  /** also rewrite `realm="<target>..."` in WWW-Authenticate to point at the proxy */
  rewriteRealm?: boolean;
}
export interface FaultProxy {
  url: string;
  /** 127.0.0.1:port */
  host: string;
  add(rule: FaultRule): void;
  /** Fault a `rate` fraction of the requests no rule matched, choosing uniformly among `faults`;
   * decisions come from a mulberry32 PRNG, so a seed gives the same decision sequence. */
  random(opts: { seed: number; rate: number; faults: Fault[]; match?: FaultMatch }): void;
  /** remove all rules and the random mode */
  clear(): void;
  stats: FaultProxyStats;
  log: FaultLogEntry[];
  close(): Promise<void>;
}

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

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'expect', 'te', 'trailer'];
const NO_BODY = new Set([204, 304]);

function matches(m: FaultMatch | undefined, req: IncomingMessage): boolean {
  if (!m) return true;
  if (m.method && m.method.toUpperCase() !== req.method) return false;
  if (m.path) {
    m.path.lastIndex = 0;
    if (!m.path.test(req.url ?? '/')) return false;
  }
  return true;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const sameOrigin = (a: URL, b: URL): boolean =>
  a.origin === b.origin ||
  (a.protocol === b.protocol && a.port === b.port && LOOPBACK.has(a.hostname) && LOOPBACK.has(b.hostname));

export async function startFaultProxy(target: string, opts: FaultProxyOptions = {}): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  if (targetUrl.protocol !== 'http:')
    throw new Error(`fault-proxy forwards to http:// targets only: ${target}`);
  const agent = new Agent({ keepAlive: true });
  const rules: Array<{ rule: FaultRule; remaining: number }> = [];
  let randomMode: { next: () => number; rate: number; faults: Fault[]; match?: FaultMatch } | undefined;
  const stats: FaultProxyStats = { requests: 0, faulted: 0, byKind: {} };
  const log: FaultLogEntry[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';

  function choose(req: IncomingMessage): Fault | undefined {
    const i = rules.findIndex((r) => matches(r.rule.match, req));
    if (i >= 0) {
      const entry = rules[i];
      if (--entry.remaining <= 0) rules.splice(i, 1);
      return entry.rule.fault;
    }
    if (randomMode && randomMode.faults.length > 0 && matches(randomMode.match, req)) {
      if (randomMode.next() < randomMode.rate) {
        return randomMode.faults[Math.floor(randomMode.next() * randomMode.faults.length)];
      }
    }
    return undefined;
  }

  function rewrite(value: string, realm: boolean): string {
    if (realm)
      return value.replace(/realm="([^"]*)"/, (all, url: string) => all.replace(url, rewrite(url, false)));
    if (!/^https?:\/\//i.test(value)) return value; // relative: already correct for the proxy
    const u = new URL(value);
    return sameOrigin(u, targetUrl) ? `${origin}${u.pathname}${u.search}${u.hash}` : value;
  }

  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    entry: FaultLogEntry,
    truncate?: number | 'half',
  ): void {
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: targetUrl.host };
    for (const h of HOP_BY_HOP) delete headers[h];
    const upstream = request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port || 80,
        method: req.method,
        path: req.url,
        headers,
        agent,
      },
      (up) => {
        const out = { ...up.headers };
        for (const h of HOP_BY_HOP) delete out[h];
        if (typeof out.location === 'string') out.location = rewrite(out.location, false);
        const auth = out['www-authenticate'];
        if (opts.rewriteRealm && typeof auth === 'string') out['www-authenticate'] = rewrite(auth, true);
        const status = up.statusCode ?? 502;
        if (truncate !== undefined) return truncated(req, res, entry, up, out, status, truncate);
        entry.status = status;
        res.writeHead(status, up.statusMessage, out);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (res.headersSent) return res.destroy();
      entry.status = 502;
      res
        .writeHead(502, { 'content-type': 'text/plain' })
        .end(`fault-proxy: upstream error: ${err.message}\n`);
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }

  function truncated(
    req: IncomingMessage,
    res: ServerResponse,
    entry: FaultLogEntry,
    up: IncomingMessage,
    headers: Record<string, unknown>,
    status: number,
    bytes: number | 'half',
  ): void {
    const length = Number(up.headers['content-length'] ?? NaN);
    const hasBody = req.method !== 'HEAD' && !NO_BODY.has(status) && length !== 0;
    if (!hasBody) {
      up.destroy();
      return void req.socket.destroy(); // nothing to cut short: drop the connection instead
    }
    entry.status = status;
    let budget = bytes === 'half' ? (Number.isFinite(length) ? Math.floor(length / 2) : 0) : bytes;
    if (Number.isFinite(length)) budget = Math.min(budget, length - 1);
    res.writeHead(status, up.statusMessage, headers as Record<string, string>);
    res.flushHeaders();
    const cut = (): void => {
      up.destroy();
      res.destroy();
    };
    if (budget <= 0) return void setImmediate(cut);
    up.on('data', (chunk: Buffer) => {
      const part = chunk.subarray(0, budget);
      budget -= part.length;
      if (budget > 0) return void res.write(part);
      up.pause();
      res.write(part, cut);
    });
    up.on('end', cut);
  }

  function applyFault(req: IncomingMessage, res: ServerResponse, entry: FaultLogEntry, fault: Fault): void {
    switch (fault.kind) {
      case 'status':
        req.resume();
        req.on('end', () => {
          entry.status = fault.status;
          const body = fault.body ?? `fault-proxy: injected ${fault.status}\n`;
          res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers });
          res.end(body);
        });
        return;
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'delay': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) forward(req, res, entry);
        }, fault.ms);
        timers.add(timer);
        return;
      }
      case 'truncate':
        return forward(req, res, entry, fault.bytes ?? 'half');
      case 'hang':
        req.resume(); // swallow the body; the answer never comes (close() destroys the socket)
        return;
    }
  }

  const server = createServer({ requestTimeout: 0, maxHeaderSize: 65536 }, (req, res) => {
    stats.requests++;
    const entry: FaultLogEntry = { method: req.method ?? 'GET', path: req.url ?? '/' };
    log.push(entry);
    const fault = choose(req);
    if (!fault) return forward(req, res, entry);
    stats.faulted++;
    stats.byKind[fault.kind] = (stats.byKind[fault.kind] ?? 0) + 1;
    entry.fault = fault.kind;
    applyFault(req, res, entry, fault);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin = `http://${host}`;

  return {
    url: origin,
    host,
    stats,
    log,
    add(rule) {
      const times = rule.times ?? 1;
      if (!(times > 0)) throw new Error(`rule.times must be positive, got ${times}`);
      rules.push({ rule, remaining: times });
    },
    random({ seed, rate, faults, match }) {
      if (!(rate >= 0 && rate <= 1)) throw new Error(`rate must be within [0, 1], got ${rate}`);
      randomMode = { next: mulberry32(seed), rate, faults, match };
    },
    clear() {
      rules.length = 0;
      randomMode = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
