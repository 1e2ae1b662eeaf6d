// Which files are workflows, and which are our actions' metadata.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const REPO = 'org/docker-pipeline-actions';

export function workflowFiles(root: string): string[] {
  const dirs = [join(root, '.github', 'workflows')];
  const examples = join(root, 'examples');
  if (existsSync(examples)) {
    for (const entry of readdirSync(examples, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(join(examples, entry.name, 'workflows'));
    }
  }
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(dir, f)),
    )
    .map((f) => relative(root, f))
    .sort();
}

/** Folders holding an action.yml: '' for the root action, else the action's folder name. */
export function actionFolders(root: string): string[] {
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'action.yml')))
    .map((d) => d.name);
  return existsSync(join(root, 'action.yml')) ? ['', ...folders.sort()] : folders.sort();
}

export function readYaml(root: string, file: string): Record<string, unknown> {
  return parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
}
