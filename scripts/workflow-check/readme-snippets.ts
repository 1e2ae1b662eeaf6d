// The YAML examples in our READMEs are checked like workflows: a block with `jobs:` is a
// workflow; a block with `steps:` (or a list of steps) is wrapped into a one-job workflow first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { actionlint } from './actionlint.js';
import { checkHardening } from './hardening.js';
import { checkInjection } from './injection.js';
import { checkReferences, type Problem } from './references.js';

type Map = Record<string, unknown>;

export function readmeFiles(root: string): string[] {
  const folders = readdirSync(root, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && !d.name.startsWith('.'),
  );
  const files = ['README.md', ...folders.map((d) => join(d.name, 'README.md'))];
  return files.filter((f) => existsSync(join(root, f)) && !f.startsWith('node_modules')).sort();
}

export function yamlBlocks(markdown: string): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = [];
  const re = /^```ya?ml\r?\n([\s\S]*?)^```/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    blocks.push({ line: markdown.slice(0, m.index).split('\n').length, text: m[1] });
  }
  return blocks;
}

/** A snippet as a whole workflow, or undefined when it is not a workflow or steps. */
export function asWorkflow(doc: unknown): Map | undefined {
  if (Array.isArray(doc)) return asWorkflow({ steps: doc });
  if (!doc || typeof doc !== 'object') return undefined;
  const d = doc as Map;
  if (d.jobs) return d;
  if (!Array.isArray(d.steps)) return undefined;
  const { steps, permissions, ...rest } = d;
  return {
    name: 'readme-snippet',
    on: 'push',
    ...(permissions ? { permissions } : {}),
    jobs: { snippet: { 'runs-on': 'ubuntu-24.04', ...rest, steps } },
  };
}

export interface SnippetReport {
  /** Workflow or steps snippets checked, per README. */
  perFile: Record<string, number>;
  problems: Problem[];
}

export async function checkReadmeSnippets(root: string): Promise<SnippetReport> {
  const problems: Problem[] = [];
  const perFile: Record<string, number> = {};
  for (const file of readmeFiles(root)) {
    for (const block of yamlBlocks(readFileSync(join(root, file), 'utf8'))) {
      const where = `yaml block at line ${block.line}`;
      let doc: unknown;
      try {
        doc = parse(block.text);
      } catch (error) {
        problems.push({ file, where, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
        continue;
      }
      const workflow = asWorkflow(doc);
      if (!workflow) continue;
      perFile[file] = (perFile[file] ?? 0) + 1;
      for (const f of await actionlint(file, stringify(workflow))) {
        problems.push({ file, where, message: `actionlint ${f.kind}: ${f.message}` });
      }
      problems.push(
        ...checkReferences(root, file, workflow).map((p) => ({ ...p, where: `${where}, ${p.where}` })),
        ...checkInjection(file, workflow).map((p) => ({ ...p, where: `${where}, ${p.where}` })),
        ...checkHardening(file, workflow).map((p) => ({ ...p, where: `${where}, ${p.where}` })),
      );
    }
  }
  return { perFile, problems };
}
