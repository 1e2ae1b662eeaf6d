// Acceptance 1a, 1c, 1d: dist/wait-for-manifests against the real local registries (anonymous,
// htpasswd, token auth), on node20 and node24.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction, type RunResult } from '../../testkit/runner/index.js';
import {
  ensureRegistry,
  manifestDigest,
  type Registry,
  type RegistryKind,
} from '../../testkit/services/index.js';
import {
  credentialHelperEnv,
  digestsOf,
  dockerConfigWithAuths,
  emptyDockerConfig,
  lines,
  seedImage,
  tagManifest,
  uniqueRepo,
  type SourceManifest,
} from '../../testkit/wait-for-manifests.js';

const KINDS: RegistryKind[] = ['anonymous', 'htpasswd', 'token'];
const registries = {} as Record<RegistryKind, Registry>;
const seeds = {} as Record<RegistryKind, SourceManifest>;
let other: SourceManifest; // a second repository on the anonymous registry

beforeAll(async () => {
  for (const kind of KINDS) {
    registries[kind] = await ensureRegistry(kind);
    seeds[kind] = await seedImage(registries[kind], uniqueRepo(kind));
    for (const tag of ['v1', 'v2']) await tagManifest(registries[kind], seeds[kind], tag);
  }
  other = await seedImage(registries.anonymous, uniqueRepo('other'));
});
afterAll(cleanupRunnerTemp);

const ref = (kind: RegistryKind, tag: string, seed = seeds[kind]) =>
  `${registries[kind].host}/${seed.repository}:${tag}`;
const login = (kind: RegistryKind) => ({
  username: registries[kind].username!,
  password: registries[kind].password!,
});
const quick = { timeout: '3s', interval: '500ms', 'max-interval': '1s' };

/** No stack trace, exactly one ::error::, exit 1. */
function expectCleanFailure(r: RunResult) {
  expect(r.exitCode).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).toBe('');
}

