// Validates every workflow in .github/workflows/ and examples/*/workflows/: actionlint, our
// action references, and script injection. Run: npx tsx scripts/workflow-check/index.ts
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actionlint } from './actionlint.js';
import { readYaml, workflowFiles } from './files.js';
import { checkInjection } from './injection.js';
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
    problems.push(...checkReferences(root, file, doc), ...checkInjection(file, doc));
  }
  return { files, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'index.ts')) {
  const report = await validateWorkflows(resolve(import.meta.dirname, '..', '..'));
  for (const p of report.problems) console.log(`${p.file} ${p.where}: ${p.message}`);
  console.log(`${report.files.length} workflow file(s), ${report.problems.length} problem(s)`);
  process.exitCode = report.problems.length ? 1 : 0;
}
