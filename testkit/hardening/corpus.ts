// Shared pieces of the hardening suites (issue 9): which actions a run covers (a missing bundle is
// an error, never a reason to drop a suite), the hostile payloads, events that carry them, a
// hostile registry, and the checks every run must pass.
import { expect } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { mapLimit } from '../../packages/concurrency/index.js';
import { REPO_ROOT } from '../runner/node.js';
import { leftoverFiles, loadEvent, type EventSpec, type RunResult } from '../runner/index.js';

/** Every action of the repository, in the order the issue lists them. */
export const ALL_ACTIONS = [
  'compute-sha-tags',
  'wait-for-manifests',
  'free-disk-space',
  'append-image-digests-to-release',
  'build',
  'merge-manifests',
  'prune-images',
] as const;
export type ActionName = (typeof ALL_ACTIONS)[number];

/**
 * Throws unless the action's action.yml and its dist bundle exist: a missing bundle is an error
 * that fails the suite (build it with `node scripts/build.mjs <action>`), never a reason to drop
 * the action's hardening tests.
 */
export function requireBundle(action: string): void {
  const missing = [join(REPO_ROOT, action, 'action.yml'), join(REPO_ROOT, 'dist', action, 'index.js')].filter(
    (file) => !existsSync(file),
  );
  if (missing.length)
    throw new Error(
      `hardening suites: ${action} is missing ${missing.join(' and ')}; build it with \`node scripts/build.mjs ${action}\``,
    );
}

/**
 * Whether this run covers `action`: every action unless HARDENING_ONLY names one (a developer's
 * filter). Its bundle must exist either way (requireBundle).
 */
export function selected(action: string): boolean {
  requireBundle(action);
  const only = process.env.HARDENING_ONLY;
  if (only && !(ALL_ACTIONS as readonly string[]).includes(only))
    throw new Error(`HARDENING_ONLY=${only} is not one of ${ALL_ACTIONS.join(', ')}`);
  return !only || only === action;
}

/** The outputs an action.yml declares: nothing else may appear in GITHUB_OUTPUT. */
export function declaredOutputs(action: string): string[] {
  const doc = parse(readFileSync(join(REPO_ROOT, action, 'action.yml'), 'utf8')) as {
    outputs?: Record<string, unknown>;
  };
  return Object.keys(doc.outputs ?? {});
}

/** Data of every injected workflow command starts with this, so its effect is easy to spot. */
export const MARK = 'INJECTED';

export interface Payload {
  id: string;
  text: string;
}

/**
 * The hostile payloads: shell metacharacters that would create `canary` if anything ran them in a
 * shell, workflow commands (v2 and legacy, after newlines, CR, %0A, leading white space), and
 * GITHUB_OUTPUT forgeries (a newline plus `name=value`, a guessed heredoc delimiter).
 */
export function payloads(canary: string): Payload[] {
  return [
    { id: 'subshell', text: `$(touch ${canary})` },
    { id: 'backticks', text: `\`touch ${canary}\`` },
    { id: 'semicolon', text: `x;touch ${canary};` },
    { id: 'and-pipe', text: `x && touch ${canary} | tee ${canary}` },
    { id: 'newline-set-output', text: `x\n::set-output name=forged::${MARK}` },
    { id: 'percent-0A', text: `x%0A::set-output name=forged::${MARK}%0A::error::${MARK}-pct` },
    { id: 'add-mask', text: `::add-mask::${MARK}-mask` },
    { id: 'stop-commands', text: `x\n::stop-commands::${MARK}stoptoken` },
    { id: 'error', text: `x\n::error::${MARK}-error` },
    { id: 'set-env-add-path', text: `x\n::set-env name=FORGED::${MARK}\n::add-path::/tmp/${MARK}` },
    { id: 'legacy', text: `x ##[error]${MARK}-legacy ##[add-mask]${MARK}-legacy-mask` },
    { id: 'cr-indent', text: `x\r  ::warning::${MARK}-cr\r\n\t::group::${MARK}-group` },
    { id: 'output-newline', text: `x\nforged=${MARK}` },
    {
      id: 'output-delimiter',
      text: `x\nghadelimiter_00000000-0000-0000-0000-000000000000\nforged=${MARK}\nEOF`,
    },
    { id: 'path-traversal', text: `../../../../user?x=${MARK}#` },
  ];
}

// Events -------------------------------------------------------------------------------------------

