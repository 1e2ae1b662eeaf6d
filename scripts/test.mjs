// `npm test`: every check the project has, in order, each timed; all stages run even when one
// fails, and the last line is the plain total `Tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'dpa-test-'));
// --forceExit: on 2 cores jest runs in band, and a failing test can leave an in-process server
// open (its cleanup after the failed line never runs); the run must still end and report.
const jest = (project) => [
  bin('jest'),
  // --ci: a snapshot that is missing fails instead of being written
  [
    '--ci',
    '--forceExit',
    '--selectProjects',
    project,
    '--json',
    '--outputFile',
    join(reports, `${project}.json`),
  ],
  { NODE_OPTIONS: '--experimental-vm-modules' },
];
const stages = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['eslint', bin('eslint'), ['.']],
  ['prettier', bin('prettier'), ['--check', '.']],
  ['dist is fresh', process.execPath, [join(root, 'scripts', 'check-dist.mjs')]],
  ['unit tests', ...jest('unit')],
  ['integration tests', ...jest('integration')],
];
const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args, env] of stages) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  results.push({ name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const project of ['unit', 'integration']) {
  try {
    const report = JSON.parse(readFileSync(join(reports, `${project}.json`), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
    skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    // that project did not run (filtered out, or jest crashed: its stage is marked failed)
  }
}
rmSync(reports, { recursive: true, force: true });
console.log('\nstage                 result  seconds');
for (const r of results)
  console.log(`${r.name.padEnd(21)} ${r.ok ? 'ok    ' : 'FAILED'}  ${r.seconds.toFixed(1)}`);
const stagesFailed = results.filter((r) => !r.ok).length;
if (stagesFailed) console.log(`${stagesFailed} stage(s) failed`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = stagesFailed || failed ? 1 : 0;
