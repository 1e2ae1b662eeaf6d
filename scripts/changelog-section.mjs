// Prints the CHANGELOG.md section of one version (the text under `## [x.y.z]` up to the next
// `## `), for the release workflow's notes. Exit 1 when the version has no section.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const version = process.argv[2];
const text = readFileSync(resolve(import.meta.dirname, '..', 'CHANGELOG.md'), 'utf8');
const start = text.search(new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?`, 'm'));
if (!version || start < 0) {
  console.error(`CHANGELOG.md has no section for ${version || '(no version given)'}`);
  process.exit(1);
}
const rest = text.slice(start).split('\n');
const end = rest.findIndex((line, i) => i > 0 && line.startsWith('## '));
console.log((end < 0 ? rest : rest.slice(0, end)).slice(1).join('\n').trim());
