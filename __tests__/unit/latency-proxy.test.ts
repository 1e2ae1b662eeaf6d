// The bench's latency proxy (test infrastructure) against a local echo server: bytes arrive
// intact and in order, the first answer on a new connection takes at least two round trips
// (handshake, then request and answer), and later ones at least one. (Lower bounds only: what
// is checked is the delay the proxy adds, not anybody's speed.)
import { connect, createServer, type Server, type Socket } from 'node:net';
import { startLatencyProxy, type LatencyProxy } from '../../testkit/faults/latency-proxy.js';

const RTT = 40;

describe('latency proxy', () => {
  let echo: Server;
  let proxy: LatencyProxy;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    echo = createServer((socket) => {
      sockets.push(socket);
      socket.on('data', (chunk) => socket.write(chunk));
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    proxy = await startLatencyProxy((echo.address() as { port: number }).port, RTT);
  });
  afterAll(async () => {
    await proxy.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => echo.close(resolve));
  });

  it('delivers in order, at least two RTTs for the first exchange and one for the next', async () => {
    const [host, port] = proxy.host.split(':');
    const socket = connect(Number(port), host);
    const received: string[] = [];
    const echoed = (text: string) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        let got = '';
        const onData = (chunk: Buffer) => {
          got += chunk.toString();
          if (got.length < text.length) return;
          socket.off('data', onData);
          received.push(got);
          resolve(performance.now() - started);
        };
        socket.on('data', onData);
        for (const part of text.match(/.{1,3}/g)!) socket.write(part);
      });
    const first = await echoed('hello, proxy');
    const second = await echoed('again');
    socket.destroy();
    expect(received).toEqual(['hello, proxy', 'again']);
    expect(first).toBeGreaterThanOrEqual(2 * RTT - 5);
    expect(second).toBeGreaterThanOrEqual(RTT - 5);
  });
});
