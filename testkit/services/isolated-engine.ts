// A throwaway Docker Engine for tests that change the engine's whole image store (free-disk-space's
// docker-images target runs `docker image prune --all --force`). Pruning the shared private engine
// would delete images other test files rely on while they run (the busybox base image, `--load`
// results), so this is a second dockerd of the private engine's own binaries, on its containerd
// but in a containerd namespace of its own (its own images, containers, data and exec roots, no
// network). `close()` removes what it holds, stops it and deletes the namespace: nothing is left.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureDocker, run, servicesEnv, type RunResult } from './index.js';

export interface IsolatedEngine {
  /** DOCKER_HOST (this engine), DOCKER_CONFIG (an empty one of its own), PATH (engine bin first). */
  env: Record<string, string>;
  /** Runs the docker CLI against this engine; never throws for a non-zero exit. */
  docker(args: string[], input?: string): Promise<RunResult>;
  /** Removes every container and image: the engine holds only what the next test puts there. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

async function waitForEngine(docker: IsolatedEngine['docker'], daemon: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (daemon.exitCode !== null) break;
    if ((await docker(['version', '--format', '{{.Server.Version}}'])).code === 0) return;
    await sleep(100);
  }
  throw new Error('the isolated dockerd did not answer within 30 s');
}

/** Starts a dockerd of its own (the private engine's containerd must run: ensureDocker starts it). */
export async function startIsolatedEngine(): Promise<IsolatedEngine> {
  const shared = await ensureDocker();
  const services = await servicesEnv();
  const bin = path.join(services.DPA_SERVICES_DIR!, 'bin');
  const containerdSocket = path.join(path.dirname(shared.socket), 'containerd.sock');
  // Short: a unix socket path must stay below ~108 bytes.
  const dir = await mkdtemp('/tmp/dpa-engine-');
  const namespace = `dpa-isolated-${path.basename(dir).slice('dpa-engine-'.length).toLowerCase()}`;
  await writeFile(path.join(dir, 'daemon.json'), '{ "features": { "containerd-snapshotter": true } }\n');
  await writeFile(path.join(dir, 'config.json'), '{}\n');
  const socket = path.join(dir, 'docker.sock');
  const env = { DOCKER_HOST: `unix://${socket}`, DOCKER_CONFIG: dir, PATH: shared.env.PATH! };
  const daemon = spawn(
    path.join(bin, 'dockerd'),
    [
      ...['--config-file', path.join(dir, 'daemon.json'), '--containerd', containerdSocket],
      ...['--containerd-namespace', namespace, '--containerd-plugins-namespace', `${namespace}-plugins`],
      ...['--data-root', path.join(dir, 'data'), '--exec-root', path.join(dir, 'exec')],
      ...['--pidfile', path.join(dir, 'dockerd.pid'), '-H', env.DOCKER_HOST, '--bridge=none'],
      ...['--iptables=false', '--ip6tables=false', '--ip-forward=false', '--ip-masq=false'],
    ],
    { env: { PATH: env.PATH }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const logLines: Buffer[] = [];
  daemon.stderr!.on('data', (chunk: Buffer) => logLines.push(chunk));
  const docker = (args: string[], input?: string) =>
    run(path.join(bin, 'docker'), args, { env, ...(input === undefined ? {} : { input }) });
  const ctr = (args: string[]) => run(path.join(bin, 'ctr'), ['--address', containerdSocket, ...args]);

  const clear = async () => {
    const ids = (await docker(['ps', '--all', '--quiet'])).stdout.split('\n').filter(Boolean);
    if (ids.length) await docker(['rm', '--force', ...ids]);
    await docker(['image', 'prune', '--all', '--force']);
  };
  const close = async () => {
    if (daemon.exitCode === null) {
      await clear();
      const exited = once(daemon, 'exit');
      daemon.kill('SIGTERM');
      const kill = sleep(15_000, undefined, { ref: false }).then(() => daemon.kill('SIGKILL'));
      await Promise.race([exited, kill]);
    }
    for (const ns of [namespace, `${namespace}-plugins`]) await ctr(['namespaces', 'remove', ns]);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForEngine(docker, daemon);
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}:\n${Buffer.concat(logLines).toString().slice(-2000)}`);
  }
  return { env, docker, clear, close };
}
