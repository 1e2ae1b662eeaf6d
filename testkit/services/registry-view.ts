// A second registry process serving the shared token-auth registry's storage (images pushed to
// one are in the other), whose Bearer challenge names the token server by another host name:
// the shared registry's realm is http://127.0.0.1:5003/token, and a loopback realm is never
// proxied, so the proxy tests need one a proxy would carry. Started and stopped by the test.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accepts, freePort } from './forward-proxy.js';
import { ensureRegistry, servicesEnv } from './index.js';

export interface RegistryView {
  /** The loopback port it listens on. */
  port: number;
  /** The realm its challenges name. */
  realm: string;
  close(): Promise<void>;
}

/** Starts the view; `realmHost` replaces the token server's host in the realm (port kept). */
export async function startTokenRegistryView(realmHost: string): Promise<RegistryView> {
  const token = await ensureRegistry('token');
  const services = (await servicesEnv()).DPA_SERVICES_DIR!;
  const shared = readFileSync(join(services, 'registry-token', 'config.yml'), 'utf8');
  const port = await freePort();
  const realm = token.tokenRealm!.replace(/^(https?:\/\/)[^/:]+/, `$1${realmHost}`);
  const config = shared
    .replace(/^(\s*addr:).*$/m, `$1 127.0.0.1:${port}`)
    .replace(/^(\s*realm:).*$/m, `$1 ${realm}`)
    .replace(/^(\s*secret:.*)$/m, '$1-view');
  if (!config.includes(`realm: ${realm}`)) throw new Error(`no realm in the token registry's config`);
  const dir = mkdtempSync(join(tmpdir(), 'dpa-registry-view-'));
  writeFileSync(join(dir, 'config.yml'), config);
  const child = spawn(join(services, 'bin', 'docker-registry'), ['serve', join(dir, 'config.yml')], {
    stdio: 'ignore',
  });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGTERM'));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; !(await accepts(port)); i++) {
    if (i > 200 || child.exitCode !== null) {
      await close();
      throw new Error(`the token registry view did not listen on 127.0.0.1:${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, realm, close };
}
