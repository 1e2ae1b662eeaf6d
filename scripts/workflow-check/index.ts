// Validates every workflow in .github/workflows/ and examples/*/workflows/: actionlint, our
// action references, script injection, and the hardening rules (fixed output delimiters,
// persisted checkout credentials, unguarded workflow_run jobs). Run: npx tsx scripts/workflow-check/index.ts
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actionlint } from './actionlint.js';
import { readYaml, workflowFiles } from './files.js';
import { checkHardening } from './hardening.js';
import { checkInjection } from './injection.js';
import { checkReadmeSnippets } from './readme-snippets.js';
import { checkReferences, type Problem } from './references.js';

export interface Report {
  files: string[];
  problems: Problem[];
}

export async function validateWorkflows(root: string): Promise<Report> {
  const files = workflowFiles(root);
  const problems: Problem[] = [];
  for (const file of files) {
    for (const f of await actionlint(file, readFileSync(join(root, file), 'utf8'))) {
      problems.push({
        file,
        where: `line ${f.line}:${f.column}`,
        message: `actionlint ${f.kind}: ${f.message}`,
      });
    }
    const doc = readYaml(root, file);
    problems.push(
      ...checkReferences(root, file, doc),
      ...checkInjection(file, doc),
      ...checkHardening(file, doc),
    );
  }
  return { files, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'index.ts')) {
  const report = await validateWorkflows(resolve(import.meta.dirname, '..', '..'));
  const snippets = await checkReadmeSnippets(resolve(import.meta.dirname, '..', '..'));
  const problems = [...report.problems, ...snippets.problems];
  for (const p of problems) console.log(`${p.file} ${p.where}: ${p.message}`);
  const count = Object.values(snippets.perFile).reduce((a, b) => a + b, 0);
  console.log(
    `${report.files.length} workflow file(s), ${count} README snippet(s), ${problems.length} problem(s)`,
  );
  process.exitCode = problems.length ? 1 : 0;
}