function withEnv(spec: EventSpec, env: Record<string, string>, payload: Record<string, unknown>): EventSpec {
  return { ...spec, env: { ...spec.env, ...env }, payload: { ...spec.payload, ...payload } };
}

export function pushBranch(branch: string): EventSpec {
  const ref = `refs/heads/${branch}`;
  return withEnv(loadEvent('push-branch'), { GITHUB_REF: ref, GITHUB_REF_NAME: branch }, { ref });
}

export function pushTag(tag: string): EventSpec {
  const ref = `refs/tags/${tag}`;
  return withEnv(loadEvent('push-tag'), { GITHUB_REF: ref, GITHUB_REF_NAME: tag }, { ref });
}

export function pullRequest(head: string, title: string): EventSpec {
  const spec = loadEvent('pull-request');
  const pr = spec.payload.pull_request as Record<string, unknown>;
  return withEnv(
    spec,
    { GITHUB_HEAD_REF: head },
    { pull_request: { ...pr, title, body: title, head: { ...(pr.head as object), ref: head } } },
  );
}

export function workflowRun(headBranch: string): EventSpec {
  const spec = loadEvent('workflow-run');
  const run = spec.payload.workflow_run as Record<string, unknown>;
  return withEnv(spec, {}, { workflow_run: { ...run, head_branch: headBranch, display_title: headBranch } });
}

export function release(tag: string, body: string): EventSpec {
  const spec = loadEvent('release');
  const rel = spec.payload.release as Record<string, unknown>;
  const ref = `refs/tags/${tag}`;
  return withEnv(
    spec,
    { GITHUB_REF: ref, GITHUB_REF_NAME: tag },
    { ref, release: { ...rel, tag_name: tag, body, name: tag } },
  );
}

// Checks -------------------------------------------------------------------------------------------

export interface InjectionCheck {
  action: string;
  canary: string;
  /** 'success' / 'failure' when the case's outcome is known; 'either' when only its safety matters. */
  outcome: 'success' | 'failure' | 'either';
  /** Values the action may mask (secrets the test gave it). */
  allowedMasks?: string[];
  label: string;
}

const STACK_LINE = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

/** What every run must satisfy, whatever it was fed: the list of what went wrong (empty = safe). */
export function injectionProblems(r: RunResult, check: InjectionCheck): string[] {
  const problems: string[] = [];
  const add = (what: string, value: unknown) =>
    problems.push(`${check.label}: ${what} ${JSON.stringify(value)}`);
  if (existsSync(check.canary)) add('canary file created', check.canary);
  if (![0, 1].includes(r.exitCode)) add('exit code', r.exitCode);
  const masked = r.masked.filter((m) => !(check.allowedMasks ?? []).includes(m));
  if (masked.length) add('masks registered from data', masked);
  if (Object.keys(r.legacyOutputs).length) add('::set-output honoured', r.legacyOutputs);
  if (Object.keys(r.legacyState).length) add('::save-state honoured', r.legacyState);
  if (r.commandErrors.length) add('commands the runner rejected (parsed from data)', r.commandErrors);
  const injected = r.annotations
    .filter((a) => a.message.startsWith(MARK) || a.message.startsWith(`x ${MARK}`))
    .map((a) => `${a.level}: ${a.message}`);
  if (injected.length) add('annotations from data', injected);
  const groups = r.groups.filter((g) => g.startsWith(MARK));
  if (groups.length) add('groups from data', groups);
  const debug = r.debug.filter((d) => d.startsWith(MARK));
  if (debug.length) add('debug from data', debug);
  // compute-sha-tags exports each output as DOCKER_METADATA_OUTPUT_<NAME>: data in such a value is
  // legitimate when the value is exactly that output's; anything else carrying data was forged.
  const exported = new Map(
    Object.entries(r.outputs).map(([n, v]) => [
      `DOCKER_METADATA_OUTPUT_${n.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`,
      v,
    ]),
  );
  const env = Object.keys(r.env).filter(
    (k) => k === 'FORGED' || (r.env[k]!.includes(MARK) && exported.get(k) !== r.env[k]),
  );
  if (env.length) add('env forged', env);
  if (r.path.some((p) => p.includes(MARK))) add('path forged', r.path);
  const undeclared = Object.keys(r.outputs).filter((k) => !declaredOutputs(check.action).includes(k));
  if (undeclared.length) add('undeclared outputs', undeclared);
  // One clear ::error:: on failure, none on success (a swallowed or extra error means commands leaked).
  if (r.exitCode === 0 && r.errors.length) add('errors on success', r.errors);
  if (r.exitCode !== 0 && r.errors.length !== 1) add('failure without exactly one error', r.errors);
  if (STACK_LINE.test(r.stdout) || STACK_LINE.test(r.stderr)) add('stack trace', r.stderr.slice(0, 400));
  if (/Unhandled|UnhandledPromiseRejection/.test(r.stderr))
    add('unhandled rejection', r.stderr.slice(0, 400));
  if (check.outcome !== 'either' && r.conclusion !== check.outcome) add('conclusion', r.conclusion);
  return problems;
}

