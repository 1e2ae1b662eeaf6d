// Registry credentials as the inputs give them: the types, the `username`/`password`/`registry-auth`
// inputs read and checked once (every secret masked as soon as it is read), and registry keys
// normalised (`https://index.docker.io/v1/` -> `docker.io`). Where they are looked up, in order,
// is credential-store.ts.
import { core, InputError, type Inputs } from '../action-io/index.js';

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

export function decodeAuth(auth: string): Credential | undefined {
  if (!/^[A-Za-z0-9+/]+=*$/.test(auth.trim())) return undefined;
  const text = Buffer.from(auth.trim(), 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  return { kind: 'basic', username: text.slice(0, colon), password: text.slice(colon + 1) };
}

export function secretsOf(c: Credential): string[] {
  if (c.kind === 'basic') return [c.password, Buffer.from(`${c.username}:${c.password}`).toString('base64')];
  return [c.kind === 'token' ? c.token : c.identityToken];
}
