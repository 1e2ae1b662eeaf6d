// What a build is about (the commit, the branch/tag/PR, the repository), read from the runner's
// environment and the event payload, and docker/metadata-action's DOCKER_METADATA_* variables.
// Pure (both come in as arguments), except readEventPayload, which reads the payload file.
import { readFileSync } from 'node:fs';
import { InputError } from '../action-io/inputs.js';
import { ActionError } from '../action-io/run.js';
import { ANNOTATION_LEVELS_VARIABLE, parseAnnotationLevels } from './annotation-levels.js';

export type RefType = 'branch' | 'tag' | 'pr';

export interface GitContext {
  eventName: string;
  /**
   * The commit to tag: `workflow_run.head_sha` in a workflow_run workflow (GITHUB_SHA is the
   * default branch head there), the PR head sha in pull requests unless `prHeadSha` is false,
   * else GITHUB_SHA; or the `sha` override.
   */
  sha: string;
  /** `refs/heads/<b>`, `refs/tags/<t>` or `refs/pull/<n>/merge` (for workflow_run: the triggering run's). */
  ref: string;
  refName?: string;
  refType?: RefType;
  branch?: string;
  tag?: string;
  prNumber?: number;
  /** The PR's base branch, or the branch a tag was pushed from when the payload says. */
  baseRef?: string;
  defaultBranch?: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  runId?: string;
  /** ISO date of the commit when the event carries it. */
  commitDate?: string;
  repoDescription?: string;
  repoLicense?: string;
}

type Payload = Record<string, unknown>;

/** A `sha` input: 7 to 40 hex digits (a commit id, possibly abbreviated). */
export const SHA_OVERRIDE = /^[0-9a-fA-F]{7,40}$/;
export const SHA_LENGTH = { min: 4, max: 40, default: 7 } as const;

/** `v1.2.3`, `1.2.3-rc.1`: a semver version as a tag name. */
const VERSION_TAG = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;

function obj(value: unknown): Payload {
  return value && typeof value === 'object' ? (value as Payload) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function fromRef(ref: string): Pick<GitContext, 'refType' | 'branch' | 'tag' | 'prNumber'> {
  if (ref.startsWith('refs/heads/')) return { refType: 'branch', branch: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { refType: 'tag', tag: ref.slice('refs/tags/'.length) };
  const pr = /^refs\/pull\/(\d+)\//.exec(ref);
  if (pr) return { refType: 'pr', prNumber: Number(pr[1]) };
  return {};
}

/** The commit timestamp the push payload gives for `sha`, if any. */
function pushCommitDate(event: Payload, sha: string): string | undefined {
  const head = obj(event.head_commit);
  if (str(head.id) === sha) return str(head.timestamp);
  const commits = Array.isArray(event.commits) ? event.commits.map(obj) : [];
  return str(commits.find((c) => str(c.id) === sha)?.timestamp);
}

/** The webhook payload of the triggering event, from GITHUB_EVENT_PATH ({} without one). */
export function readEventPayload(env: Record<string, string | undefined>): Record<string, unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ActionError(`cannot read the event payload ${path}: ${(error as Error).message}`);
  }
}

