// Where registry credentials come from, in order of precedence for a registry:
//   1. `registry-auth`: a YAML or JSON map registry -> {username, password} | {auth} | {token};
//   2. `username` / `password`: for every registry;
//   3. the Docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json, as docker/login-action
//      writes it): `credHelpers[registry]`, then `credsStore`, then `auths[registry]`.
// Credential helpers run as `docker-credential-<name> get` with the server URL on stdin (no shell),
// through packages/exec. Every secret is masked (core.setSecret) as soon as it is known.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, neutralize } from '../action-io/index.js';
import {
  decodeAuth,
  normalizeRegistryKey,
  parseRegistryAuth,
  secretsOf,
  type Credential,
  type CredentialStore,
  type CredentialStoreOptions,
  type RegistryCredentialInputs,
  type ResolvedCredential,
} from './credentials.js';

const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/';
const HELPER_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

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

/** The Docker config's `auths` (decoded) and `credHelpers`, keyed by normalised registry. */
function dockerConfigCredentials(config: DockerConfig): {
  auths: Map<string, Credential>;
  helpers: Map<string, string>;
} {
  const auths = new Map<string, Credential>();
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    const credential = entry && typeof entry === 'object' ? fromDockerAuth(entry) : undefined;
    if (credential) auths.set(normalizeRegistryKey(key), credential);
  }
  const helpers = new Map<string, string>();
  for (const [key, name] of Object.entries(config.credHelpers ?? {}))
    helpers.set(normalizeRegistryKey(key), name);
  return { auths, helpers };
}

/** Asks each registry's credential helper at most once; a failing helper is a warning. */
function helperLookup(
  env: NodeJS.ProcessEnv,
  opts: { mask: (secret: string) => void; warn: (message: string) => void; helperTimeoutMs: number },
): (registry: string, name: string) => Promise<ResolvedCredential | undefined> {
  const results = new Map<string, Promise<ResolvedCredential | undefined>>();
  return (registry, name) => {
    let result = results.get(registry);
    if (!result) {
      const serverUrl = registry === 'docker.io' ? DOCKER_HUB_SERVER_URL : registry;
      result = runCredentialHelper(name, serverUrl, env, opts.helperTimeoutMs).then(
        (credential) => {
          if (!credential) return undefined;
          secretsOf(credential).forEach(opts.mask);
          return { ...credential, source: `docker-credential-${name}` };
        },
        (error: Error) => {
          opts.warn(`no credentials for ${registry} from the Docker config: ${error.message}`);
          return undefined;
        },
      );
      results.set(registry, result);
    }
    return result;
  };
}

export async function loadCredentialStore(
  c: RegistryCredentialInputs,
  env: NodeJS.ProcessEnv,
  opts: CredentialStoreOptions = {},
): Promise<CredentialStore> {
  const mask = opts.mask ?? core.setSecret;
  const warn = opts.warn ?? core.warning;
  const fromInput = c.registryAuthEntries ?? (await parseRegistryAuth(c.registryAuth));
  const everywhere: Credential | undefined =
    c.username && c.password ? { kind: 'basic', username: c.username, password: c.password } : undefined;
  const configDir =
    c.dockerConfigDir ??
    env.DOCKER_CONFIG ??
    join(env.HOME ?? (await import('node:os')).homedir(), '.docker');
  const config = readDockerConfig(configDir, warn);
  const { auths, helpers } = dockerConfigCredentials(config);
  for (const credential of [...fromInput.values(), ...(everywhere ? [everywhere] : []), ...auths.values()]) {
    secretsOf(credential).forEach(mask);
  }
  const fromHelper = helperLookup(env, { mask, warn, helperTimeoutMs: opts.helperTimeoutMs ?? 30_000 });
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
