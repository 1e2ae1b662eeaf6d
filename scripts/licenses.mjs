// licenses.txt for a bundle, from ncc's webpack stats: every npm package whose code is in an
// emitted chunk, including modules webpack concatenated into another (ncc's own --license misses
// those, e.g. semver in compute-sha-tags, and keeps only the last chunk's list when a bundle has
// lazily loaded chunks). Same layout as ncc's: "name\nlicense\ntext", entries joined by a blank
// line, sorted by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package folder of each npm module in the stats' chunks, by package name. */
function bundledPackages(stats) {
  const dirs = new Map();
  const visit = (modules, topLevel) => {
    for (const m of modules ?? []) {
      // Top-level modules outside every chunk were tree-shaken away (or live inside a
      // concatenated module, where they are visited as its parts).
      if (topLevel && !m.chunks?.length) continue;
      // The identifier is "loader!loader!…!/abs/path" (ESM ones prefixed "esm|").
      const resource = (m.identifier ?? '').split('!').pop().split('|').pop();
      const found = [...resource.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].pop();
      if (found) dirs.set(found[1], resource.slice(0, found.index + found[0].length));
      visit(m.modules, false);
    }
  };
  visit(stats.modules, true);
  return dirs;
}

/** The text of licenses.txt ('' when the bundle holds no npm package). */
export function licensesText(statsFile) {
  const dirs = bundledPackages(JSON.parse(readFileSync(statsFile, 'utf8')));
  return [...dirs.keys()]
    .sort()
    .map((name) => {
      const dir = dirs.get(name);
      const { license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir)
        .sort()
        .find((f) => /^licen[cs]e/i.test(f));
      return `${name}\n${license}\n${file ? readFileSync(join(dir, file), 'utf8') : ''}`;
    })
    .join('\n\n');
}
