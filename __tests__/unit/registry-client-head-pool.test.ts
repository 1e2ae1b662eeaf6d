// The HEAD-only HTTP/1.1 client against a scripted TCP server: each test says what the server
// writes back, byte for byte, and checks what the pool makes of it (answers, reuse, retries).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { HeadPool, parseHeadBlock, ProtocolError } from '../../packages/registry-client/head-pool.js';

describe('parseHeadBlock', () => {
  it('reads the status and the fields, names lower-cased, repeats joined', () => {
    const answer = parseHeadBlock(
      'HTTP/1.1 200 OK\r\nDocker-Content-Digest: sha256:ab\r\nWWW-Authenticate: Bearer a=1\r\nwww-authenticate:  Basic  \r\nEmpty:',
    );
    expect(answer.status).toBe(200);
    expect(Object.fromEntries(answer.fields)).toEqual({
      'docker-content-digest': 'sha256:ab',
      'www-authenticate': 'Bearer a=1, Basic',
      empty: '',
    });
  });

  it.each([
    ['HTTP/1.1 404', 404],
    ['HTTP/1.0 503 Service Unavailable', 503],
  ])('%j -> %i', (block, status) => {
    expect(parseHeadBlock(block).status).toBe(status);
  });

  it.each([
    ['HTTP/2 200'],
    ['ICY 200 OK'],
    ['HTTP/1.1 20 OK'],
    ['HTTP/1.1 200 OK\r\nno colon here'],
    ['HTTP/1.1 200 OK\r\n: empty name'],
    ['HTTP/1.1 200 OK\r\nA: 1\r\n folded continuation'],
    ['HTTP/1.1 200 OK\r\nbad name: x'],
  ])('rejects %j', (block) => {
    expect(() => parseHeadBlock(block)).toThrow(ProtocolError);
  });
});

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

describe('HeadPool', () => {
  let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends one HEAD with Host and the given fields, and reuses the connection', async () => {
    server = await scriptedServer((_, socket) => socket.write(OK));
    const pool = new HeadPool();
    const first = await pool.head(server.url(), { accept: 'a, b', 'user-agent': 'ua' }, noop);
    const second = await pool.head(server.url('/v2/r/manifests/2'), {}, noop);
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
    const answer = await new HeadPool().head(server.url(), {}, noop);
    expect(answer.status).toBe(200);
    expect(answer.fields.get('content-length')).toBe('1234');
  });

  it.each([
    ['Connection: close', 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n'],
    ['content after a HEAD answer', `${OK}unexpected body`],
  ])('%s: the next request opens a new connection', async (_what, reply) => {
    server = await scriptedServer((_, socket) => socket.write(reply));
    const pool = new HeadPool();
    await pool.head(server.url(), {}, noop);
    await pool.head(server.url(), {}, noop);
    expect(server.stats.connections).toBe(2);
  });

  it('a kept-alive connection the server dropped as the request went out is replaced, once', async () => {
    server = await scriptedServer((_, socket, index) => {
      if (index === 1)
        socket.destroy(); // the second request meets a connection closing: no byte back
      else socket.write(OK);
    });
    const pool = new HeadPool();
    await pool.head(server.url(), {}, noop);
    await expect(pool.head(server.url(), {}, noop)).resolves.toMatchObject({ status: 200 });
    expect(server.stats.connections).toBe(2);
    expect(server.stats.requests).toHaveLength(3);
  });

  it('a fresh connection that fails is not retried here (the caller backs off)', async () => {
    server = await scriptedServer((_, socket) => socket.destroy());
    await expect(new HeadPool().head(server.url(), {}, noop)).rejects.toThrow(ProtocolError);
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
    await expect(new HeadPool().head(server.url(), {}, noop)).rejects.toThrow(Error);
    expect(server.stats.requests).toHaveLength(1);
  });

  it('ended by the caller: rejects with the given error and is not retried', async () => {
    server = await scriptedServer(() => {}); // never answers
    const pool = new HeadPool();
    const ended = new Error('time limit');
    const answer = pool.head(server.url(), {}, (request) => setTimeout(() => request.destroy(ended), 20));
    await expect(answer).rejects.toBe(ended);
    expect(server.stats.connections).toBe(1);
  });

  it('refuses a field value that would start another header line', async () => {
    server = await scriptedServer((_, socket) => socket.write(OK));
    await expect(new HeadPool().head(server.url(), { accept: 'x\r\nEvil: 1' }, noop)).rejects.toThrow(
      /invalid header field accept/,
    );
    expect(server.stats.requests).toHaveLength(0);
  });
});

describe('HeadPool over TLS', () => {
  let dir: string;
  let cert: string;
  let server: ReturnType<typeof createTlsServer>;
  let port: number;
  const servernames: (string | false)[] = [];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'head-pool-tls-'));
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
      socket.on('data', () => socket.write(OK));
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
    const pool = new HeadPool({ ca: cert });
    const url = new URL(`https://localhost:${port}/v2/r/manifests/1`);
    await expect(pool.head(url, {}, noop)).resolves.toMatchObject({ status: 200 });
    await expect(pool.head(url, {}, noop)).resolves.toMatchObject({ status: 200 });
    expect(servernames).toEqual(['localhost']);
  });

  it('refuses a certificate it does not trust', async () => {
    const url = new URL(`https://localhost:${port}/v2/r/manifests/1`);
    await expect(new HeadPool().head(url, {}, noop)).rejects.toThrow(/self[- ]signed certificate/);
  });
});