export function assertNoInjection(r: RunResult, check: InjectionCheck): void {
  expect(injectionProblems(r, check)).toEqual([]);
}

/** Runs `fn` over `items`, `limit` at a time (the machine has two cores shared by everyone). */
export const pool = mapLimit;

/** Files under `dir` whose content contains `needle` (binary files included), relative paths. */
export function filesContaining(dir: string, needle: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => {
      const full = join(dir, f);
      try {
        return statSync(full).isFile() && readFileSync(full).includes(needle);
      } catch {
        return false;
      }
    });
}

export { leftoverFiles };

// A hostile registry ----------------------------------------------------------------------------

export interface HostileRegistry {
  host: string;
  /** An image reference whose registry answers `scenario` with payload `index`. */
  ref(scenario: 'auth' | 'error' | 'platforms', index: number): string;
  /** Requests for that reference's repository so far (proof that a run reached this registry). */
  requestsFor(scenario: 'auth' | 'error' | 'platforms', index: number): number;
  requests: number;
  close(): Promise<void>;
}

/**
 * A registry that puts attacker text wherever a registry's answer can carry it: the
 * WWW-Authenticate challenge and the token server's error, error bodies, and platform strings of an
 * image index. Repository `<scenario><index>` selects the scenario and the payload.
 */
export async function startHostileRegistry(texts: string[]): Promise<HostileRegistry> {
  let requests = 0;
  const perRepository = new Map<string, number>();
  const oneLine = (t: string) => t.replace(/[\r\n]/g, ' ');
  const server: Server = createServer((req, res) => {
    requests++;
    const url = new URL(req.url ?? '/', 'http://x');
    const m = /^\/v2\/(auth|error|platforms)(\d+)\//.exec(url.pathname);
    if (m) perRepository.set(`${m[1]}${m[2]}`, (perRepository.get(`${m[1]}${m[2]}`) ?? 0) + 1);
    const tokenFor = /^\/token/.test(url.pathname) ? Number(url.searchParams.get('i') ?? 0) : undefined;
    const text = texts[Number(m?.[2] ?? tokenFor ?? 0)] ?? '';
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const data = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(data),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    };
    if (tokenFor !== undefined)
      return json(401, { errors: [{ code: 'DENIED', message: text, detail: text }] });
    if (url.pathname === '/v2/' || url.pathname === '/v2') return json(200, {});
    if (!m) return json(404, { errors: [{ code: 'NAME_UNKNOWN', message: text }] });
    const host = req.headers.host ?? '';
    switch (m[1]) {
      case 'auth':
        return json(
          401,
          { errors: [{ code: 'UNAUTHORIZED', message: text, detail: text }] },
          {
            'www-authenticate': `Bearer realm="http://${host}/token?i=${m[2]}&x=${encodeURIComponent(text)}",service="${oneLine(text).replace(/"/g, "'")}",scope="repository:x:pull"`,
          },
        );
      case 'error':
        return json(
          500,
          { errors: [{ code: 'UNKNOWN', message: text, detail: { text } }] },
          { 'x-error': oneLine(text) },
        );
      default: {
        const digest = `sha256:${'ab'.repeat(32)}`;
        const index = {
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: [
            {
              mediaType: 'application/vnd.oci.image.manifest.v1+json',
              digest,
              size: 100,
              platform: { os: text, architecture: text, variant: text },
            },
          ],
        };
        const data = JSON.stringify(index);
        res.writeHead(200, {
          'content-type': index.mediaType,
          'docker-content-digest': `sha256:${'cd'.repeat(32)}`,
          'content-length': Buffer.byteLength(data),
        });
        return res.end(req.method === 'HEAD' ? undefined : data);
      }
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    ref: (scenario, index) => `${host}/${scenario}${index}/image:1`,
    requestsFor: (scenario, index) => perRepository.get(`${scenario}${index}`) ?? 0,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