export function readGitContext(
  env: Record<string, string | undefined>,
  event: Record<string, unknown>,
  opts: { sha?: string; prHeadSha: boolean },
): GitContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repo = obj(event.repository);
  const base: GitContext = {
    eventName,
    sha: (env.GITHUB_SHA ?? '').toLowerCase(),
    ref: env.GITHUB_REF ?? '',
    repository: env.GITHUB_REPOSITORY ?? str(repo.full_name) ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    defaultBranch: str(repo.default_branch),
    runId: env.GITHUB_RUN_ID,
  };
  let ctx: GitContext;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = obj(event.pull_request);
    const prNumber = num(pr.number) ?? num(event.number) ?? fromRef(base.ref).prNumber;
    const headSha = str(obj(pr.head).sha);
    ctx = {
      ...base,
      // pull_request_target runs on the base branch; its tags still belong to the PR.
      ref: prNumber !== undefined ? `refs/pull/${prNumber}/merge` : base.ref,
      refType: 'pr',
      prNumber,
      baseRef: str(obj(pr.base).ref) ?? env.GITHUB_BASE_REF,
      sha: opts.prHeadSha && headSha ? headSha.toLowerCase() : base.sha,
    };
  } else if (eventName === 'workflow_run') {
    // The chain's commit is the triggering run's; GITHUB_SHA/GITHUB_REF are the default branch's.
    const run = obj(event.workflow_run);
    const headSha = str(run.head_sha)?.toLowerCase() ?? base.sha;
    const pr = Array.isArray(run.pull_requests) ? obj(run.pull_requests[0]) : {};
    const prNumber = String(run.event ?? '').startsWith('pull_request') ? num(pr.number) : undefined;
    const branch = str(run.head_branch);
    ctx = { ...base, sha: headSha, commitDate: str(obj(run.head_commit).timestamp) };
    if (prNumber !== undefined) {
      Object.assign(ctx, {
        ref: `refs/pull/${prNumber}/merge`,
        refType: 'pr',
        prNumber,
        baseRef: str(obj(pr.base).ref),
      });
    } else if (branch && run.event === 'push' && VERSION_TAG.test(branch)) {
      // For a tag push GitHub puts the tag name in head_branch; a version-shaped name is taken as
      // that tag, so a chained release workflow gets the version tags.
      Object.assign(ctx, { ref: `refs/tags/${branch}`, refType: 'tag', tag: branch });
    } else if (branch) {
      Object.assign(ctx, { ref: `refs/heads/${branch}`, refType: 'branch', branch });
    } else {
      Object.assign(ctx, fromRef(base.ref));
    }
  } else {
    ctx = { ...base, ...fromRef(base.ref), commitDate: pushCommitDate(event, base.sha) };
    if (ctx.refType === 'tag') ctx.baseRef = str(event.base_ref)?.replace(/^refs\/heads\//, '');
  }
  if (opts.sha) ctx.sha = opts.sha.toLowerCase();
  ctx.refName =
    ctx.branch ?? ctx.tag ?? (ctx.prNumber !== undefined ? `${ctx.prNumber}/merge` : env.GITHUB_REF_NAME);
  for (const key of Object.keys(ctx) as (keyof GitContext)[]) if (ctx[key] === undefined) delete ctx[key];
  return ctx;
}

/** Whether the build is for the repository's default branch ({{is_default_branch}}). */
export function isDefaultBranch(ctx: GitContext): boolean {
  // A schedule always runs on the default branch's last commit.
  if (ctx.eventName === 'schedule') return true;
  return ctx.refType === 'branch' && ctx.branch !== undefined && ctx.branch === ctx.defaultBranch;
}

/**
 * The build date: SOURCE_DATE_EPOCH (seconds; the reproducible-builds convention) when set,
 * else now. A malformed value is an error, as that convention asks.
 */
export function buildDate(env: Record<string, string | undefined>, now = new Date()): Date | string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return now;
  if (!/^\d{1,12}$/.test(epoch))
    return `SOURCE_DATE_EPOCH "${epoch}" is not a whole number of seconds since 1970`;
  return new Date(Number(epoch) * 1000);
}

/** docker/metadata-action's environment variables, read as defaults for our inputs. */
export interface MetadataEnv {
  /** DOCKER_METADATA_PR_HEAD_SHA: the `pr-head-sha` input's value when that input is empty. */
  prHeadSha?: boolean;
  /** DOCKER_METADATA_SHORT_SHA_LENGTH: the `sha-length` input's value when that input is empty. */
  shortShaLength?: number;
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS (default manifest). */
  annotationLevels: string[];
  /** DOCKER_METADATA_SET_OUTPUT_ENV (default true): export DOCKER_METADATA_OUTPUT_* variables. */
  setOutputEnv: boolean;
}

function envBoolean(env: Record<string, string | undefined>, name: string): boolean | undefined {
  const text = env[name]?.trim().toLowerCase();
  if (!text) return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  throw new InputError(name, `"${env[name]}" is not a boolean (allowed: true, false)`);
}

export function readMetadataEnv(env: Record<string, string | undefined>): MetadataEnv {
  const lengthText = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
  let shortShaLength: number | undefined;
  if (lengthText) {
    shortShaLength = Number(lengthText);
    if (!/^\d+$/.test(lengthText) || shortShaLength < SHA_LENGTH.min || shortShaLength > SHA_LENGTH.max) {
      throw new InputError(
        'DOCKER_METADATA_SHORT_SHA_LENGTH',
        `"${lengthText}" is not a length (allowed: ${SHA_LENGTH.min} to ${SHA_LENGTH.max})`,
      );
    }
  }
  return {
    prHeadSha: envBoolean(env, 'DOCKER_METADATA_PR_HEAD_SHA'),
    shortShaLength,
    annotationLevels: parseAnnotationLevels(env[ANNOTATION_LEVELS_VARIABLE]),
    setOutputEnv: envBoolean(env, 'DOCKER_METADATA_SET_OUTPUT_ENV') ?? true,
  };
}
