// append-image-digests-to-release against registries that would hold the step forever (issue 15,
// point 9): one that never answers, and one that asks to wait 2000000 s (Retry-After). The
// step ends within its `timeout` (or at once, for the Retry-After) with one error, and the
// release is not touched. Also point 1: one global credential for images on two registry hosts
// is warned about. The real bundle through the runner harness, on node20 and node24.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { emulatorPerTest } from '../../testkit/github-api/testing.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import { ensureRegistry, pushRandomImage } from '../../testkit/services/index.js';

const ACTION = 'append-image-digests-to-release';
const TOKEN = 'ghs_deadline_test';
const emulator = emulatorPerTest({ token: TOKEN });

let silent: Server;
let slow: Server;
const sockets = new Set<Socket>();
const hostOf = (s: Server) => `127.0.0.1:${(s.address() as AddressInfo).port}`;

beforeAll(async () => {
  silent = createServer(() => {}); // accepts, reads, never answers
  slow = createServer((_req, res) => res.writeHead(429, { 'retry-after': '2000000' }).end());
  for (const s of [silent, slow]) {
    s.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  }
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all([silent, slow].map((s) => new Promise((resolve) => s.close(resolve))));
  await cleanupRunnerTemp();
});

function run(node: NodeVersion, inputs: Record<string, string>) {
  return runAction({
    action: ACTION,
    node,
    event: 'push-tag',
    inputs: { token: TOKEN, ...inputs },
    env: { GITHUB_API_URL: emulator.api.url },
    secrets: [TOKEN],
    timeoutMs: 60_000,
  });
}

describe.each(NODE_VERSIONS)('registries that would hold the step, on %s', (node) => {
  it('a registry that never answers: the step fails at its timeout, the release untouched', async () => {
    const r = await run(node, { images: `${hostOf(silent)}/api:v1.2.3`, timeout: '3s' });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(
        /did not give every digest within 3s \(input "timeout"\), so the release was not changed/,
      ),
    ]);
    expect(emulator.api.state.getReleaseByTag('v1.2.3')).toBeUndefined();
  });

  it('a registry asking to wait 2000000 s is not waited for', async () => {
    const r = await run(node, { images: `${hostOf(slow)}/api:v1.2.3`, timeout: '10m' });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(/asks to wait 2000000 s \(more than the 60 s this action waits\)/),
    ]);
    expect(emulator.api.state.getReleaseByTag('v1.2.3')).toBeUndefined();
  });

  it('one global credential for images on two registry hosts is warned about (issue 15, point 1)', async () => {
    const [anonymous, htpasswd] = await Promise.all([
      ensureRegistry('anonymous'),
      ensureRegistry('htpasswd'),
    ]);
    const repo = `deadline-${node}-${Date.now().toString(36)}`;
    const [a, b] = await Promise.all([
      pushRandomImage(anonymous, `${repo}/api`, 'v1.2.3'),
      pushRandomImage(htpasswd, `${repo}/web`, 'v1.2.3'),
    ]);
    const r = await run(node, {
      images: `${anonymous.host}/${repo}/api:v1.2.3\n${htpasswd.host}/${repo}/web:v1.2.3`,
      username: htpasswd.username!,
      password: htpasswd.password!,
      'list-platforms': 'false',
    });
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `one global credential \\(username/password\\) would be sent to 2 registry hosts \\(${anonymous.host}, ${htpasswd.host}\\)`,
        ),
      ),
    ]);
    const body = emulator.api.state.getReleaseByTag('v1.2.3')?.body ?? '';
    expect(body).toContain(a);
    expect(body).toContain(b);
  });
});
