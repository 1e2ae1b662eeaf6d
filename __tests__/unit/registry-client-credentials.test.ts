import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { InputError, Inputs, mapInputs } from '../../packages/action-io/index.js';
import {
  loadCredentialStore,
  normalizeRegistryKey,
  parseChallenges,
  parseRegistryAuth,
  readCredentialInputs,
} from '../../packages/registry-client/index.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('parseRegistryAuth', () => {
  it.each([
    ['', {}],
    ['{}', {}],
    [
      'ghcr.io:\n  username: u\n  password: p\n',
      { 'ghcr.io': { kind: 'basic', username: 'u', password: 'p' } },
    ],
    [
      JSON.stringify({ 'https://index.docker.io/v1/': { auth: b64('hub:s3cr:et') } }),
      { 'docker.io': { kind: 'basic', username: 'hub', password: 's3cr:et' } },
    ],
    ['127.0.0.1:5000: {token: abc}', { '127.0.0.1:5000': { kind: 'token', token: 'abc' } }],
  ])('%j', async (text, expected) => {
    expect(Object.fromEntries(await parseRegistryAuth(text))).toEqual(expected);
  });

  it.each([
    ['ghcr.io: {username: u, password: "x', /is not valid YAML or JSON at line 1/],
    ['- a\n- b', /is not a map/],
    ['just text', /is not a map/],
    ['ghcr.io: secret-value', /entry "ghcr.io" is not a map/],
    ['ghcr.io: {username: u}', /username and password must both be non-empty/],
    ['ghcr.io: {username: u, password: p, token: t}', /exactly one form/],
    ['ghcr.io: {auth: "!!notbase64"}', /auth must be base64/],
    ['ghcr.io: {auth: ' + b64('nocolon') + '}', /auth must be base64/],
    ['ghcr.io: {pass: p}', /unknown keys: pass/],
    ['ghcr.io: {token: ""}', /token must be a non-empty string/],
  ])('rejects %j naming registry-auth, without echoing secrets', async (text, message) => {
    const error: unknown = await parseRegistryAuth(text).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^Input "registry-auth": /);
    expect((error as Error).message).not.toMatch(/secret-value|"x/);
  });
});

describe('readCredentialInputs', () => {
  const read = (values: Record<string, string>) => readCredentialInputs(new Inputs(mapInputs(values)));
  it('reads the three inputs, registry-auth parsed once', async () => {
    await expect(
      read({ username: 'u', password: 'p', 'registry-auth': 'a.io: {token: t}' }),
    ).resolves.toEqual({
      username: 'u',
      password: 'p',
      registryAuth: 'a.io: {token: t}',
      registryAuthEntries: new Map([['a.io', { kind: 'token', token: 't' }]]),
    });
  });
  it.each([
    [{ username: 'u' }, 'Input "password": is required when username is given'],
    [{ password: 'p' }, 'Input "username": is required when password is given'],
    [{ 'registry-auth': '[1' }, /^Input "registry-auth": is not valid YAML or JSON/],
  ])('%j', async (values, message) => {
    await expect(read(values)).rejects.toThrow(message);
  });
});

describe('normalizeRegistryKey', () => {
  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['https://GHCR.io/', 'ghcr.io'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
  ])('%s -> %s', (key, expected) => {
    expect(normalizeRegistryKey(key)).toBe(expected);
  });
});

describe('parseChallenges', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/nginx:pull',
          },
        },
      ],
    ],
    ['Basic realm="Registry Realm"', [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]],
    ['basic', [{ scheme: 'basic', params: {} }]],
    [
      'Negotiate, Basic realm="a, b", Bearer realm=https://t/token, service=x',
      [
        { scheme: 'basic', params: { realm: 'a, b' } },
        { scheme: 'bearer', params: { realm: 'https://t/token', service: 'x' } },
      ],
    ],
    ['Bearer realm="q\\"uote"', [{ scheme: 'bearer', params: { realm: 'q"uote' } }]],
    [null, []],
  ])('%j', (header, expected) => {
    expect(parseChallenges(header)).toEqual(expected);
  });
});

