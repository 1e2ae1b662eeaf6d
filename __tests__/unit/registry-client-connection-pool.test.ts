// The HTTP/1.1 client against a scripted TCP server: each test says what the server writes back,
// byte for byte, and checks what the pool makes of it (answers, content, reuse, retries).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import {
  ConnectionPool,
  ProtocolError,
  type InFlight,
  type PoolRequest,
} from '../../packages/registry-client/connection-pool.js';

type Script = (request: string, socket: Socket, index: number) => void;

/** A TCP server answering each request (one per header block) with `script`; counts connections. */
async function scriptedServer(script: Script) {
  const stats = { connections: 0, requests: [] as string[] };
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    stats.connections++;
    sockets.add(socket);
    let buffer = '';
    socket.setEncoding('latin1');
    socket.on('error', () => {});
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n\r\n'); end >= 0; end = buffer.indexOf('\r\n\r\n')) {
        const request = buffer.slice(0, end);
        buffer = buffer.slice(end + 4);
        stats.requests.push(request);
        script(request, socket, stats.requests.length - 1);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path = '/v2/r/manifests/1') => new URL(`http://127.0.0.1:${port}${path}`),
    stats,
    // The pool's idle keep-alive connections stay open: end them so close() returns.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

const OK = 'HTTP/1.1 200 OK\r\nDocker-Content-Digest: sha256:aa\r\nContent-Length: 1234\r\n\r\n';
const noop = () => {};
const head = (
  pool: ConnectionPool,
  url: URL,
  fields: Record<string, string> = {},
  started: (request: InFlight) => void = noop,
) => pool.request({ method: 'HEAD', url, fields }, started);

