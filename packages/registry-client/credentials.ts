// Where registry credentials come from, in order of precedence for a registry:
//   1. `registry-auth`: a YAML or JSON map registry -> {username, password} | {auth} | {token};
//   2. `username` / `password`: for every registry;
//   3. the Docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json, as docker/login-action
//      writes it): `credHelpers[registry]`, then `credsStore`, then `auths[registry]`.
// Credential helpers run as `docker-credential-<name> get` with the server URL on stdin (no shell).
// Every secret is masked (core.setSecret) as soon as it is known.
// The helper runs through packages/exec; it and node:os are loaded only when needed (a credential helper; no HOME), and
// the (small) config is read synchronously rather than with node:fs/promises: each costs a cold
// action ~1-2 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, InputError, neutralize, type Inputs } from '../action-io/index.js';

export type Credential =
  | { kind: 'basic'; username: string; password: string }
  /** A registry bearer token, sent as is (Docker config's `registrytoken`). */
  | { kind: 'token'; token: string }
  /** An OAuth2 refresh token exchanged at the token realm (Docker config's `identitytoken`). */
  | { kind: 'identity'; identityToken: string };

/** A credential and where it came from (for logs; never the secret itself). */
export type ResolvedCredential = Credential & { source: string };

export interface CredentialStore {
  /** Credentials for a registry as written in a reference (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
  get(registry: string): Promise<ResolvedCredential | undefined>;
}

export interface RegistryCredentialInputs {
  username: string;
  password: string;
  /** YAML or JSON map registry -> {username, password} | {auth: base64("user:pass")} | {token}. */
  registryAuth: string;
  /** `registryAuth` parsed (readCredentialInputs fills it, so nothing parses the text twice). */
  registryAuthEntries?: Map<string, Credential>;
  /** Overrides $DOCKER_CONFIG and ~/.docker. */
  dockerConfigDir?: string;
}

export interface CredentialStoreOptions {
  mask?: (secret: string) => void;
  warn?: (message: string) => void;
  /** Time limit for one credential helper call. */
  helperTimeoutMs?: number;
}

const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/';
const HELPER_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** `https://index.docker.io/v1/` -> `docker.io`; `https://GHCR.io/` -> `ghcr.io`. */
export function normalizeRegistryKey(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}

/** Reads `username`, `password` and `registry-auth`, checking them (an InputError names the input). */
export async function readCredentialInputs(inputs: Inputs): Promise<RegistryCredentialInputs> {
  const username = inputs.string('username');
  const password = inputs.string('password');
  if (username && !password) throw new InputError('password', 'is required when username is given');
  if (password && !username) throw new InputError('username', 'is required when password is given');
  const registryAuth = inputs.raw('registry-auth');
  const entries = await parseRegistryAuth(registryAuth);
  // Masked the moment they are read: a run that never contacts a registry (every digest given,
  // or a failure before the first request) must still keep them out of its log.
  const given: Credential[] = [...entries.values()];
  if (password) given.push({ kind: 'basic', username, password });
  for (const secret of given.flatMap(secretsOf)) core.setSecret(secret);
  return { username, password, registryAuth, registryAuthEntries: entries };
}

/** Parses `registry-auth`; error messages name the registry and never echo a secret. */
export async function parseRegistryAuth(text: string): Promise<Map<string, Credential>> {
  const result = new Map<string, Credential>();
  if (text.trim() === '') return result;
  const fail = (problem: string): never => {
    throw new InputError(
      'registry-auth',
      `${problem} (allowed: a YAML or JSON map from registry to {username, password}, {auth: base64 of "user:password"} or {token})`,
    );
  };
  let data: unknown;
  try {
    data = JSON.parse(text); // JSON is YAML too: the same answer, without loading the YAML parser
  } catch {
    // yaml would be most of the bundle (~11 ms of start-up): loaded only for YAML that is not JSON.
    const yaml = await import('yaml');
    try {
      data = yaml.parse(text, { prettyErrors: false });
    } catch (error) {
      // The parser's message quotes the source, which may hold a secret: report the position only.
      const at =
        error instanceof yaml.YAMLParseError
          ? ` at line ${text.slice(0, error.pos[0]).split('\n').length}`
          : '';
      fail(`is not valid YAML or JSON${at}`);
    }
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) return fail('is not a map');
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const registry = normalizeRegistryKey(key);
    if (!registry) fail(`has an empty registry name`);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return fail(`entry "${registry}" is not a map`);
    }
    const { username, password, auth, token, ...rest } = entry as Record<string, unknown>;
    if (Object.keys(rest).length)
      fail(`entry "${registry}" has unknown keys: ${Object.keys(rest).join(', ')}`);
    const given = [username !== undefined || password !== undefined, auth !== undefined, token !== undefined];
    if (given.filter(Boolean).length !== 1) fail(`entry "${registry}" must have exactly one form`);
    if (token !== undefined) {
      if (typeof token !== 'string' || !token) fail(`entry "${registry}": token must be a non-empty string`);
      result.set(registry, { kind: 'token', token: token as string });
    } else if (auth !== undefined) {
      const decoded = typeof auth === 'string' ? decodeAuth(auth) : undefined;
      if (!decoded) fail(`entry "${registry}": auth must be base64 of "user:password"`);
      result.set(registry, decoded as Credential);
    } else {
      if (typeof username !== 'string' || !username || typeof password !== 'string' || !password) {
        fail(`entry "${registry}": username and password must both be non-empty strings`);
      }
      result.set(registry, { kind: 'basic', username: username as string, password: password as string });
    }
  }
  return result;
}