describe('loadCredentialStore', () => {
  let dir: string;
  let bin: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'creds-'));
    bin = join(dir, 'bin');
    mkdirSync(bin);
    // A credential helper as docker-credential-helpers writes them: server URL on stdin, JSON out.
    const helper = join(bin, 'docker-credential-test');
    writeFileSync(
      helper,
      [
        '#!/bin/sh',
        '[ "$1" = get ] || exit 2',
        'read server',
        'case "$server" in',
        '  helped.io) echo \'{"ServerURL":"helped.io","Username":"hu","Secret":"helper-secret"}\' ;;',
        '  https://index.docker.io/v1/) echo \'{"ServerURL":"x","Username":"<token>","Secret":"identity-secret"}\' ;;',
        '  *) echo "credentials not found in native keychain"; exit 1 ;;',
        'esac',
      ].join('\n'),
    );
    chmodSync(helper, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const config = (name: string, content: object) => {
    const configDir = join(dir, name);
    mkdirSync(configDir, { recursive: true });
    writeFileSync(join(configDir, 'config.json'), JSON.stringify(content));
    return configDir;
  };
  const env = (configDir: string) => ({
    DOCKER_CONFIG: configDir,
    PATH: `${bin}${delimiter}${process.env.PATH}`,
  });

  it('takes registry-auth first, then username/password, then the Docker config', async () => {
    const masked: string[] = [];
    const configDir = config('precedence', {
      auths: {
        'cfg.io': { auth: b64('cu:config-secret') },
        'https://index.docker.io/v1/': { auth: b64('d:hub-secret') },
      },
    });
    const inputs = { username: '', password: '', registryAuth: 'ra.io: {token: ra-secret}' };
    const s = await loadCredentialStore(inputs, env(configDir), { mask: (x) => masked.push(x) });
    expect(await s.get('ra.io')).toEqual({ kind: 'token', token: 'ra-secret', source: 'registry-auth' });
    expect(await s.get('cfg.io')).toMatchObject({ kind: 'basic', username: 'cu', password: 'config-secret' });
    expect(await s.get('docker.io')).toMatchObject({ username: 'd', password: 'hub-secret' });
    expect(await s.get('other.io')).toBeUndefined();
    expect(masked).toEqual(
      expect.arrayContaining(['ra-secret', 'config-secret', 'hub-secret', b64('cu:config-secret')]),
    );

    const withUser = await loadCredentialStore({ ...inputs, username: 'u', password: 'pw' }, env(configDir), {
      mask: () => {},
    });
    expect(await withUser.get('cfg.io')).toMatchObject({
      username: 'u',
      password: 'pw',
      source: 'username/password',
    });
    expect(await withUser.get('ra.io')).toMatchObject({ source: 'registry-auth' });
  });

  it('asks credHelpers / credsStore with the server URL on stdin, falling back to auths', async () => {
    const masked: string[] = [];
    const warnings: string[] = [];
    const configDir = config('helpers', {
      credsStore: 'test',
      credHelpers: { 'broken.io': 'missing-helper' },
      auths: { 'plain.io': { auth: b64('pu:plain-secret') } },
    });
    const s = await loadCredentialStore({ username: '', password: '', registryAuth: '' }, env(configDir), {
      mask: (x) => masked.push(x),
      warn: (w) => warnings.push(w),
    });
    expect(await s.get('helped.io')).toEqual({
      kind: 'basic',
      username: 'hu',
      password: 'helper-secret',
      source: 'docker-credential-test',
    });
    expect(await s.get('docker.io')).toEqual({
      kind: 'identity',
      identityToken: 'identity-secret',
      source: 'docker-credential-test',
    });
    expect(await s.get('plain.io')).toMatchObject({ username: 'pu' }); // helper: not found
    expect(await s.get('broken.io')).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('docker-credential-missing-helper is not on PATH')]);
    expect(masked).toEqual(expect.arrayContaining(['helper-secret', 'identity-secret', 'plain-secret']));
  });

  it('ignores a missing or malformed Docker config', async () => {
    const warnings: string[] = [];
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'config.json'), '{not json');
    const opts = { mask: () => {}, warn: (w: string) => warnings.push(w) };
    const creds = { username: '', password: '', registryAuth: '' };
    expect(
      await (await loadCredentialStore(creds, env(join(dir, 'none')), opts)).get('x.io'),
    ).toBeUndefined();
    expect(await (await loadCredentialStore(creds, env(broken), opts)).get('x.io')).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/config.json: it is not valid JSON/)]);
  });
});
