// testkit/act/matrix-outputs.ts: the rewrite of act's interpolateOutputs (GitHub's matrix job
// outputs) in a copy of act's source, on a stand-in run_context.go: the function replaced, "sync"
// imported once, and a clear error for a source without the function (another act version).
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patchMatrixOutputs } from '../../testkit/act/matrix-outputs.js';

const IMPORTS = (extra: string) => `package runner\n\nimport (\n\t"context"\n\t"strings"\n${extra})\n\n`;
const OLD =
  'func (rc *RunContext) interpolateOutputs() common.Executor {\n\treturn nil // first leg wins\n}\n\n';
const AFTER = 'func (rc *RunContext) startContainer() common.Executor {\n\treturn nil\n}\n';

function patched(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'act-src-'));
  try {
    mkdirSync(join(dir, 'pkg', 'runner'), { recursive: true });
    writeFileSync(join(dir, 'pkg', 'runner', 'run_context.go'), source);
    patchMatrixOutputs(dir);
    return readFileSync(join(dir, 'pkg', 'runner', 'run_context.go'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('patchMatrixOutputs', () => {
  it.each([
    { name: 'without sync imported', imports: IMPORTS('') },
    { name: 'with sync imported', imports: IMPORTS('\t"sync"\n') },
  ])('replaces interpolateOutputs and imports sync once ($name)', ({ imports }) => {
    const out = patched(imports + OLD + AFTER);
    expect(out).not.toContain('first leg wins');
    expect(out).toContain('if interpolated != "" || job.Outputs[k] == v {');
    expect(out.match(/\n\t"sync"\n/g)).toHaveLength(1);
    expect(out.endsWith(AFTER)).toBe(true);
  });

  it('throws, naming the file, when act has no interpolateOutputs', () => {
    expect(() => patched(IMPORTS('') + AFTER)).toThrow(/run_context\.go of act has no interpolateOutputs/);
  });
});
