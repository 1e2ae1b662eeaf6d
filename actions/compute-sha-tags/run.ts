// compute-sha-tags: inputs + event -> tags, labels and annotations, returned as outputs and a job
// summary. Only reads the environment it is given; git and the API are used only when needed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ActionError,
  core,
  logUntrusted,
  neutralize,
  type ActionResult,
} from '../../packages/action-io/index.js';
import type { ApiTarget } from '../../packages/git-tags/index.js';
import {
  buildDate,
  computeParsedMetadata,
  joinList,
  levelledAnnotations,
  metadataActionJson,
  outputEnvEntries,
  readEventPayload,
  readGitContext,
  type OutputOptions,
  type GitContext,
  type ImageMetadata,
  type ParsedTagRules,
} from '../../packages/image-tags/index.js';
import type { ComputeShaTagsInputs } from './inputs.js';
import { summaryText } from './summary.js';

type Env = Record<string, string | undefined>;

function describeSha(ctx: GitContext, inputs: ComputeShaTagsInputs, env: Env): string {
  if (inputs.sha) return 'the sha input';
  if (ctx.eventName === 'workflow_run')
    return `workflow_run.head_sha (GITHUB_SHA ${env.GITHUB_SHA ?? ''} is the default branch head)`;
  if (ctx.refType === 'pr')
    return inputs.prHeadSha ? 'the pull request head' : 'GITHUB_SHA (the merge commit; pr-head-sha: false)';
  return 'GITHUB_SHA';
}

export async function run(inputs: ComputeShaTagsInputs, env: Env): Promise<ActionResult> {
  const created = buildDate(env);
  if (typeof created === 'string') throw new ActionError(created);
  const ctx = readGitContext(env, readEventPayload(env), { sha: inputs.sha, prHeadSha: inputs.prHeadSha });
  if (!ctx.sha) throw new ActionError('no commit to tag: GITHUB_SHA is not set and the sha input is empty');

  let api: ApiTarget | undefined;
  if (inputs.githubToken) {
    core.setSecret(inputs.githubToken);
    api = {
      token: inputs.githubToken,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      repository: ctx.repository,
    };
    const { repoInfo } = await import('../../packages/git-tags/index.js');
    const { info, warning } = await repoInfo(api);
    if (warning) core.warning(neutralize(warning));
    ctx.repoDescription = info.description;
    ctx.repoLicense = info.license;
  }

  const rules: ParsedTagRules = { ...inputs.rules, created };
  let meta = computeParsedMetadata(rules, ctx);
  const workspace = env.GITHUB_WORKSPACE;
  const checkout = workspace !== undefined && existsSync(join(workspace, '.git'));
  if (meta.latestUnchecked && (checkout || api)) {
    // Only a stable version with latest=auto needs the repository's tags, and only a checkout or
    // the API can list them: otherwise the git-tags code is not even loaded.
    const { listVersionTags } = await import('../../packages/git-tags/index.js');
    const listing = await listVersionTags({ workspace, currentTag: ctx.tag, api });
    if (listing.warning) core.warning(neutralize(listing.warning));
    if (listing.tags) {
      core.info(
        `${listing.tags.length} tag(s) listed from ${listing.source === 'git' ? 'the workspace' : 'the GitHub API'}`,
      );
      meta = computeParsedMetadata(rules, ctx, listing.tags);
    }
  }

  logMetadata(meta, ctx, describeSha(ctx, inputs, env));
  const outputs = metadataOutputs(meta, inputs.output);
  return {
    outputs,
    summary: summaryText(meta),
    ...(inputs.setOutputEnv ? { env: outputEnvEntries(outputs) } : {}),
  };
}

/** Refs, rules, labels, API text and error messages come from users and events: every line we
 * print is neutralised so none of it can act as a workflow command. */
function logMetadata(meta: ImageMetadata, ctx: GitContext, shaSource: string): void {
  core.startGroup('Git context');
  logUntrusted(`event: ${ctx.eventName}, ref: ${ctx.ref}`);
  logUntrusted(`commit: ${ctx.sha} (from ${shaSource})`);
  logUntrusted(`rules, in priority order:\n  ${meta.rules.join('\n  ')}`);
  core.endGroup();
  core.startGroup(`Tags (${meta.tags.length})`);
  logUntrusted(meta.tags.join('\n'));
  core.endGroup();
  core.startGroup('Labels');
  logUntrusted(meta.labels.join('\n'));
  core.endGroup();
  for (const notice of meta.notices) core.notice(neutralize(notice));
  for (const warning of meta.warnings) core.warning(neutralize(warning));
  if (meta.shaTags.length === 0) core.notice('sha-tags is empty: no type=sha rule is enabled');
}

/** Every output as the text the runner gets: metadata-action's separators and json shape. */
function metadataOutputs(meta: ImageMetadata, options: OutputOptions): Record<string, string> {
  const levels = options.annotationLevels;
  const annotations = levels ? levelledAnnotations(meta.annotations, levels) : meta.annotations;
  const json = {
    ...meta.json,
    ...metadataActionJson(meta),
    annotations,
  };
  return {
    tags: joinList(meta.tags, options.sepTags),
    'tag-names': joinList(meta.tagNames, options.sepTags),
    labels: joinList(meta.labels, options.sepLabels),
    annotations: joinList(annotations, options.sepAnnotations),
    version: meta.version,
    sha: meta.sha,
    'short-sha': meta.shortSha,
    'sha-tags': meta.shaTags.join('\n'),
    latest: String(meta.latest),
    json: JSON.stringify(json),
  };
}