describe('ConnectionPool: HEAD', () => {
  let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends one HEAD with Host and the given fields, and reuses the connection', async () => {
    server = await scriptedServer((_, socket) => socket.write(OK));
    const pool = new ConnectionPool();
    const first = await head(pool, server.url(), { accept: 'a, b', 'user-agent': 'ua' }, noop);
    const second = await head(pool, server.url('/v2/r/manifests/2'), {}, noop);
    expect([first.status, second.fields.get('docker-content-digest')]).toEqual([200, 'sha256:aa']);
    expect(server.stats.connections).toBe(1);
    const port = server.url().port;
    expect(server.stats.requests).toEqual([
      `HEAD /v2/r/manifests/1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\naccept: a, b\r\nuser-agent: ua`,
      `HEAD /v2/r/manifests/2 HTTP/1.1\r\nHost: 127.0.0.1:${port}`,
    ]);
  });

  it('reads an answer that arrives a byte at a time, after a 103 Early Hints', async () => {
    server = await scriptedServer((_, socket) => {
      const bytes = `HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n${OK}`;
      let i = 0;
      const tick = () => (i < bytes.length ? socket.write(bytes[i++], () => setImmediate(tick)) : undefined);
      tick();
    });
    const answer = await head(new ConnectionPool(), server.url(), {}, noop);
    expect(answer.status).toBe(200);
    expect(answer.fields.get('content-length')).toBe('1234');
  });

  it.each([
    ['Connection: close', 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n'],
    ['content after a HEAD answer', `${OK}unexpected body`],
  ])('%s: the next request opens a new connection', async (_what, reply) => {
    server = await scriptedServer((_, socket) => socket.write(reply));
    const pool = new ConnectionPool();
    await head(pool, server.url(), {}, noop);
    await head(pool, server.url(), {}, noop);
    expect(server.stats.connections).toBe(2);
  });

  it('a kept-alive connection the server dropped as the request went out is replaced, once', async () => {
    server = await scriptedServer((_, socket, index) => {
      if (index === 1)
        socket.destroy(); // the second request meets a connection closing: no byte back
      else socket.write(OK);
    });
    const pool = new ConnectionPool();
    await head(pool, server.url(), {}, noop);
    await expect(head(pool, server.url(), {}, noop)).resolves.toMatchObject({ status: 200 });
    expect(server.stats.connections).toBe(2);
    expect(server.stats.requests).toHaveLength(3);
  });

  it('a fresh connection that fails is not retried here (the caller backs off)', async () => {
    server = await scriptedServer((_, socket) => socket.destroy());
    await expect(head(new ConnectionPool(), server.url(), {}, noop)).rejects.toThrow(ProtocolError);
    expect(server.stats.connections).toBe(1);
  });

  it.each([
    [
      'the connection closes in the middle of the header',
      (socket: Socket) => socket.end('HTTP/1.1 200 OK\r\nDock'),
    ],
    ['the answer is not HTTP', (socket: Socket) => socket.write('SSH-2.0-OpenSSH\r\n\r\n')],
    [
      'the header never ends',
      (socket: Socket) => socket.write(`HTTP/1.1 200 OK\r\nX: ${'y'.repeat(70_000)}`),
    ],
  ])('%s: the request fails', async (_what, reply) => {
    server = await scriptedServer((_, socket) => reply(socket));
    await expect(head(new ConnectionPool(), server.url(), {}, noop)).rejects.toThrow(Error);
    expect(server.stats.requests).toHaveLength(1);
  });

  it('preconnect opens a connection the next request to that origin uses', async () => {
    server = await scriptedServer((_, socket) => socket.write(OK));
    const pool = new ConnectionPool();
    pool.preconnect(server.url());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.stats.connections).toBe(1);
    await head(pool, server.url());
    expect([server.stats.connections, server.stats.requests.length]).toEqual([1, 1]);
  });

  it('preconnect to an origin that refuses: nothing thrown, the request meets the refusal', async () => {
    server = await scriptedServer(() => {});
    const url = server.url();
    await server.close();
    server = undefined;
    const pool = new ConnectionPool();
    pool.preconnect(url);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(head(pool, url)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('ended by the caller: rejects with the given error and is not retried', async () => {
    server = await scriptedServer(() => {}); // never answers
    const pool = new ConnectionPool();
    const ended = new Error('time limit');
    const answer = head(pool, server.url(), {}, (request) => setTimeout(() => request.destroy(ended), 20));
    await expect(answer).rejects.toBe(ended);
    expect(server.stats.connections).toBe(1);
  });

  it('refuses a field value that would start another header line', async () => {
    server = await scriptedServer((_, socket) => socket.write(OK));
    await expect(head(new ConnectionPool(), server.url(), { accept: 'x\r\nEvil: 1' }, noop)).rejects.toThrow(
      /invalid header field accept/,
    );
    expect(server.stats.requests).toHaveLength(0);
  });
});

describe('ConnectionPool: answers with content', () => {
  let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const get = (pool: ConnectionPool, url: URL, fields: Record<string, string> = {}) =>
    pool.request({ method: 'GET', url, fields }, noop);

  it.each([
    ['Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{"a":1}'],
    ['chunked', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{"a\r\n4\r\n":1}\r\n0\r\n\r\n'],
  ])('%s: reads the content and reuses the connection', async (_what, reply) => {
    server = await scriptedServer((_, socket) => socket.write(reply));
    const pool = new ConnectionPool();
    const first = await get(pool, server.url('/token?scope=a'));
    const second = await get(pool, server.url('/token?scope=b'));
    expect([first.body.toString(), second.body.toString()]).toEqual(['{"a":1}', '{"a":1}']);
    expect(server.stats.connections).toBe(1);
    expect(server.stats.requests[1]).toMatch(/^GET \/token\?scope=b HTTP\/1\.1\r\n/);
  });

  it('content that runs to the end of the connection: read whole, connection not reused', async () => {
    server = await scriptedServer((_, socket) =>
      socket.end(Buffer.from('HTTP/1.1 200 OK\r\n\r\n\u00ff\u0000binary', 'latin1')),
    );
    const pool = new ConnectionPool();
    const answer = await get(pool, server.url());
    expect([...answer.body]).toEqual([0xff, 0, ...Buffer.from('binary')]);
    await get(pool, server.url());
    expect(server.stats.connections).toBe(2);
  });

  it('content cut short by the connection closing: a ProtocolError', async () => {
    server = await scriptedServer((_, socket) =>
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'),
    );
    await expect(get(new ConnectionPool(), server.url())).rejects.toThrow(/closed before the whole answer/);
  });

  it('a POST carries its form with a Content-Length', async () => {
    const received: string[] = [];
    const raw = createServer((socket) => {
      let data = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => {
        data += chunk;
        if (!data.endsWith('refresh_token=r%C3%A9')) return;
        received.push(data);
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}');
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const { port } = raw.address() as { port: number };
    const request: PoolRequest = {
      method: 'POST',
      url: new URL(`http://127.0.0.1:${port}/token`),
      fields: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=r%C3%A9',
    };
    try {
      await expect(new ConnectionPool().request(request, noop)).resolves.toMatchObject({ status: 200 });
    } finally {
      await new Promise((resolve) => raw.close(resolve));
    }
    expect(received).toEqual([
      `POST /token HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\ncontent-type: application/x-www-form-urlencoded\r\n` +
        'Content-Length: 46\r\n\r\ngrant_type=refresh_token&refresh_token=r%C3%A9',
    ]);
  });
});

describe('ConnectionPool over TLS', () => {
  let dir: string;
  let cert: string;
  let server: ReturnType<typeof createTlsServer>;
  let port: number;
  const servernames: (string | false)[] = [];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'connection-pool-tls-'));
    const args = [
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', ...args],
      {
        stdio: 'ignore',
      },
    );
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    server = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (socket) => {
      servernames.push((socket as unknown as { servername: string | false }).servername);
      sockets.push(socket);
      socket.on('error', () => {});
      socket.on('data', (data: Buffer) =>
        socket.write(
          data.toString().startsWith('GET') ? 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}' : OK,
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies the certificate, sends the host name (SNI) and answers over the same connection', async () => {
    const pool = new ConnectionPool({ ca: cert });
    const url = new URL(`https://localhost:${port}/v2/r/manifests/1`);
    await expect(head(pool, url, {}, noop)).resolves.toMatchObject({ status: 200 });
    await expect(head(pool, url, {}, noop)).resolves.toMatchObject({ status: 200 });
    expect(servernames).toEqual(['localhost']);
  });

  it('reads content over TLS', async () => {
    const pool = new ConnectionPool({ ca: cert });
    const url = new URL(`https://localhost:${port}/token?scope=x`);
    const answer = await pool.request({ method: 'GET', url, fields: {} }, noop);
    expect(answer.body.toString()).toBe('{}');
  });

  it('refuses a certificate it does not trust', async () => {
    const url = new URL(`https://localhost:${port}/v2/r/manifests/1`);
    await expect(head(new ConnectionPool(), url, {}, noop)).rejects.toThrow(/self[- ]signed certificate/);
  });
});
