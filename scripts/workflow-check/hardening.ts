// Workflow patterns that hand an attacker something (issue 15):
// - the job's GITHUB_TOKEN given to a registry other than ghcr.io (a global password of ours, or
//   a docker/login-action to another registry): it reaches that registry's token realm;
// - `name<<EOF` with a fixed delimiter in a GITHUB_OUTPUT/GITHUB_ENV write: a value holding the
//   line `EOF` ends the value early and forges further outputs or environment variables;
// - actions/checkout without `persist-credentials: false`: the token stays in .git/config, where
//   a build context of `.` sends it into the image;
// - `on: workflow_run` jobs that do not check who started the chain: a fork PR can add a workflow
//   with the same name, and its successful run starts the privileged one.
import { stepsOf, type WorkflowMap } from './injection.js';
import type { Problem } from './references.js';

const WRITES_FILE_COMMAND = /\$\{?GITHUB_(OUTPUT|ENV)\b/;
/** `name<<DELIM` where DELIM is written out (not `$delim` / `${delim}`). */
const FIXED_DELIMITER = /[\w-]<<\s*['"]?([A-Za-z_][\w-]*)/;

export function checkOutputDelimiters(file: string, doc: WorkflowMap): Problem[] {
  return stepsOf(doc)
    .filter(([, step]) => typeof step.run === 'string' && WRITES_FILE_COMMAND.test(step.run))
    .flatMap(([where, step]) => {
      const fixed = FIXED_DELIMITER.exec(String(step.run));
      if (!fixed) return [];
      return [
        {
          file,
          where,
          message:
            `run: writes GITHUB_OUTPUT/GITHUB_ENV with the fixed heredoc delimiter "${fixed[1]}": a value ` +
            'holding that line forges outputs; use a random one (delim="ghadelim_$(openssl rand -hex 16)")',
        },
      ];
    });
}

export function checkCheckoutCredentials(file: string, doc: WorkflowMap): Problem[] {
  return stepsOf(doc)
    .filter(([, step]) => typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@'))
    .filter(([, step]) => {
      const persist = ((step.with ?? {}) as WorkflowMap)['persist-credentials'];
      return persist !== false && persist !== 'false';
    })
    .map(([where]) => ({
      file,
      where,
      message:
        'actions/checkout without persist-credentials: false leaves the token in .git/config ' +
        '(a build context of . sends it to the build); authenticate the one command that needs it instead',
    }));
}

/** Events a chain may start from: none of them runs code from a fork's pull request. */
const TRUSTED_EVENTS = new Set(['push', 'release', 'workflow_dispatch', 'schedule', 'workflow_run']);
const CONCLUSION = /^github\.event\.workflow_run\.conclusion\s*==\s*'success'$/;
const SAME_REPOSITORY = [
  /^github\.event\.workflow_run\.head_repository\.full_name\s*==\s*github\.repository$/,
  /^github\.repository\s*==\s*github\.event\.workflow_run\.head_repository\.full_name$/,
];
const EVENT_IS = /^github\.event\.workflow_run\.event\s*==\s*'([a-z_]+)'$/;
const STATUS_FUNCTION = /\b(always|failure|cancelled)\s*\(/;

/** Splits an expression at top-level `op` (outside quotes and parentheses). */
export function splitTopLevel(expression: string, op: '&&' | '||'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && expression.startsWith(op, i)) {
      parts.push(expression.slice(start, i));
      start = i + op.length;
      i += op.length - 1;
    }
  }
  parts.push(expression.slice(start));
  return parts.map(unwrap);
}

/** True when the text's first `(` closes at its very end: `(a || b)`, not `(a) && (b)`. */
function enclosedWhole(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    if (depth === 0 && i < text.length - 1) return false;
  }
  return true;
}

function unwrap(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')') && enclosedWhole(t)) t = t.slice(1, -1).trim();
  return t;
}

function isTrustedEventCheck(conjunct: string): boolean {
  const alternatives = splitTopLevel(conjunct, '||');
  return alternatives.every((a) => {
    const event = EVENT_IS.exec(a);
    return event !== null && TRUSTED_EVENTS.has(event[1]!);
  });
}

