// A real forward proxy for the proxy tests: tinyproxy from Debian (tinyproxy-bin, bookworm),
// fetched once with the private apt configuration scripts/services.sh keeps and unpacked with
// `dpkg -x` into the services cache (its own folder: the engine's packages are not touched).
// Each test starts its own instance on a free loopback port, with its access log (LogLevel
// Info: one line per request, CONNECT target included) and, optionally, its own host names.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withHostsFile, writeHostsFile } from '../runner/hosts.js';
import { run, servicesEnv } from './index.js';

const PACKAGE = 'tinyproxy-bin/bookworm';

async function tinyproxyBinary(): Promise<string> {
  const services = (await servicesEnv()).DPA_SERVICES_DIR;
  if (!services) throw new Error('services.sh env did not print DPA_SERVICES_DIR');
  const root = join(services, 'tinyproxy');
  const binary = join(root, 'usr', 'bin', 'tinyproxy');
  if (existsSync(binary)) return binary;
  const work = mkdtempSync(join(services, 'tinyproxy-'));
  try {
    const env = { APT_CONFIG: join(services, 'apt', 'apt.conf') };
    let download = await run('apt-get', ['-q', 'download', PACKAGE], { cwd: work, env });
    if (download.code !== 0) {
      await run('apt-get', ['-q', 'update'], { env }); // lists missing or stale
      download = await run('apt-get', ['-q', 'download', PACKAGE], { cwd: work, env });
    }
    if (download.code !== 0) throw new Error(`apt-get download ${PACKAGE} failed:\n${download.stderr}`);
    const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
    const unpack = await run('dpkg', ['-x', join(work, deb ?? ''), join(work, 'root')]);
    if (unpack.code !== 0) throw new Error(`dpkg -x ${deb} failed:\n${unpack.stderr}`);
    if (!existsSync(binary)) renameSync(join(work, 'root'), root); // another worker may have won
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export interface ForwardProxy {
  url: string;
  port: number;
  /** The request lines of the access log, e.g. `CONNECT registry.test:5000 HTTP/1.1`. */
  requests(): string[];
  close(): Promise<void>;
}

/** Starts tinyproxy on a free loopback port; `hosts` are names only the proxy can resolve. */
export async function startForwardProxy(
  opts: { hosts?: Record<string, string> } = {},
): Promise<ForwardProxy> {
  const binary = await tinyproxyBinary();
  const dir = mkdtempSync(join(tmpdir(), 'dpa-proxy-'));
  const port = await freePort();
  const log = join(dir, 'access.log');
  const config = [`Port ${port}`, 'Listen 127.0.0.1', 'Timeout 30', `LogFile "${log}"`, 'LogLevel Info'];
  config.push('MaxClients 100', 'Allow 127.0.0.1', 'DisableViaHeader Yes');
  writeFileSync(join(dir, 'tinyproxy.conf'), `${config.join('\n')}\n`);
  const args = ['-d', '-c', join(dir, 'tinyproxy.conf')];
  const [command, argv] = opts.hosts
    ? withHostsFile(writeHostsFile(join(dir, 'hosts'), opts.hosts), binary, args)
    : [binary, args];
  const child = spawn(command, argv, { stdio: 'ignore' });
  const close = () => stop(child).then(() => rmSync(dir, { recursive: true, force: true }));
  for (let i = 0; !(await accepts(port)); i++) {
    if (i > 100 || child.exitCode !== null) {
      await close();
      throw new Error(`tinyproxy did not listen on 127.0.0.1:${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const requests = () =>
    existsSync(log)
      ? [...readFileSync(log, 'utf8').matchAll(/Request \(file descriptor \d+\): (.*)$/gm)].map((m) => m[1]!)
      : [];
  return { url: `http://127.0.0.1:${port}`, port, requests, close };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
