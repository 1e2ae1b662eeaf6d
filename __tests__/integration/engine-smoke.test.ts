// Smoke test of the test services (scripts/services.sh): the private Docker Engine with buildx, the
// three registries and the token server. Nothing is skipped: every test starts what it needs.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  docker,
  dockerConfigFor,
  ensureBaseImage,
  ensureDocker,
  ensureRegistry,
  getRegistryToken,
  manifestDigest,
  MANIFEST_ACCEPT,
  pushRandomImage,
  registryFetch,
  type Registry,
} from '../../testkit/services/index.js';

// the integration project's testTimeout is not applied per project by jest: set it here
jest.setTimeout(300_000);

const unique = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'dpa-engine-smoke-'));
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [header, claims] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header!, 'base64url').toString('utf8')) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(claims!, 'base64url').toString('utf8')) as Record<string, unknown>,
  };
}

function expectOk(result: { code: number; stdout: string; stderr: string }, what: string): void {
  if (result.code !== 0)
    throw new Error(`${what} failed (exit ${result.code}):\n${result.stderr}\n${result.stdout}`);
}

describe('docker engine', () => {
  test('runs containers from the busybox base image', async () => {
    const base = await ensureBaseImage();
    const result = await docker(['run', '--rm', base, 'sh', '-c', 'echo hello from $(uname -s)']);
    expectOk(result, 'docker run');
    expect(result.stdout.trim()).toBe('hello from Linux');
  });

  test('uses the containerd image store and has buildx', async () => {
    const info = await docker(['info', '--format', '{{json .DriverStatus}}']);
    expectOk(info, 'docker info');
    expect(info.stdout).toContain('io.containerd.snapshotter.v1');
    const buildx = await docker(['buildx', 'version']);
    expectOk(buildx, 'docker buildx version');
    expect(buildx.stdout).toContain('buildx');
  });

  test('two-stage build pushed by buildx: metadata digest equals the registry digest', async () => {
    const base = await ensureBaseImage();
    const registry = await ensureRegistry('anonymous');
    const ctx = path.join(workDir, 'two-stage');
    await mkdir(ctx, { recursive: true });
    await writeFile(
      path.join(ctx, 'Dockerfile'),
      [
        `FROM ${base} AS build`,
        `RUN echo "smoke ${unique}" > /smoke.txt`,
        `FROM ${base}`,
        'COPY --from=build /smoke.txt /smoke.txt',
        '',
      ].join('\n'),
    );
    const repository = 'smoke/two-stage';
    const ref = `${registry.host}/${repository}:${unique}`;
    const metadataFile = path.join(ctx, 'metadata.json');
    const build = await docker([
      'buildx',
      'build',
      '--builder',
      'default',
      '--push',
      '--metadata-file',
      metadataFile,
      '--tag',
      ref,
      ctx,
    ]);
    expectOk(build, 'docker buildx build --push');
    const metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
    const digest = metadata['containerimage.digest'];
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await manifestDigest(registry, repository, unique)).toBe(digest);

    const run = await docker(['run', '--rm', ref, 'cat', '/smoke.txt']);
    expectOk(run, 'docker run');
    expect(run.stdout.trim()).toBe(`smoke ${unique}`);
  });

  test('docker push over plain HTTP to the loopback registry', async () => {
    const base = await ensureBaseImage();
    const registry = await ensureRegistry('anonymous');
    const ref = `${registry.host}/smoke/docker-push:${unique}`;
    expectOk(await docker(['tag', base, ref]), 'docker tag');
    expectOk(await docker(['push', ref]), 'docker push');
    expect(await manifestDigest(registry, 'smoke/docker-push', unique)).toMatch(/^sha256:/);
  });

  test('buildx exports a registry cache (mode=max) with the docker driver', async () => {
    const base = await ensureBaseImage();
    const registry = await ensureRegistry('anonymous');
    const ctx = path.join(workDir, 'cache');
    await mkdir(ctx, { recursive: true });
    await writeFile(path.join(ctx, 'Dockerfile'), `FROM ${base}\nRUN echo "cache ${unique}" > /cache.txt\n`);
    const cacheRef = `${registry.host}/smoke/cache:${unique}`;
    const build = await docker([
      'buildx',
      'build',
      '--builder',
      'default',
      '--cache-to',
      `type=registry,ref=${cacheRef},mode=max`,
      '--cache-from',
      `type=registry,ref=${cacheRef}`,
      ctx,
    ]);
    expectOk(build, 'docker buildx build --cache-to type=registry');
    const res = await registryFetch(registry, `/v2/smoke/cache/manifests/${unique}`, {
      headers: { Accept: MANIFEST_ACCEPT },
    });
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as { mediaType?: string; manifests?: { mediaType: string }[] };
    expect(manifest.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(manifest.manifests?.some((m) => m.mediaType.includes('buildkit.cacheconfig'))).toBe(true);
  });

  test('pushRandomImage pushes single- and multi-platform images', async () => {
    const registry = await ensureRegistry('anonymous');
    const single = await pushRandomImage(registry, 'smoke/random', `single-${unique}`);
    expect(await manifestDigest(registry, 'smoke/random', `single-${unique}`)).toBe(single);

    const multi = await pushRandomImage(registry, 'smoke/random', `multi-${unique}`, {
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    const res = await registryFetch(registry, `/v2/smoke/random/manifests/${multi}`, {
      headers: { Accept: MANIFEST_ACCEPT },
    });
    expect(res.status).toBe(200);
    const index = (await res.json()) as { manifests: { platform?: { architecture: string } }[] };
    expect(index.manifests.map((m) => m.platform?.architecture).sort()).toEqual(['amd64', 'arm64']);

    // registries allow DELETE
    const del = await registryFetch(registry, `/v2/smoke/random/manifests/${multi}`, { method: 'DELETE' });
    expect(del.status).toBe(202);
    expect(await manifestDigest(registry, 'smoke/random', `multi-${unique}`)).toBeUndefined();
  });
});

describe('htpasswd registry', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await ensureRegistry('htpasswd');
  });

  test('rejects anonymous requests and wrong passwords, accepts the test user', async () => {
    const anonymous = await fetch(`${registry.url}/v2/`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic /);

    const auth = (user: string, password: string) =>
      `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    const wrong = await fetch(`${registry.url}/v2/`, {
      headers: { Authorization: auth(registry.username!, 'wrong') },
    });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${registry.url}/v2/`, {
      headers: { Authorization: auth(registry.username!, registry.password!) },
    });
    expect(ok.status).toBe(200);
  });

  test('docker login + buildx push work', async () => {
    const digest = await pushRandomImage(registry, 'smoke/htpasswd', unique);
    expect(await manifestDigest(registry, 'smoke/htpasswd', unique)).toBe(digest);
    const anonymous = await registryFetch(
      registry,
      `/v2/smoke/htpasswd/manifests/${unique}`,
      { method: 'HEAD' },
      [],
      null,
    );
    expect(anonymous.status).toBe(401);
  });
});