/** True when a job's `if:` requires success, the same repository and a trusted event, all ANDed. */
export function isGuardedWorkflowRun(condition: unknown): boolean {
  if (typeof condition !== 'string') return false;
  const expression = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const conjuncts = splitTopLevel(expression, '&&');
  return (
    conjuncts.some((c) => CONCLUSION.test(c)) &&
    conjuncts.some((c) => SAME_REPOSITORY.some((re) => re.test(c))) &&
    conjuncts.some(isTrustedEventCheck)
  );
}

function triggersOn(doc: WorkflowMap, event: string): boolean {
  const on = doc.on;
  if (typeof on === 'string') return on === event;
  if (Array.isArray(on)) return on.includes(event);
  return typeof on === 'object' && on !== null && event in on;
}

export function checkWorkflowRunGuards(file: string, doc: WorkflowMap): Problem[] {
  if (!triggersOn(doc, 'workflow_run')) return [];
  const jobs = (doc.jobs ?? {}) as Record<string, WorkflowMap>;
  const guarded = new Set<string>();
  // A job is guarded by its own `if:`, or by needing a guarded job (without a status function in
  // its `if:`, which would let it run when that job was skipped). Repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, job] of Object.entries(jobs)) {
      if (guarded.has(id)) continue;
      const needs = ([] as unknown[]).concat(job.needs ?? []).map(String);
      const viaNeeds =
        needs.some((n) => guarded.has(n)) && !(typeof job.if === 'string' && STATUS_FUNCTION.test(job.if));
      if (isGuardedWorkflowRun(job.if) || viaNeeds) {
        guarded.add(id);
        changed = true;
      }
    }
  }
  return Object.keys(jobs)
    .filter((id) => !guarded.has(id))
    .map((id) => ({
      file,
      where: `jobs.${id}`,
      message:
        "runs on workflow_run without checking who started it: its if: must require github.event.workflow_run.conclusion == 'success', " +
        "github.event.workflow_run.event == 'push' (or release, workflow_dispatch, schedule, workflow_run) and " +
        'github.event.workflow_run.head_repository.full_name == github.repository',
    }));
}

const JOB_TOKEN = /\bgithub\.token\b|\bsecrets\.GITHUB_TOKEN\b/i;
/** Our actions whose username/password go to every registry in their image list. */
const GLOBAL_CREDENTIAL_ACTIONS =
  /^org\/docker-pipeline-actions\/(wait-for-manifests|append-image-digests-to-release|prune-images)@/;
/** `... == 'ghcr.io' && github.token`: the token only when the registry is ghcr.io. */
const GHCR_ONLY_TOKEN = /==\s*'ghcr\.io'\s*\)?\s*&&\s*\(?\s*github\.token/i;

/** The job's GITHUB_TOKEN may only reach ghcr.io: never a global password, never another login. */
export function checkTokenScope(file: string, doc: WorkflowMap): Problem[] {
  return stepsOf(doc).flatMap(([where, step]) => {
    const uses = typeof step.uses === 'string' ? step.uses : '';
    const w = (step.with ?? {}) as WorkflowMap;
    const password = String(w.password ?? '');
    if (!JOB_TOKEN.test(password)) return [];
    if (GLOBAL_CREDENTIAL_ACTIONS.test(uses)) {
      return [
        {
          file,
          where,
          message:
            'the job token as the global password goes to every registry in images: give it to ghcr.io ' +
            'only, in registry-auth (ghcr.io: {username: ..., password: ...})',
        },
      ];
    }
    const registry = String(w.registry ?? '');
    if (
      uses.startsWith('docker/login-action@') &&
      registry !== 'ghcr.io' &&
      !GHCR_ONLY_TOKEN.test(password)
    ) {
      return [
        {
          file,
          where,
          message: `docker/login-action sends the job token to ${registry || 'docker.io'}: only ghcr.io may get it`,
        },
      ];
    }
    return [];
  });
}

/** Every hardening check of a workflow (or a README snippet wrapped into one). */
export function checkHardening(file: string, doc: WorkflowMap): Problem[] {
  return [
    ...checkOutputDelimiters(file, doc),
    ...checkCheckoutCredentials(file, doc),
    ...checkWorkflowRunGuards(file, doc),
    ...checkTokenScope(file, doc),
  ];
}
