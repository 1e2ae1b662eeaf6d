// buildx's SBOM scanner is an image on Docker Hub (docker/buildkit-syft-scanner), which cannot be
// reached here. Examples whose builds ask for `sbom: true` are rehearsed with `sbom: false` in the
// rehearsal's copy of the workflow (committed, and said in the log); everything else stays.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../repos.js';
import type { RehearsalSession } from '../session.js';

/** Turns `sbom: true` off in the repository's copies of `files`; commits when one changed. */
export function withoutSbom(session: RehearsalSession, files: string[], log: (line: string) => void): void {
  let changed = false;
  for (const name of files) {
    const file = join(session.user.dir, '.github', 'workflows', name);
    const text = readFileSync(file, 'utf8');
    const off = text.replace(/^(\s+)sbom: true$/gm, '$1sbom: false');
    if (off === text) continue;
    writeFileSync(file, off);
    changed = true;
    log(`  ${name}: sbom: false (the SBOM scanner image is on Docker Hub, unreachable here)`);
  }
  if (changed) git(session.user.dir, ['commit', '--quiet', '--all', '-m', 'Rehearsal: no SBOM scanner here']);
}
