// What the runner knows before it starts a step: the action's manifest (inputs and their defaults,
// entry points), the triggering event, and the environment it gives a hosted-runner node action.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './node.js';
import { refNameAndType } from './parse.js';

export interface EventSpec {
  name: string;
  payload: Record<string, unknown>;
  env?: Record<string, string>;
}

export const EVENT_FIXTURES_DIR = join(REPO_ROOT, 'testkit', 'fixtures', 'events');

/** `testkit/fixtures/events/<fixture>.json` (see the README there for the table). */
export function loadEvent(fixture: string): EventSpec {
  const file = join(EVENT_FIXTURES_DIR, `${fixture}.json`);
  if (!existsSync(file)) throw new Error(`no event fixture ${fixture} (${file})`);
  const spec = JSON.parse(readFileSync(file, 'utf8')) as EventSpec;
  if (typeof spec.name !== 'string' || typeof spec.payload !== 'object') {
    throw new Error(`${file} is not an EventSpec ({ name, payload, env })`);
  }
  return spec;
}

export interface ManifestInput {
  default?: string;
  deprecationMessage?: string;
}

export interface ActionManifest {
  /** The folder holding action.yml (GITHUB_ACTION_PATH). */
  dir: string;
  /** Undefined when the folder has no action.yml/action.yaml. */
  file?: string;
  using?: string;
  main?: string;
  post?: string;
  postIf?: string;
  inputs: Record<string, ManifestInput>;
}

/** Reads `<dir>/action.yml`; scalars stay strings (YAML failsafe schema), as the runner reads them. */
export function loadManifest(dir: string): ActionManifest {
  const file = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) return { dir, inputs: {} };
  const doc = (parse(readFileSync(file, 'utf8'), { schema: 'failsafe' }) ?? {}) as Record<string, unknown>;
  const runs = (doc.runs ?? {}) as Record<string, string | undefined>;
  const inputs: Record<string, ManifestInput> = {};
  for (const [name, def] of Object.entries((doc.inputs ?? {}) as Record<string, unknown>)) {
    const d = (def ?? {}) as Record<string, unknown>;
    inputs[name] = {
      default: typeof d.default === 'string' ? d.default : undefined,
      deprecationMessage: typeof d.deprecationMessage === 'string' ? d.deprecationMessage : undefined,
    };
  }
  return { dir, file, using: runs.using, main: runs.main, post: runs.post, postIf: runs['post-if'], inputs };
}

function lookup(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const entry = Object.entries(current).find(([k]) => k.toLowerCase() === key.toLowerCase());
    current = entry?.[1];
  }
  return current;
}

function asString(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

export interface DefaultContext {
  /** The step's environment as built so far (GITHUB_*, RUNNER_*). */
  env: Record<string, string>;
  /** Variables the workflow itself set (the `env` context). */
  workflowEnv: Record<string, string>;
  payload: Record<string, unknown>;
}

/**
 * Evaluates an input default such as `${{ github.token }}`: property paths into `github` (token is
 * GITHUB_TOKEN or empty; event.* reads the payload; other keys read GITHUB_<KEY>), `runner`
 * (RUNNER_<KEY>), `env`, plus 'string' literals. Anything else throws instead of guessing.
 */
export function evaluateDefault(input: string, template: string, ctx: DefaultContext): string {
  return template.replace(/\$\{\{(.*?)\}\}/gs, (whole, inner: string) => {
    const expr = inner.trim();
    const literal = /^'((?:[^']|'')*)'$/.exec(expr);
    if (literal) return literal[1]!.replaceAll("''", "'");
    const path = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(expr) ? expr.split('.') : undefined;
    const [head, ...rest] = path ?? [];
    const unsupported = () =>
      new Error(
        `runner harness cannot evaluate ${whole} in the default of input "${input}"; pass it explicitly`,
      );
    if (!head || rest.length === 0) throw unsupported();
    switch (head.toLowerCase()) {
      case 'github':
        if (rest[0]!.toLowerCase() === 'token' && rest.length === 1) return ctx.env.GITHUB_TOKEN ?? '';
        if (rest[0]!.toLowerCase() === 'event') return asString(lookup(ctx.payload, rest.slice(1)));
        if (rest.length === 1) return ctx.env[`GITHUB_${rest[0]!.toUpperCase()}`] ?? '';
        throw unsupported();
      case 'runner':
        if (rest.length === 1) return ctx.env[`RUNNER_${rest[0]!.toUpperCase()}`] ?? '';
        throw unsupported();
      case 'env':
        if (rest.length === 1) return ctx.workflowEnv[rest[0]!] ?? '';
        throw unsupported();
      default:
        throw unsupported();
    }
  });
}

export interface EnvParts {
  actionName: string;
  actionDir: string;
  event: EventSpec;
  eventPath: string;
  files: Record<
    'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE' | 'GITHUB_PATH' | 'GITHUB_STEP_SUMMARY',
    string
  >;
  workspace: string;
  runnerTemp: string;
  toolCache: string;
}

/**
 * The DOCKER_HOST every action gets unless the test passes one: a socket that does not exist, so a
 * docker CLI on PATH (the machine's own, say /usr/bin/docker) reaches no daemon instead of the
 * machine's. Tests that need an engine pass the private one's (testkit/services ensureDocker().env).
 */
