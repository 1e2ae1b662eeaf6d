// Where the repository's version tags and description/licence come from: the workspace's git
// checkout when it holds the tags, else the GitHub API when a token is given, else nothing (the
// caller says it could not check). API failures become warnings: tags are still computed.
import type { ApiTarget, RepoInfo } from './github-api.js';
import { workspaceTags } from './workspace.js';

export type { ApiTarget, RepoInfo } from './github-api.js';
export { workspaceTags } from './workspace.js';

export interface TagListing {
  /** Undefined when no trustworthy source was available. */
  tags?: string[];
  source: 'git' | 'api' | 'none';
  warning?: string;
}

export interface ListTagsOptions {
  workspace?: string;
  /** The tag being built, which a shallow checkout holds on its own. */
  currentTag?: string;
  /** Undefined without a token. */
  api?: ApiTarget;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function listVersionTags(opts: ListTagsOptions): Promise<TagListing> {
  const local = await workspaceTags(opts.workspace, opts.currentTag);
  if (local) return { tags: local, source: 'git' };
  if (!opts.api) return { source: 'none' };
  try {
    const { apiTags } = await import('./github-api.js');
    return { tags: await apiTags(opts.api), source: 'api' };
  } catch (error) {
    return {
      source: 'none',
      warning: `could not list the repository's tags from the GitHub API: ${reason(error)}`,
    };
  }
}

export async function repoInfo(api: ApiTarget): Promise<{ info: RepoInfo; warning?: string }> {
  try {
    const { apiRepoInfo } = await import('./github-api.js');
    return { info: await apiRepoInfo(api) };
  } catch (error) {
    return {
      info: {},
      warning: `could not read the repository's description and licence from the GitHub API (labels left out): ${reason(error)}`,
    };
  }
}
