// A TCP proxy that puts a round-trip time between its clients and a local server, so a bench can
// show what a registry across a network costs (a runner and ghcr.io are tens of ms apart), not
// only a registry on loopback. This machine's kernel has no netem, hence userspace:
//   - a connection's handshake completes one RTT after the client's connect: bytes it sends are
//     held until then (the kernel accepted it at once; a real SYN/SYN-ACK takes one RTT);
//   - every chunk then takes RTT/2 each way, in order.
import { connect, createServer, type Socket } from 'node:net';

export interface LatencyProxy {
  /** `127.0.0.1:port`, to put in image references in place of the server's host. */
  host: string;
  close(): Promise<void>;
}

/** One direction of a connection: chunks delivered in order, each no sooner than its time. */
class Lane {
  private readonly queue: { at: number; deliver: () => void }[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  push(at: number, deliver: () => void) {
    this.queue.push({ at, deliver });
    this.schedule();
  }

  private schedule() {
    if (this.timer || this.queue.length === 0) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        while (this.queue.length && this.queue[0].at <= performance.now()) this.queue.shift()!.deliver();
        this.schedule();
      },
      Math.max(0, this.queue[0].at - performance.now()),
    );
  }
}

export async function startLatencyProxy(targetPort: number, rttMs: number): Promise<LatencyProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    const established = performance.now() + rttMs;
    const upstream = connect(targetPort, '127.0.0.1');
    track(client);
    track(upstream);
    const out = new Lane();
    const back = new Lane();
    const outAt = () => Math.max(performance.now(), established) + rttMs / 2;
    const backAt = () => performance.now() + rttMs / 2;
    client.on('data', (chunk) => out.push(outAt(), () => upstream.write(chunk)));
    upstream.on('data', (chunk) => back.push(backAt(), () => client.write(chunk)));
    client.on('end', () => out.push(outAt(), () => upstream.end()));
    upstream.on('end', () => back.push(backAt(), () => client.end()));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
