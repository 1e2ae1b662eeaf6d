// Registry requests over pooled keep-alive HTTP/1.1 connections, without node:http.
//
// Why: a wait is hundreds of HEADs whose answers are a status line and a few headers, plus a
// token or a manifest now and then. node:http's machinery (ClientRequest, IncomingMessage
// streams, agent bookkeeping) costs a cold action process more CPU than the registry spends
// answering: 185 HEADs took 238 ms from a fresh Node with node:http and 175 ms this way, and the
// first token request took ~9 ms more (see bench/wait-for-manifests). The answer itself is read
// by ./http1-answer.ts.
import { connect as netConnect, type Socket } from 'node:net';
import type * as Tls from 'node:tls';
import { AnswerReader, FIELD_NAME, type Answer } from './http1-answer.js';

export { ProtocolError, type Answer } from './http1-answer.js';

/** What a caller can do to a request in flight: end it (its promise rejects with `error`). */
export interface InFlight {
  destroy(error: Error): void;
}

export interface PoolRequest {
  method: 'GET' | 'HEAD' | 'POST';
  url: URL;
  /** Names as given; values must be printable ASCII (nothing that could start another line). */
  fields: Record<string, string>;
  body?: string;
}

const FIELD_VALUE = /^[\t\x20-\x7e]*$/;

type Waiter = { resolve: (answer: Answer) => void; reject: (error: Error) => void };

/** The bytes of a request: the request line, Host, the fields, Content-Length with a body. */
export function requestBytes({ method, url, fields, body }: PoolRequest): string {
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
  for (const name in fields) {
    const value = fields[name];
    if (!FIELD_NAME.test(name) || !FIELD_VALUE.test(value)) throw new Error(`invalid header field ${name}`);
    lines.push(`${name}: ${value}`);
  }
  if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body ?? ''}`;
}

/** One keep-alive connection: one request at a time. */
class Connection {
  private reader?: AnswerReader;
  private waiter?: Waiter;
  /** Answered before: a failure before any byte of the next answer may be a stale socket. */
  private reused = false;
  /** Ended by the caller (time limit, cancellation): never retried. */
  ended = false;

  constructor(
    readonly socket: Socket,
    private readonly onClosed: (c: Connection) => void,
  ) {
    socket.setEncoding('latin1');
    socket.setNoDelay(true);
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('error', (error) => this.settle(error));
    socket.on('close', () => {
      this.onClosed(this);
      if (!this.waiter) return;
      try {
        this.settle(undefined, this.reader!.closed());
      } catch (error) {
        this.settle(error as Error);
      }
    });
  }

  send(bytes: string, withContent: boolean): Promise<Answer> {
    this.reader = new AnswerReader(withContent);
    this.socket.ref();
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.socket.write(bytes);
    });
  }

  /** Whether the failure happened on a reused connection before any byte of the answer. */
  get staleFailure(): boolean {
    return this.reused && !this.reader?.started;
  }

  private receive(chunk: string) {
    if (!this.waiter) {
      // Bytes nobody asked for (content after a HEAD answer): this connection cannot be trusted.
      this.socket.destroy();
      return;
    }
    let answer: Answer | undefined;
    try {
      answer = this.reader!.push(chunk);
    } catch (error) {
      this.socket.destroy(error as Error);
      return;
    }
    if (!answer) return;
    this.reused = true;
    if (this.reader!.reusable) this.socket.unref();
    else this.socket.destroy();
    this.settle(undefined, answer);
  }

  private settle(error?: Error, answer?: Answer) {
    const waiter = this.waiter;
    this.waiter = undefined;
    if (error) waiter?.reject(error);
    else waiter?.resolve(answer!);
  }
}

/** Idle keep-alive connections per origin; unref'd while idle, so they never hold the process. */
export class ConnectionPool {
  private readonly idle = new Map<string, Connection[]>();
  private tls?: Promise<typeof Tls>;

  /** `ca`: trust these certificates instead of Node's (tests); verification is always on. */
  constructor(private readonly options: { ca?: string } = {}) {}

  /** Sends `request`; `started` gets a handle to end it early (time limits, cancellation). */
  async request(request: PoolRequest, started: (request: InFlight) => void): Promise<Answer> {
    const bytes = requestBytes(request);
    const { url } = request;
    const key = `${url.protocol}//${url.host}`;
    for (let fresh = false; ; fresh = true) {
      const connection = fresh
        ? await this.connect(url, key)
        : (this.takeIdle(key) ?? (await this.connect(url, key)));
      started({
        destroy: (error) => {
          connection.ended = true;
          connection.socket.destroy(error);
        },
      });
      try {
        const answer = await connection.send(bytes, request.method !== 'HEAD');
        if (!connection.socket.destroyed) this.putIdle(key, connection);
        return answer;
      } catch (error) {
        // A keep-alive connection the server had closed meanwhile: once more on a new one. (Every
        // request we send is idempotent: HEAD, GET, and a token POST that only asks for a token.)
        if (!fresh && !connection.ended && connection.staleFailure) continue;
        throw error;
      }
    }
  }

  /**
   * Opens a connection to `url`'s origin for a request to come, so that its handshakes (TCP, TLS)
   * overlap whatever that request is waiting for (e.g. the registry's token). Failures are left
   * to that request, which meets them again on a fresh connection.
   */
  preconnect(url: URL): void {
    const key = `${url.protocol}//${url.host}`;
    this.connect(url, key).then(
      (connection) => {
        connection.socket.unref();
        if (!connection.socket.destroyed) this.putIdle(key, connection);
      },
      () => {},
    );
  }

  private takeIdle(key: string): Connection | undefined {
    // A socket destroyed a moment ago may not have announced its close yet (a write to it would
    // never be answered): skip those.
    const list = this.idle.get(key);
    let connection = list?.pop();
    while (connection?.socket.destroyed) connection = list?.pop();
    return connection;
  }

  private putIdle(key: string, connection: Connection) {
    let list = this.idle.get(key);
    if (!list) this.idle.set(key, (list = []));
    list.push(connection);
  }

  private async connect(url: URL, key: string): Promise<Connection> {
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const onClosed = (c: Connection) => {
      const list = this.idle.get(key);
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
