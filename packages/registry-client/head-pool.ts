// HEAD requests over pooled keep-alive HTTP/1.1 connections, without node:http.
//
// Why: an existence check is a HEAD whose answer is a status line and a few headers, and
// node:http's machinery (ClientRequest, IncomingMessage streams, agent bookkeeping) costs a cold
// action process more CPU than the registry spends answering: 185 HEADs took 238 ms from a fresh
// Node with node:http and 175 ms this way, on the same registry (see bench/wait-for-manifests).
// What keeps this small: an answer to HEAD never has content (RFC 9110, 9.3.2), so it ends at the
// blank line after its header fields, whatever Content-Length or Transfer-Encoding say. GETs,
// POSTs and anything with a body stay on node:http.
import { connect as netConnect, type Socket } from 'node:net';
import type * as Tls from 'node:tls';

export interface HeadAnswer {
  status: number;
  /** Lower-case names; repeated fields joined with ", " (as Node and Headers.get do). */
  fields: Map<string, string>;
}

/** What a caller can do to a request in flight: end it (its promise rejects with `error`). */
export interface InFlight {
  destroy(error: Error): void;
}

/** Answers bigger than this are not a registry's HEAD answer. */
const MAX_HEAD_BYTES = 64 * 1024;
const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})(?: |$)/;
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** An answer that is not HTTP/1.1, or a connection that ended before the whole answer. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** Parses one header block (without its final blank line). */
export function parseHeadBlock(block: string): HeadAnswer {
  const lines = block.split('\r\n');
  const status = STATUS_LINE.exec(lines[0]);
  if (!status) throw new ProtocolError(`not an HTTP/1.1 answer: ${JSON.stringify(lines[0].slice(0, 40))}`);
  const fields = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    // A field without a name, or one folded onto the next line (obsolete), is malformed.
    if (!FIELD_NAME.test(name))
      throw new ProtocolError(`malformed header field: ${JSON.stringify(line.slice(0, 40))}`);
    const key = name.toLowerCase();
    const value = line.slice(colon + 1).trim();
    const before = fields.get(key);
    fields.set(key, before === undefined ? value : `${before}, ${value}`);
  }
  return { status: Number(status[1]), fields };
}

type Waiter = { resolve: (answer: HeadAnswer) => void; reject: (error: Error) => void };

/** One keep-alive connection: one request at a time. */
class Connection {
  private buffer = '';
  private waiter?: Waiter;
  /** Answered before: a failure before any byte of the next answer may be a stale socket. */
  private reused = false;
  private receivedBytes = false;
  /** Ended by the caller (time limit, cancellation): never retried. */
  ended = false;

  constructor(
    readonly socket: Socket,
    private readonly onClosed: (c: Connection) => void,
  ) {
    socket.setEncoding('latin1');
    socket.setNoDelay(true);
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('error', (error) => this.rejectWaiter(error));
    socket.on('close', () => {
      this.onClosed(this);
      this.rejectWaiter(new ProtocolError('the connection closed before the whole answer arrived'));
    });
  }

  send(request: string): Promise<HeadAnswer> {
    this.receivedBytes = false;
    this.socket.ref();
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.socket.write(request);
    });
  }

  /** Whether the failure happened on a reused connection before any byte of the answer. */
  get staleFailure(): boolean {
    return this.reused && !this.receivedBytes;
  }

  private receive(chunk: string) {
    if (!this.waiter) {
      // Bytes nobody asked for (content after a HEAD answer): this connection cannot be trusted.
      this.socket.destroy();
      return;
    }
    this.receivedBytes = true;
    this.buffer += chunk;
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) {
        if (this.buffer.length > MAX_HEAD_BYTES)
          this.socket.destroy(new ProtocolError('the answer header is too large'));
        return;
      }
      let answer: HeadAnswer;
      try {
        answer = parseHeadBlock(this.buffer.slice(0, end));
      } catch (error) {
        this.socket.destroy(error as Error);
        return;
      }
      this.buffer = this.buffer.slice(end + 4);
      // 1xx (e.g. 103 Early Hints) precede the real answer.
      if (answer.status >= 100 && answer.status < 200) continue;
      const waiter = this.waiter;
      this.waiter = undefined;
      this.reused = true;
      const reusable =
        this.buffer === '' && !/(^|,)\s*close\s*(,|$)/i.test(answer.fields.get('connection') ?? '');
      if (reusable) this.socket.unref();
      else this.socket.destroy();
      waiter.resolve(answer);
      return;
    }
  }

  private rejectWaiter(error: Error) {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(error);
  }
}

/** Idle keep-alive connections per origin; unref'd while idle, so they never hold the process. */
export class HeadPool {
  private readonly idle = new Map<string, Connection[]>();
  private tls?: Promise<typeof Tls>;

  /** `ca`: trust these certificates instead of Node's (tests); verification is always on. */
  constructor(private readonly options: { ca?: string } = {}) {}

  /**
   * Sends `HEAD url` with `fields` (names as given; values must be single-line). `started` gets a
   * handle to end the request early (time limits, cancellation).
   */
  async head(
    url: URL,
    fields: Record<string, string>,
    started: (request: InFlight) => void,
  ): Promise<HeadAnswer> {
    const lines = [`HEAD ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
    for (const [name, value] of Object.entries(fields)) {
      if (!FIELD_NAME.test(name) || /[\r\n\0]/.test(value)) throw new Error(`invalid header field ${name}`);
      lines.push(`${name}: ${value}`);
    }
    const request = `${lines.join('\r\n')}\r\n\r\n`;
    for (let fresh = false; ; fresh = true) {
      const connection = fresh ? await this.connect(url) : (this.takeIdle(url) ?? (await this.connect(url)));
      started({
        destroy: (error) => {
          connection.ended = true;
          connection.socket.destroy(error);
        },
      });
      try {
        const answer = await connection.send(request);
        if (!connection.socket.destroyed) this.putIdle(url, connection);
        return answer;
      } catch (error) {
        // A keep-alive connection the server had closed meanwhile: once more on a new one.
        if (!fresh && !connection.ended && connection.staleFailure) continue;
        throw error;
      }
    }
  }

  private key(url: URL): string {
    return `${url.protocol}//${url.host}`;
  }

  private takeIdle(url: URL): Connection | undefined {
    // A socket destroyed a moment ago may not have announced its close yet (a write to it would
    // never be answered): skip those.
    const list = this.idle.get(this.key(url));
    let connection = list?.pop();
    while (connection?.socket.destroyed) connection = list?.pop();
    return connection;
  }

  private putIdle(url: URL, connection: Connection) {
    const key = this.key(url);
    let list = this.idle.get(key);
    if (!list) this.idle.set(key, (list = []));
    list.push(connection);
  }

  private async connect(url: URL): Promise<Connection> {
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const onClosed = (c: Connection) => {
      const list = this.idle.get(this.key(url));
      const at = list?.indexOf(c) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    };
    if (url.protocol === 'https:') {
      // node:tls is loaded only when a registry is reached over HTTPS.
      const tls = await (this.tls ??= import('node:tls'));
      const servername = /^[\d.]+$|:/.test(host) ? undefined : host;
      const socket = tls.connect({
        host,
        port,
        servername,
        ALPNProtocols: ['http/1.1'],
        ca: this.options.ca,
      });
      return new Connection(socket, onClosed);
    }
    return new Connection(netConnect({ host, port }), onClosed);
  }
}
