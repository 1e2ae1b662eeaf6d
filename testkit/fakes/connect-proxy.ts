// An in-process forward proxy that only tunnels (CONNECT), for the registry-client unit tests:
// it records what the proxy gets to see (the CONNECT target and its headers) and maps the names
// it is asked for to loopback ports, so a test can address a fake registry by a non-loopback
// name (loopback is never proxied) without any DNS. The integration tests use a real proxy.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ConnectRecord {
  /** `host:port` as the client asked for it. */
  target: string;
  headers: IncomingHttpHeaders;
}

export interface FakeConnectProxy {
  url: string;
  connects: ConnectRecord[];
  close(): Promise<void>;
}

/** `routes` maps a `name:port` a client asks for to the loopback port that answers it. */
export async function startConnectProxy(routes: Record<string, number>): Promise<FakeConnectProxy> {
  const connects: ConnectRecord[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req, client: Socket) => {
    const target = req.url ?? '';
    connects.push({ target, headers: req.headers });
    const port = routes[target];
    if (port === undefined) return client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined).on('close', () => sockets.delete(socket));
    }
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
