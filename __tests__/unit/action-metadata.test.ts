// Every action.yml is complete: what Marketplace and users read, and what the runner needs.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { actionFolders } from '../../scripts/workflow-check/files.js';

const root = resolve(import.meta.dirname, '..', '..');
const EXPECTED = [
  '',
  'append-image-digests-to-release',
  'build',
  'compute-sha-tags',
  'free-disk-space',
  'merge-manifests',
  'prune-images',
  'wait-for-manifests',
];

type Entry = { description?: string; required?: boolean; default?: unknown };
interface ActionYml {
  name?: string;
  description?: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, Entry>;
  outputs?: Record<string, Entry>;
  runs?: { using?: string; main?: string; post?: string; 'post-if'?: string };
}

const present = actionFolders(root);

describe('action.yml metadata', () => {
  it.each(EXPECTED)('action %j exists', (folder) => {
    expect(present).toContain(folder);
  });

  // (guarded: jest refuses an empty table; the 'exists' cases above already fail then)
  if (present.length)
    describe.each(present)('%s/action.yml', (folder) => {
      const file = join(root, folder, 'action.yml');
      const meta = parse(readFileSync(file, 'utf8')) as ActionYml;

      it('has name, description, author and branding', () => {
        expect(meta.name).toEqual(expect.any(String));
        expect(meta.description).toEqual(expect.any(String));
        expect(meta.author).toBe('docker-pipeline-actions');
        expect(meta.branding?.icon).toEqual(expect.any(String));
        expect(meta.branding?.color).toEqual(expect.any(String));
      });

      it('runs on node24 from an existing bundle', () => {
        expect(meta.runs?.using).toBe('node24');
        for (const entry of [meta.runs?.main, meta.runs?.post].filter(Boolean) as string[]) {
          expect(entry).toMatch(/(^|\/)dist\/[a-z-]+\/(post\/)?index\.js$/);
          expect(existsSync(join(root, folder, entry))).toBe(true);
        }
      });

      it('describes every input and output', () => {
        const undocumented = [
          ...Object.entries(meta.inputs ?? {}).map(([k, v]) => ['input', k, v] as const),
          ...Object.entries(meta.outputs ?? {}).map(([k, v]) => ['output', k, v] as const),
        ]
          .filter(([, , v]) => !v?.description?.trim())
          .map(([kind, k]) => `${kind} ${k}`);
        expect(undocumented).toEqual([]);
      });
    });
});
