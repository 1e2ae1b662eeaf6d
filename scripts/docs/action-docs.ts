// Input and output tables in each action's README, generated from its action.yml, between
// <!-- action-docs:inputs --> / <!-- action-docs:outputs --> and <!-- action-docs:end -->.
// Run `npm run docs` to refresh them; the tests fail when a README table is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { actionFolders } from '../workflow-check/files.js';

type Entry = { description?: string; required?: boolean; default?: unknown };
interface ActionYml {
  inputs?: Record<string, Entry>;
  outputs?: Record<string, Entry>;
}

function cell(text: string): string {
  return text
    .trim()
    .replace(/\r?\n+/g, ' ')
    .replace(/\|/g, '\\|');
}

export function inputsTable(meta: ActionYml): string {
  const rows = Object.entries(meta.inputs ?? {}).map(([name, e]) => {
    const def = e.default === undefined || e.default === '' ? '' : `\`${cell(String(e.default))}\``;
    return `| \`${name}\` | ${e.required ? 'yes' : 'no'} | ${def} | ${cell(e.description ?? '')} |`;
  });
  return ['| input | required | default | description |', '|---|---|---|---|', ...rows].join('\n');
}

export function outputsTable(meta: ActionYml): string {
  const rows = Object.entries(meta.outputs ?? {}).map(
    ([name, e]) => `| \`${name}\` | ${cell(e.description ?? '')} |`,
  );
  return ['| output | description |', '|---|---|', ...rows].join('\n');
}

/** Replace each marked block in `readme` with the table made from `meta`. */
export function renderReadme(readme: string, meta: ActionYml): string {
  const tables: Record<string, string> = { inputs: inputsTable(meta), outputs: outputsTable(meta) };
  return readme.replace(
    /(<!-- action-docs:(inputs|outputs) -->)[\s\S]*?(<!-- action-docs:end -->)/g,
    (_m, open: string, kind: string, close: string) => `${open}\n${tables[kind]}\n${close}`,
  );
}

export interface DocsStatus {
  readme: string;
  fresh: boolean;
  hasTables: boolean;
  expected: string;
}

export function checkActionDocs(root: string): DocsStatus[] {
  return actionFolders(root)
    .filter((folder) => folder !== '')
    .map((folder) => {
      const readme = join(folder, 'README.md');
      const meta = parse(readFileSync(join(root, folder, 'action.yml'), 'utf8')) as ActionYml;
      const current = existsSync(join(root, readme)) ? readFileSync(join(root, readme), 'utf8') : '';
      const expected = renderReadme(current, meta);
      return {
        readme,
        fresh: expected === current,
        hasTables:
          /<!-- action-docs:inputs -->/.test(current) && /<!-- action-docs:outputs -->/.test(current),
        expected,
      };
    });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'action-docs.ts')) {
  const root = resolve(import.meta.dirname, '..', '..');
  for (const status of checkActionDocs(root)) {
    if (!status.hasTables) console.log(`${status.readme}: no action-docs markers`);
    if (!status.fresh) {
      writeFileSync(join(root, status.readme), status.expected);
      console.log(`${status.readme}: tables updated`);
    }
  }
}
