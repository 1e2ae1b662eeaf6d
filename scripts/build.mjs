// Bundles every action with ncc: actions/<name>/main.ts -> <out>/<name>/index.js and each extra
// entry the action has (ENTRIES: the post step, free-disk-space's detached deleter) ->
// <out>/<name>/<entry>/index.js.
// Usage: node scripts/build.mjs [--out DIR] [action ...]   (default out: dist)
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { licensesText } from './licenses.mjs';

const root = resolve(import.meta.dirname, '..');
/** Entries besides main.ts, bundled when actions/<name>/<entry>.ts exists. */
const ENTRIES = ['post', 'worker'];
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'dist');
const only = outIndex >= 0 ? args.filter((_, i) => i !== outIndex && i !== outIndex + 1) : args;
const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'main.ts')))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

async function ncc(entry, outDir) {
  const bin = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const stats = join(outDir, 'stats.json');
  await new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, 'build', entry, '-o', outDir, '--stats-out', stats, '-q'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`ncc failed for ${entry} (exit ${code})`)),
    );
  });
  // licenses.txt is written here, not by ncc --license (see scripts/licenses.mjs for why).
  const licenses = licensesText(stats);
  rmSync(stats);
  if (licenses) writeFileSync(join(outDir, 'licenses.txt'), licenses);
}

// Each action is built into a temporary folder next to its destination and swapped in only when
// all its entries built, so a failed build never leaves an action without its bundle.
mkdirSync(out, { recursive: true });
const jobs = actions.map((name) => async () => {
  const outDir = join(out, name);
  const staging = mkdtempSync(join(out, `.${name}-`));
  chmodSync(staging, 0o755);
  try {
    await ncc(join('actions', name, 'main.ts'), staging);
    for (const entry of ENTRIES) {
      const source = join('actions', name, `${entry}.ts`);
      if (existsSync(join(root, source))) await ncc(source, join(staging, entry));
    }
    rmSync(outDir, { recursive: true, force: true });
    renameSync(staging, outDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
});
// Two at a time: ncc is CPU-bound and the machine has two cores.
const queue = [...jobs];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length) await queue.shift()();
  }),
);
console.log(`built ${actions.length} action(s) into ${out}: ${actions.join(', ')}`);
