// The few changes a rehearsal makes to its copy of an example's workflows, each committed and said
// in the log (the example's own files stay as they are):
// - buildx's SBOM scanner is an image on Docker Hub (docker/buildkit-syft-scanner), which cannot be
//   reached here: `sbom: true` becomes `sbom: false` (provenance stays);
// - images under a fixed Docker Hub namespace move under the rehearsal's unique owner, so
//   rehearsals never share a repository in the local registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../repos.js';
import type { RehearsalSession } from '../session.js';

type Log = (line: string) => void;

/** Applies `edit` to the repository's copy of each workflow in `files`; commits when one changed. */
function editWorkflows(
  session: RehearsalSession,
  files: string[],
  edit: (text: string) => string,
  note: string,
  log: Log,
): void {
  let changed = false;
  for (const name of files) {
    const file = join(session.user.dir, '.github', 'workflows', name);
    const text = readFileSync(file, 'utf8');
    const edited = edit(text);
    if (edited === text) continue;
    writeFileSync(file, edited);
    changed = true;
    log(`  ${name}: ${note}`);
  }
  if (changed) git(session.user.dir, ['commit', '--quiet', '--all', '-m', `Rehearsal: ${note}`]);
}

export function withoutSbom(session: RehearsalSession, files: string[], log: Log): void {
  const off = (text: string) => text.replace(/^(\s+)sbom: true$/gm, '$1sbom: false');
  editWorkflows(
    session,
    files,
    off,
    'sbom: false (the SBOM scanner image is on Docker Hub, unreachable here)',
    log,
  );
}

/** `<registry>/<namespace>/` -> `<registry>/<the rehearsal's owner>/` in the workflows. */
export function underOwner(session: RehearsalSession, files: string[], namespace: string, log: Log): void {
  const from = `${session.registry.host}/${namespace}/`;
  const to = `${session.registry.host}/${session.user.owner}/`;
  editWorkflows(session, files, (text) => text.split(from).join(to), `images under ${to}, not ${from}`, log);
}
