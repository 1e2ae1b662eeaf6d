// Test services for integration tests and benches: a private Docker Engine with buildx and local
// OCI registries, all started on demand by scripts/services.sh (see docs/test-services.md).
// Services are shared between jest workers and test files; they are never stopped by tests.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVICES_SCRIPT = path.join(REPO_ROOT, 'scripts', 'services.sh');

/** Accept header that asks for any manifest kind (OCI index/manifest, Docker list/manifest v2). */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  cwd?: string;
}

/** Runs a command, never throws for a non-zero exit code. */
export function run(command: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ? { ...process.env, ...opts.env } : process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => stdout.push(c));
    child.stderr.on('data', (c: Buffer) => stderr.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

// ---------------------------------------------------------------------------------------------
// scripts/services.sh

export type Target =
  | 'docker'
  | 'registry'
  | 'registry-htpasswd'
  | 'registry-token'
  | 'base-image'
  | 'qemu'
  | 'buildkit'
  | 'buildkit-image'
  | 'base-image-multiarch'
  | 'sbom-scanner'
  | 'all';

async function services(action: 'start' | 'stop' | 'env', target: Target = 'all'): Promise<string> {
  const result = await run('bash', [SERVICES_SCRIPT, action, target], { cwd: REPO_ROOT });
  if (result.code !== 0) {
    throw new Error(
      `bash scripts/services.sh ${action} ${target} failed (exit ${result.code}):\n${result.stderr}${result.stdout}`,
    );
  }
  return result.stdout;
}

const started = new Map<Target, Promise<void>>();

/** Starts a service of scripts/services.sh once per process (see testkit/services/buildkit.ts). */
export function start(target: Target): Promise<void> {
  let promise = started.get(target);
  if (!promise) {
    promise = services('start', target).then(() => undefined);
    // a failed start may be retried by the next caller
    promise.catch(() => started.delete(target));
    started.set(target, promise);
  }
  return promise;
}

/** Parses the `export KEY='value'` lines printed by `services.sh env`. */
export function parseExports(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^export ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (!m) continue;
    const raw = m[2]!;
    let value = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i]!;
      if (c === "'") {
        const end = raw.indexOf("'", i + 1);
        if (end < 0) throw new Error(`unterminated quote in: ${line}`);
        value += raw.slice(i + 1, end);
        i = end;
      } else if (c === '\\' && i + 1 < raw.length) {
        value += raw[++i];
      } else {
        value += c;
      }
    }
    out[m[1]!] = value;
  }
  return out;
}

let envPromise: Promise<Record<string, string>> | undefined;

/** The variables printed by `services.sh env` (DOCKER_HOST, DOCKER_CONFIG, PATH, DPA_*). */
export function servicesEnv(): Promise<Record<string, string>> {
  envPromise ??= services('env').then(parseExports);
  return envPromise;
}

function required(env: Record<string, string>, key: string): string {
  const value = env[key];
  if (!value) throw new Error(`services.sh env did not print ${key}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// docker

export interface DockerEnv {
  /** DOCKER_HOST, DOCKER_CONFIG, and PATH with the engine's bin directory first */
  env: Record<string, string>;
  dockerConfig: string;
  socket: string;
}

/** Starts (if needed) the private Docker Engine and returns the environment to reach it. */
export async function ensureDocker(): Promise<DockerEnv> {
  await start('docker');
  const env = await servicesEnv();
  return {
    env: {
      DOCKER_HOST: required(env, 'DOCKER_HOST'),
      DOCKER_CONFIG: required(env, 'DOCKER_CONFIG'),
      PATH: required(env, 'PATH'),
    },
    dockerConfig: required(env, 'DOCKER_CONFIG'),
    socket: required(env, 'DPA_DOCKER_SOCKET'),
  };
}

async function dockerBinary(): Promise<string> {
  return path.join(required(await servicesEnv(), 'DPA_SERVICES_DIR'), 'bin', 'docker');
}

/** Runs the engine's docker CLI with the DockerEnv (plus opts.env); never throws for a non-zero exit. */
export async function docker(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const dockerEnv = await ensureDocker();
  return run(await dockerBinary(), args, { ...opts, env: { ...dockerEnv.env, ...opts.env } });
}

/**
 * A fresh DOCKER_CONFIG directory (empty config.json, buildx plugin linked), so a test can
 * `docker login` without touching the shared default configuration.
 */
export async function createDockerConfig(): Promise<string> {
  const { dockerConfig } = await ensureDocker();
  // under the services folder (git-ignored; `services.sh stop all` removes them)
  const parent = path.join(required(await servicesEnv(), 'DPA_SERVICES_DIR'), 'tmp');
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(path.join(parent, 'docker-config-'));
  await mkdir(path.join(dir, 'cli-plugins'));
  const buildx = await realpath(path.join(dockerConfig, 'cli-plugins', 'docker-buildx'));
  await symlink(buildx, path.join(dir, 'cli-plugins', 'docker-buildx'));
  await writeFile(path.join(dir, 'config.json'), '{}\n');
  return dir;
}

// ---------------------------------------------------------------------------------------------
// registries

export type RegistryKind = 'anonymous' | 'htpasswd' | 'token';

export interface Registry {
  kind: RegistryKind;
  /** e.g. 127.0.0.1:5000 */
  host: string;
  /** e.g. http://127.0.0.1:5000 */
  url: string;
  username?: string;
  password?: string;
  /** token kind: the token server endpoint (e.g. http://127.0.0.1:5003/token) */
  tokenRealm?: string;
  /** token kind: the `service` the registry expects in tokens */
  tokenService?: string;
}

const REGISTRY_TARGET: Record<RegistryKind, Target> = {
  anonymous: 'registry',
  htpasswd: 'registry-htpasswd',
  token: 'registry-token',
};

/** Starts (if needed) the registry of the given kind (default: anonymous). */
export async function ensureRegistry(kind: RegistryKind = 'anonymous'): Promise<Registry> {
  await start(REGISTRY_TARGET[kind]);
  const env = await servicesEnv();
  switch (kind) {
    case 'anonymous': {
      const host = required(env, 'DPA_REGISTRY');
      return { kind, host, url: `http://${host}` };
    }
    case 'htpasswd': {
      const host = required(env, 'DPA_REGISTRY_HTPASSWD');
      return {
        kind,
        host,
        url: `http://${host}`,
        username: required(env, 'DPA_REGISTRY_USER'),
        password: required(env, 'DPA_REGISTRY_PASSWORD'),
      };
    }
    case 'token': {
      const host = required(env, 'DPA_REGISTRY_TOKEN');
      return {
        kind,
        host,
        url: `http://${host}`,
        username: required(env, 'DPA_REGISTRY_USER'),
        password: required(env, 'DPA_REGISTRY_PASSWORD'),
        tokenRealm: required(env, 'DPA_TOKEN_REALM'),
        tokenService: required(env, 'DPA_TOKEN_SERVICE'),
      };
    }
  }
}

