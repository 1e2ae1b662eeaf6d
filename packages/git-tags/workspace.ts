// The version tags of the checked-out repository, when the checkout can be trusted to have them.
// actions/checkout's default shallow clone of a tag push holds only the pushed tag, which would
// make every patch of an old line look like the highest version: such a listing is not used.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export async function workspaceTags(
  workspace: string | undefined,
  currentTag?: string,
): Promise<string[] | undefined> {
  if (!workspace) return undefined;
  const gitPath = join(workspace, '.git');
  if (!existsSync(gitPath)) return undefined;
  // packages/exec is loaded here: most runs (branches, PRs) never list tags.
  // safe.directory: in a container job the checkout often belongs to another user, and git
  // would refuse to read it ("dubious ownership").
  const { run } = await import('../exec/index.js');
  const stdout = await run('git', ['-c', `safe.directory=${workspace}`, 'tag', '--list'], {
    cwd: workspace,
  }).then(
    // git failing (not a repository) or missing on this runner: no listing.
    (result) => (result.exitCode === 0 ? result.stdout : undefined),
    () => undefined,
  );
  if (stdout === undefined) return undefined;
  const tags = stdout
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const shallow = !statSync(gitPath).isDirectory() || existsSync(join(gitPath, 'shallow'));
  const others = tags.filter((t) => t !== currentTag);
  if (shallow && others.length === 0) return undefined;
  return tags;
}