function decodeAuth(auth: string): Credential | undefined {
  if (!/^[A-Za-z0-9+/]+=*$/.test(auth.trim())) return undefined;
  const text = Buffer.from(auth.trim(), 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  return { kind: 'basic', username: text.slice(0, colon), password: text.slice(colon + 1) };
}

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }
  >;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

function readDockerConfig(dir: string, warn: (m: string) => void): DockerConfig {
  const file = join(dir, 'config.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === 'object' && data !== null ? (data as DockerConfig) : {};
  } catch {
    warn(`ignoring ${file}: it is not valid JSON`);
    return {};
  }
}

function fromDockerAuth(entry: NonNullable<DockerConfig['auths']>[string]): Credential | undefined {
  if (entry.registrytoken) return { kind: 'token', token: entry.registrytoken };
  if (entry.identitytoken) return { kind: 'identity', identityToken: entry.identitytoken };
  if (entry.username && entry.password)
    return { kind: 'basic', username: entry.username, password: entry.password };
  return entry.auth ? decodeAuth(entry.auth) : undefined;
}

/** Secrets of a credential, masked before any use; for Basic also the header's base64 form. */
function secretsOf(c: Credential): string[] {
  if (c.kind === 'basic') return [c.password, Buffer.from(`${c.username}:${c.password}`).toString('base64')];
  return [c.kind === 'token' ? c.token : c.identityToken];
}

/** Runs `docker-credential-<name> get`; undefined when the helper has nothing for this server. */
export async function runCredentialHelper(
  name: string,
  serverUrl: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Credential | undefined> {
  if (!HELPER_NAME_RE.test(name)) throw new Error(`"${name}" is not a credential helper name`);
  const program = `docker-credential-${name}`;
  const { runWithTimeLimit } = await import('../exec/time-limited.js');
  let result;
  try {
    result = await runWithTimeLimit(program, ['get'], { env, input: serverUrl, timeoutMs });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(
      `${program} ${code === 'ENOENT' ? 'is not on PATH' : `failed (${(error as Error).message})`}`,
    );
  }
  if (result.exitCode !== 0 || result.timedOut) {
    if (/credentials not found/i.test(result.stdout)) return undefined;
    const why = result.timedOut ? `did not answer within ${timeoutMs} ms` : `exit code ${result.exitCode}`;
    const said = (result.stderr || result.stdout).trim().split('\n')[0];
    throw new Error(`${program} failed (${why}${said ? `: ${neutralize(said)}` : ''})`);
  }
  return parseHelperAnswer(program, result.stdout);
}

function parseHelperAnswer(program: string, stdout: string): Credential | undefined {
  let answer: { Username?: string; Secret?: string };
  try {
    answer = JSON.parse(stdout) as typeof answer;
  } catch {
    throw new Error(`${program} printed something that is not JSON`);
  }
  if (!answer.Secret) return undefined;
  if (answer.Username === '<token>') return { kind: 'identity', identityToken: answer.Secret };
  return { kind: 'basic', username: answer.Username ?? '', password: answer.Secret };
}

export async function loadCredentialStore(
  c: RegistryCredentialInputs,
  env: NodeJS.ProcessEnv,
  opts: CredentialStoreOptions = {},
): Promise<CredentialStore> {
  const mask = opts.mask ?? core.setSecret;
  const warn = opts.warn ?? core.warning;
  const helperTimeoutMs = opts.helperTimeoutMs ?? 30_000;
  const fromInput = c.registryAuthEntries ?? (await parseRegistryAuth(c.registryAuth));
  const everywhere: Credential | undefined =
    c.username && c.password ? { kind: 'basic', username: c.username, password: c.password } : undefined;
  const configDir =
    c.dockerConfigDir ??
    env.DOCKER_CONFIG ??
    join(env.HOME ?? (await import('node:os')).homedir(), '.docker');
  const config = readDockerConfig(configDir, warn);
  const auths = new Map<string, Credential>();
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    const credential = entry && typeof entry === 'object' ? fromDockerAuth(entry) : undefined;
    if (credential) auths.set(normalizeRegistryKey(key), credential);
  }
  const helpers = new Map<string, string>();
  for (const [key, name] of Object.entries(config.credHelpers ?? {}))
    helpers.set(normalizeRegistryKey(key), name);
  for (const credential of [...fromInput.values(), ...(everywhere ? [everywhere] : []), ...auths.values()]) {
    secretsOf(credential).forEach(mask);
  }

  const helperResults = new Map<string, Promise<ResolvedCredential | undefined>>();
  const fromHelper = (registry: string, name: string) => {
    let result = helperResults.get(registry);
    if (!result) {
      const serverUrl = registry === 'docker.io' ? DOCKER_HUB_SERVER_URL : registry;
      result = runCredentialHelper(name, serverUrl, env, helperTimeoutMs).then(
        (credential) => {
          if (!credential) return undefined;
          secretsOf(credential).forEach(mask);
          return { ...credential, source: `docker-credential-${name}` };
        },
        (error: Error) => {
          warn(`no credentials for ${registry} from the Docker config: ${error.message}`);
          return undefined;
        },
      );
      helperResults.set(registry, result);
    }
    return result;
  };

  return {
    async get(registry: string) {
      const key = normalizeRegistryKey(registry);
      const input = fromInput.get(key);
      if (input) return { ...input, source: 'registry-auth' };
      if (everywhere) return { ...everywhere, source: 'username/password' };
      const helper = helpers.get(key) ?? config.credsStore;
      if (helper) {
        const found = await fromHelper(key, helper);
        if (found) return found;
      }
      const auth = auths.get(key);
      return auth ? { ...auth, source: `Docker config ${join(configDir, 'config.json')}` } : undefined;
    },
  };
}
