// Fails when dist/ is not exactly what `npm run build` produces from the current source.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'dist-check-'));
function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f))
    .sort();
}
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out', fresh], { stdio: 'inherit' });
  const expected = files(fresh);
  const actual = files(join(root, 'dist'));
  const problems = [];
  for (const f of new Set([...expected, ...actual])) {
    if (!expected.includes(f)) problems.push(`extra file dist/${f}`);
    else if (!actual.includes(f)) problems.push(`missing file dist/${f}`);
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join(root, 'dist', f))))
      problems.push(`stale dist/${f}`);
  }
  if (problems.length) {
    console.error(`dist/ is not fresh; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`dist/ is fresh (${expected.length} files)`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
