// Runs every bench/<name>.bench.ts (or those named on the command line) one after another.
// Each bench measures its own baseline in the same run and prints ratios; targets are reported,
// never enforced as timed tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const wanted = process.argv.slice(2);
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} bench(es) ran, ${failed} failed to run`);
process.exitCode = failed ? 1 : 0;