describe.each(NODE_VERSIONS)('wait-for-manifests on %s', (node) => {
  const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({
      action: 'wait-for-manifests',
      node,
      inputs,
      env: { DOCKER_CONFIG: emptyDockerConfig(), ...env },
    });

  describe('1a: all present', () => {
    it.each(KINDS)('%s registry: outputs and digests equal the registry', async (kind) => {
      const images = [ref(kind, 'v1'), ref(kind, 'v2'), ref(kind, 'seed')];
      const creds: { username?: string; password?: string } = kind === 'anonymous' ? {} : login(kind);
      const r = await run({ images: images.join('\n'), ...creds });
      expect(r.exitCode).toBe(0);
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      const expected: Record<string, string> = {};
      for (const [i, tag] of ['v1', 'v2', 'seed'].entries()) {
        expected[images[i]] = (await manifestDigest(registries[kind], seeds[kind].repository, tag))!;
      }
      expect(digestsOf(r.outputs)).toEqual(expected);
      expect(Object.values(expected).every((d) => d === seeds[kind].digest)).toBe(true);
      expect(lines(r.outputs.found)).toEqual(images);
      expect(r.outputs.missing).toBe('');
      expect(r.outputs['missing-json']).toBe('[]');
      expect(r.outputs['all-present']).toBe('true');
      // "Seconds spent waiting, with one decimal" (action.yml)
      expect(r.outputs['elapsed-seconds']).toMatch(/^\d+\.\d$/);
      for (const image of images) {
        expect(r.log).toContain(`present: ${image} ${seeds[kind].digest}`);
        expect(r.summary).toContain(`<code>${image}</code>`);
      }
      expect(r.log).toMatch(/3\/3 present, 0 waiting/);
      if (creds.password) expect(r.masked).toContain(creds.password);
    });
  });

  describe('1c: some never pushed', () => {
    const never = () => [
      ref('anonymous', 'never-1'),
      `${registries.anonymous.host}/${uniqueRepo('gone')}:v1`,
    ];
    const present = () => [ref('anonymous', 'v1'), `${registries.anonymous.host}/${other.repository}:seed`];

    it('fail-on-missing: false succeeds with the exact missing list and a warning', async () => {
      const missing = never();
      const images = [present()[0], missing[0], present()[1], missing[1]];
      const r = await run({ images: images.join(', '), 'fail-on-missing': 'false', ...quick });
      expect(r.exitCode).toBe(0);
      expect(lines(r.outputs.missing)).toEqual(missing);
      expect(JSON.parse(r.outputs['missing-json'])).toEqual(missing);
      expect(lines(r.outputs.found)).toEqual(present());
      expect(Object.keys(digestsOf(r.outputs))).toEqual(present());
      expect(r.outputs['all-present']).toBe('false');
      expect(r.warnings).toHaveLength(1);
      for (const m of missing) expect(r.warnings[0]).toContain(`${m}: missing`);
      expect(r.warnings[0]).toMatch(/^2 of 4 image\(s\) not present after 3s/);
      expect(r.summary).toContain('❌ missing');
    });

    it('fail-on-missing: true fails listing them, outputs still set', async () => {
      const missing = never();
      const r = await run({ images: [...present(), ...missing].join('\n'), ...quick });
      expectCleanFailure(r);
      for (const m of missing) expect(r.errors[0]).toContain(`${m}: missing`);
      for (const p of present()) expect(r.errors[0]).not.toContain(p);
      expect(lines(r.outputs.missing)).toEqual(missing);
      expect(r.outputs['all-present']).toBe('false');
    });
  });

  describe('1d: credentials', () => {
    it('Docker config auths (as docker/login-action writes them), for Basic and Bearer registries', async () => {
      const config = dockerConfigWithAuths({
        [registries.htpasswd.host]: login('htpasswd'),
        [registries.token.host]: login('token'),
      });
      const images = [ref('htpasswd', 'v1'), ref('token', 'v1'), ref('anonymous', 'v1')];
      const r = await run({ images: images.join('\n') }, { DOCKER_CONFIG: config });
      expect(r.exitCode).toBe(0);
      expect(lines(r.outputs.found)).toEqual(images);
      expect(r.masked).toContain(login('token').password);
    });

    it('a credential helper (credHelpers -> docker-credential-test on PATH)', async () => {
      const env = credentialHelperEnv(registries.token.host, login('token'), process.env.PATH ?? '');
      const r = await run({ images: ref('token', 'v2') }, env);
      expect(r.exitCode).toBe(0);
      expect(digestsOf(r.outputs)).toEqual({ [ref('token', 'v2')]: seeds.token.digest });
      expect(r.masked).toContain(login('token').password);
    });

    it('registry-auth: a YAML map with one entry per registry', async () => {
      const h = login('htpasswd');
      const registryAuth = [
        `${registries.htpasswd.host}:`,
        `  auth: ${Buffer.from(`${h.username}:${h.password}`).toString('base64')}`,
        `${registries.token.host}: {username: ${login('token').username}, password: ${login('token').password}}`,
      ].join('\n');
      const images = [ref('htpasswd', 'v2'), ref('token', 'seed'), ref('anonymous', 'v2')];
      const r = await run({ images: images.join('\n'), 'registry-auth': registryAuth });
      expect(r.exitCode).toBe(0);
      expect(lines(r.outputs.found)).toEqual(images);
      expect(r.masked).toEqual(expect.arrayContaining([h.password, login('token').password]));
    });

    it.each([
      ['htpasswd', 'wrong password', { password: 'not-the-password' }],
      ['token', 'wrong password', { password: 'not-the-password' }],
      ['token', 'no credentials', { username: '', password: '' }],
      ['htpasswd', 'no credentials', { username: '', password: '' }],
    ] as const)('%s registry with %s: reported as unauthorized, not a crash', async (kind, _what, change) => {
      const images = [ref(kind, 'v1'), ref('anonymous', 'v1')];
      const r = await run({ images: images.join('\n'), ...login(kind), ...change, ...quick });
      expectCleanFailure(r);
      expect(r.errors[0]).toContain(`${images[0]}: unauthorized or missing:`);
      expect(r.errors[0]).not.toContain(images[1]);
      expect(lines(r.outputs.unauthorized)).toEqual([images[0]]);
      expect(lines(r.outputs.missing)).toEqual([images[0]]);
      expect(lines(r.outputs.found)).toEqual([images[1]]);
      expect(r.summary).toContain('🔒 unauthorized or missing');
      if (change.password) expect(r.log).not.toContain(change.password);
    });

    it('fail-on-missing: false with wrong credentials warns "unauthorized or missing" and succeeds', async () => {
      const r = await run({
        images: ref('htpasswd', 'v1'),
        username: login('htpasswd').username,
        password: 'nope-nope',
        'fail-on-missing': 'false',
        ...quick,
      });
      expect(r.exitCode).toBe(0);
      expect(r.warnings).toEqual([expect.stringContaining('unauthorized or missing: HTTP 401')]);
      expect(r.outputs['all-present']).toBe('false');
    });
  });
});