/** Pushes (if needed) the busybox base image; returns e.g. '127.0.0.1:5000/base/busybox:latest'. */
export async function ensureBaseImage(): Promise<string> {
  await start('base-image');
  return required(await servicesEnv(), 'DPA_BASE_IMAGE');
}

/** Stops every service. Not for tests (services are shared); for .ci/run and manual use. */
export async function stopAll(): Promise<void> {
  await services('stop', 'all');
  started.clear();
  loggedInConfigs.clear();
}

export interface Credentials {
  username: string;
  password: string;
}

function basicAuth(creds: Credentials): string {
  return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
}

function defaultCredentials(registry: Registry): Credentials | undefined {
  return registry.username !== undefined && registry.password !== undefined
    ? { username: registry.username, password: registry.password }
    : undefined;
}

/** Parses `Bearer realm="...",service="...",scope="..."` (or a Basic challenge). */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const params: Record<string, string> = {};
  const re = /([a-zA-Z_]+)="([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(header)) !== null) params[m[1]!.toLowerCase()] = m[2]!;
  return { scheme, params };
}

export interface TokenResponse {
  token?: string;
  access_token?: string;
  expires_in?: number;
}

/**
 * Asks a token server for a registry token (GET realm?service=..&scope=..). Throws on a non-2xx
 * answer. `creds: null` requests an anonymous token.
 */
