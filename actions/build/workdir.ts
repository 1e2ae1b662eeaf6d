// The step's private temp directory under RUNNER_TEMP: metadata and iid files, and `secrets`
// written as 0600 files. It is removed when the step ends, also on failure or cancellation.
import { core } from '../../packages/action-io/index.js';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SecretValue } from './inputs.js';

export interface WorkDir {
  dir: string;
  metadataFile: string;
  iidFile: string;
  secretFiles: { id: string; path: string }[];
  remove(): void;
}

/** Registers every secret (and each of its lines: logs are masked line by line) with the runner. */
export function maskSecrets(secrets: SecretValue[]): void {
  for (const { value } of secrets) {
    if (value.trim() === '') continue;
    core.setSecret(value);
    for (const line of value.split(/\r?\n/))
      if (line.trim().length > 3 && line !== value) core.setSecret(line);
  }
}

export function createWorkDir(runnerTemp: string | undefined, secrets: SecretValue[]): WorkDir {
  const root = runnerTemp || tmpdir();
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, 'dpa-build-'));
  chmodSync(dir, 0o700);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    rmSync(dir, { recursive: true, force: true });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  // A cancelled job sends SIGINT then SIGTERM: take the secret files with us.
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const secretDir = join(dir, 'secrets');
  mkdirSync(secretDir, { mode: 0o700 });
  const secretFiles = secrets.map(({ id, value }, index) => {
    const path = join(secretDir, `${index}-${id}`);
    writeFileSync(path, value, { mode: 0o600 });
    return { id, path };
  });
  return { dir, metadataFile: join(dir, 'metadata.json'), iidFile: join(dir, 'iid'), secretFiles, remove };
}