describe('token registry', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await ensureRegistry('token');
  });

  test('challenges with the token realm', async () => {
    const res = await fetch(`${registry.url}/v2/`);
    expect(res.status).toBe(401);
    const challenge = res.headers.get('www-authenticate') ?? '';
    expect(challenge).toContain(`Bearer realm="${registry.tokenRealm}"`);
    expect(challenge).toContain(`service="${registry.tokenService}"`);
  });

  test('the token server issues a token that the registry accepts', async () => {
    const scope = `repository:smoke/token:pull,push`;
    const token = await getRegistryToken(registry, [scope]);
    const { header, claims } = decodeJwt(token);
    expect(Array.isArray(header.x5c)).toBe(true);
    expect(claims.access).toEqual([{ type: 'repository', name: 'smoke/token', actions: ['pull', 'push'] }]);
    const res = await fetch(`${registry.url}/v2/`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);

    // OAuth2 POST flow (used by containerd/buildkit) works as well
    const post = await fetch(registry.tokenRealm!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        service: registry.tokenService!,
        client_id: 'smoke-test',
        scope,
        username: registry.username!,
        password: registry.password!,
      }),
    });
    expect(post.status).toBe(200);
    expect(((await post.json()) as { access_token?: string }).access_token).toBeTruthy();
  });

  test('wrong credentials are refused; anonymous tokens grant nothing', async () => {
    await expect(
      getRegistryToken(registry, ['repository:smoke/token:pull'], {
        username: registry.username!,
        password: 'wrong',
      }),
    ).rejects.toThrow(/401/);
    const anonymousToken = await getRegistryToken(registry, ['repository:smoke/token:pull'], null);
    expect(decodeJwt(anonymousToken).claims.access).toEqual([]);
  });

  test('docker login + buildx push work; anonymous pull is denied', async () => {
    await dockerConfigFor(registry);
    const digest = await pushRandomImage(registry, 'smoke/token', unique);
    expect(await manifestDigest(registry, 'smoke/token', unique)).toBe(digest);
    const anonymous = await registryFetch(
      registry,
      `/v2/smoke/token/manifests/${unique}`,
      { method: 'HEAD', headers: { Accept: MANIFEST_ACCEPT } },
      [],
      null,
    );
    expect(anonymous.status).toBe(401);
  });
});

test('ensureDocker returns an environment for the docker CLI', async () => {
  const env = await ensureDocker();
  expect(env.env.DOCKER_HOST).toBe(`unix://${env.socket}`);
  expect(env.env.PATH.split(':')[0]).toMatch(/\/bin$/);
  expect(env.dockerConfig).toBe(env.env.DOCKER_CONFIG);
});