export async function getRegistryToken(
  registry: Registry,
  scopes: string[],
  creds: Credentials | null = defaultCredentials(registry) ?? null,
  challenge?: { realm?: string; service?: string },
): Promise<string> {
  const realm = challenge?.realm ?? registry.tokenRealm;
  const service = challenge?.service ?? registry.tokenService;
  if (!realm) throw new Error(`registry ${registry.host} has no token realm`);
  const url = new URL(realm);
  if (service) url.searchParams.set('service', service);
  for (const scope of scopes) url.searchParams.append('scope', scope);
  const res = await fetch(url, { headers: creds ? { Authorization: basicAuth(creds) } : {} });
  if (!res.ok) throw new Error(`token request ${url} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as TokenResponse;
  const token = body.token ?? body.access_token;
  if (!token) throw new Error(`token server ${url} returned no token`);
  return token;
}

/**
 * fetch() against a registry (path like `/v2/...` or a full URL), authenticating like a registry
 * client: Basic for htpasswd, a bearer token for the token registry (for `scopes`, or the scope
 * from the registry's challenge). `creds: null` forces anonymous access.
 */
export async function registryFetch(
  registry: Registry,
  pathOrUrl: string,
  init: RequestInit = {},
  scopes: string[] = [],
  creds: Credentials | null = defaultCredentials(registry) ?? null,
): Promise<Response> {
  const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : `${registry.url}${pathOrUrl}`;
  const withAuth = (authorization?: string): RequestInit => {
    const headers = new Headers(init.headers);
    if (authorization) headers.set('Authorization', authorization);
    return { ...init, headers, redirect: init.redirect ?? 'follow' };
  };
  let authorization: string | undefined;
  if (creds && registry.kind === 'htpasswd') authorization = basicAuth(creds);
  if (registry.kind === 'token' && scopes.length > 0) {
    authorization = `Bearer ${await getRegistryToken(registry, scopes, creds)}`;
  }
  let res = await fetch(url, withAuth(authorization));
  if (res.status !== 401) return res;
  const header = res.headers.get('www-authenticate');
  if (!header) return res;
  const challenge = parseChallenge(header);
  if (challenge.scheme === 'basic' && creds && !authorization) {
    await res.arrayBuffer();
    res = await fetch(url, withAuth(basicAuth(creds)));
  } else if (challenge.scheme === 'bearer' && challenge.params.realm) {
    const wanted = challenge.params.scope ? challenge.params.scope.split(' ') : scopes;
    await res.arrayBuffer();
    const token = await getRegistryToken(registry, wanted, creds, challenge.params);
    res = await fetch(url, withAuth(`Bearer ${token}`));
  }
  return res;
}

/**
 * The Docker-Content-Digest of a manifest (HEAD, any manifest/index media type), or undefined if
 * the registry answers 404. Handles Basic and token auth with the registry's test user.
 */
export async function manifestDigest(
  registry: Registry,
  repository: string,
  reference: string,
): Promise<string | undefined> {
  const res = await registryFetch(
    registry,
    `/v2/${repository}/manifests/${reference}`,
    { method: 'HEAD', headers: { Accept: MANIFEST_ACCEPT } },
    [`repository:${repository}:pull`],
  );
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`HEAD ${registry.url}/v2/${repository}/manifests/${reference}: ${res.status}`);
  return res.headers.get('docker-content-digest') ?? undefined;
}

const loggedInConfigs = new Map<string, Promise<string>>();

/**
 * A DOCKER_CONFIG usable to push to `registry`: the shared default one for the anonymous registry,
 * otherwise a private directory (one per registry and process) logged in as the test user.
 */
export async function dockerConfigFor(registry: Registry): Promise<string> {
  const creds = defaultCredentials(registry);
  if (!creds) return (await ensureDocker()).dockerConfig;
  const key = `${registry.host} ${creds.username}`;
  let promise = loggedInConfigs.get(key);
  if (!promise) {
    promise = (async () => {
      const dir = await createDockerConfig();
      const login = await docker(['login', '--username', creds.username, '--password-stdin', registry.host], {
        env: { DOCKER_CONFIG: dir },
        input: creds.password,
      });
      if (login.code !== 0) throw new Error(`docker login ${registry.host} failed: ${login.stderr}`);
      return dir;
    })();
    promise.catch(() => loggedInConfigs.delete(key));
    loggedInConfigs.set(key, promise);
  }
  return promise;
}

/**
 * Builds and pushes a tiny random image (FROM scratch + one random file) as
 * `<registry>/<repository>:<tag>`; with `platforms` (e.g. ['linux/amd64', 'linux/arm64']) a
 * multi-platform index (no emulation needed). Returns the pushed manifest digest.
 */
export async function pushRandomImage(
  registry: Registry,
  repository: string,
  tag: string,
  opts: { platforms?: string[] } = {},
): Promise<string> {
  const dockerConfig = await dockerConfigFor(registry);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dpa-random-image-'));
  try {
    await writeFile(path.join(dir, 'random.txt'), `${randomBytes(16).toString('hex')}\n`);
    await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY random.txt /random.txt\n');
    const metadataFile = path.join(dir, 'metadata.json');
    const ref = `${registry.host}/${repository}:${tag}`;
    // type=registry pushes from buildkit only (`--push` with the docker driver pushes a second time
    // through the engine)
    const args = [
      'buildx',
      'build',
      '--builder',
      'default',
      '--output',
      'type=registry',
      '--provenance=false',
    ];
    if (opts.platforms?.length) args.push('--platform', opts.platforms.join(','));
    args.push('--metadata-file', metadataFile, '--tag', ref, dir);
    const result = await docker(args, { env: { DOCKER_CONFIG: dockerConfig } });
    if (result.code !== 0) throw new Error(`docker ${args.join(' ')} failed:\n${result.stderr}`);
    return await checkPushedDigest(metadataFile, registry, repository, tag);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The digest buildx wrote to its metadata file, checked against the registry's answer for
 * `<repository>:<reference>` (a tag, or the digest itself for an image pushed by digest).
 */
export async function checkPushedDigest(
  metadataFile: string,
  registry: Registry,
  repository: string,
  reference?: string,
): Promise<string> {
  const metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
  const digest = metadata['containerimage.digest'];
  if (typeof digest !== 'string') throw new Error(`no containerimage.digest in ${JSON.stringify(metadata)}`);
  const remote = await manifestDigest(registry, repository, reference ?? digest);
  if (remote !== digest)
    throw new Error(
      `pushed ${repository}:${reference ?? digest} as ${digest} but the registry reports ${remote}`,
    );
  return digest;
}