export const NO_DOCKER_HOST = 'unix:///nonexistent/dpa-runner-harness/no-docker-daemon.sock';

/** Sockets of a machine's own Docker daemon (rootful, and rootless under /run/user/<uid>). */
const MACHINE_DOCKER_SOCKETS = [
  /^unix:\/\/\/(var\/)?run\/docker\.sock$/,
  /^unix:\/\/\/run\/user\/\d+\/docker\.sock$/,
];

/**
 * Throws unless the step's env keeps docker inside the sandbox: DOCKER_HOST set (a test that
 * removes it with `DOCKER_HOST: undefined` would send the CLI to /var/run/docker.sock) and not the
 * machine's own daemon socket.
 */
export function assertHermeticDocker(env: Record<string, string>): void {
  const host = env.DOCKER_HOST ?? '';
  if (!host || MACHINE_DOCKER_SOCKETS.some((re) => re.test(host)))
    throw new Error(
      `runner harness: DOCKER_HOST ${host ? `"${host}" is the machine's own Docker daemon` : 'is unset'}; ` +
        `pass the private engine's (testkit/services ensureDocker().env) or leave the default (${NO_DOCKER_HOST})`,
    );
}

/** This process's PATH without what `npm run`/`npx` put in front (node_modules/.bin, node-gyp-bin). */
function hostPath(): string {
  const entries = (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':');
  return entries.filter((p) => p && !/\/node_modules\/\.bin\/?$|\/node-gyp-bin\/?$/.test(p)).join(':');
}

/**
 * The environment a hosted runner gives a node action, before inputs, STATE_* and the caller's own
 * env. Only PATH (minus npm's node_modules/.bin entries) and HOME come from this process, so the
 * caller's shell cannot leak in; DOCKER_HOST is NO_DOCKER_HOST unless the test passes the private
 * engine's.
 */
export function baseEnv(parts: EnvParts): Record<string, string> {
  const { event } = parts;
  const repo = (event.payload.repository ?? {}) as Record<string, unknown>;
  const owner = (repo.owner ?? {}) as Record<string, unknown>;
  const sender = (event.payload.sender ?? {}) as Record<string, unknown>;
  const spec = event.env ?? {};
  const ref =
    spec.GITHUB_REF ??
    (String(event.payload.ref ?? '').startsWith('refs/') ? String(event.payload.ref) : 'refs/heads/main');
  const head = (event.payload.head_commit ?? {}) as Record<string, unknown>;
  const sha = spec.GITHUB_SHA ?? String(event.payload.after ?? head.id ?? '0'.repeat(40));
  const repository = typeof repo.full_name === 'string' ? repo.full_name : 'octo-org/octo-repo';
  const actor = typeof sender.login === 'string' ? sender.login : 'octocat';
  const { name: refName, type: refType } = refNameAndType(ref);
  const env: Record<string, string> = {
    PATH: hostPath(),
    DOCKER_HOST: NO_DOCKER_HOST,
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ImageOS: 'ubuntu24',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1000000001',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: parts.runnerTemp,
    RUNNER_TOOL_CACHE: parts.toolCache,
    RUNNER_WORKSPACE: join(parts.workspace, '..'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_ID: asString(repo.id ?? '123456789'),
    GITHUB_REPOSITORY_OWNER: typeof owner.login === 'string' ? owner.login : repository.split('/')[0]!,
    GITHUB_REPOSITORY_OWNER_ID: asString(owner.id ?? '9919'),
    GITHUB_ACTOR: actor,
    GITHUB_ACTOR_ID: asString(sender.id ?? '583231'),
    GITHUB_TRIGGERING_ACTOR: actor,
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/ci.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_JOB: 'build',
    GITHUB_ACTION: parts.actionName,
    GITHUB_ACTION_PATH: parts.actionDir,
    GITHUB_ACTION_REF: '',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: parts.eventPath,
    GITHUB_WORKSPACE: parts.workspace,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: refType,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_SHA: sha,
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
    ...parts.files,
  };
  return { ...env, ...spec };
}

/**
 * ActionRunner.cs: inputs given are passed as-is; declared inputs not given get their evaluated
 * default (or ''); the runner warns about deprecated and (with an action.yml) unexpected inputs.
 */
export function resolveInputs(
  given: Record<string, string>,
  manifest: ActionManifest,
  ctx: DefaultContext,
): { inputs: Record<string, string>; warnings: string[] } {
  const declared = Object.keys(manifest.inputs);
  const find = (name: string) => declared.find((d) => d.toLowerCase() === name.toLowerCase());
  const warnings: string[] = [];
  for (const name of Object.keys(given)) {
    const message = manifest.inputs[find(name) ?? '']?.deprecationMessage;
    if (message !== undefined) warnings.push(`Input '${name}' has been deprecated with message: ${message}`);
  }
  const unexpected = Object.keys(given).filter((name) => !find(name));
  if (manifest.file && unexpected.length > 0) {
    warnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`,
    );
  }
  const inputs: Record<string, string> = { ...given };
  const givenLower = new Set(Object.keys(given).map((n) => n.toLowerCase()));
  for (const name of declared) {
    if (givenLower.has(name.toLowerCase())) continue;
    const template = manifest.inputs[name]!.default;
    inputs[name] = template === undefined ? '' : evaluateDefault(name, template, ctx);
  }
  return { inputs, warnings };
}
