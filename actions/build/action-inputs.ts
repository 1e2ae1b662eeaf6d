// Everything the build action reads from its step, once: the inputs (checked), the workspace, and
// the tags and labels they resolve to (tag rules and flavor applied to the event's git context).
// What comes out is all `run` needs; nothing is read from the step again later.
import { existsSync, readFileSync } from 'node:fs';
import { Inputs } from '../../packages/action-io/index.js';
import { readBuildInputs, type BuildInputs } from './inputs.js';
import { resolveTags, type ResolvedTags } from './tags.js';

export interface BuildAction {
  inputs: BuildInputs;
  /** GITHUB_WORKSPACE (else the working directory): relative paths and buildx's cwd. */
  workspace: string;
  tags: ResolvedTags;
}

/** The webhook payload of the triggering event ({} outside a workflow run). */
function readEvent(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export function readInputs(env: NodeJS.ProcessEnv): BuildAction {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readBuildInputs(new Inputs(), workspace, env.GITHUB_SERVER_URL);
  return { inputs, workspace, tags: resolveTags(inputs, env, readEvent(env)) };
}
