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
  // node:child_process directly (loaded here: most runs, branches and PRs, never list tags), with
  // an argument array; @actions/exec would add @actions/io and a stream per run for one command.
  // safe.directory: in a container job the checkout often belongs to another user, and git
  // would refuse to read it ("dubious ownership").
  const { execFile } = await import('node:child_process');
  const stdout = await new Promise<string | undefined>((resolve) => {
    execFile(
      'git',
      ['-c', `safe.directory=${workspace}`, 'tag', '--list'],
      { cwd: workspace, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      // An error is git missing on this runner or git failing (not a repository): no listing.
      (error, out) => resolve(error ? undefined : out),
    );
  });
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
