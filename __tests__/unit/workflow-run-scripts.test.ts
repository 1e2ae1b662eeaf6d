// Issue 15, point 4: the `run:` blocks of our reusable workflows that write step outputs, run in
// bash as the runner runs them, with hostile values: a newline in `images`, `service`, `tag` or
// `cache-scope` must not forge another output (random heredoc delimiters; single-line values
// with a newline are refused with an ::error::).
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..', '..');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** The `run:` text of the step with id `stepId` in one of our workflows. */
function script(workflow: string, stepId: string): string {
  const doc = parse(readFileSync(join(ROOT, '.github/workflows', workflow), 'utf8')) as {
    jobs: Record<string, { steps: { id?: string; run?: string }[] }>;
  };
  const step = Object.values(doc.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.id === stepId);
  if (!step?.run) throw new Error(`no run: step ${stepId} in ${workflow}`);
  return step.run;
}

/** GITHUB_OUTPUT as the runner reads it: `key=value` or `key<<DELIM` … `DELIM`; anything else is an error. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || line.indexOf('<<') < eq)) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`unterminated ${heredoc[1]}`);
      if (heredoc[1]! in out) throw new Error(`output ${heredoc[1]} written twice`);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (eq > 0) {
      if (line.slice(0, eq) in out) throw new Error(`output ${line.slice(0, eq)} written twice`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`invalid line ${JSON.stringify(line)}`);
    }
  }
  return out;
}

/** Runs a script as the runner does (`bash --noprofile --norc -eo pipefail`). */
function runStep(text: string, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'wf-run-'));
  temps.push(dir);
  const output = join(dir, 'output');
  writeFileSync(output, '');
  writeFileSync(join(dir, 'step.sh'), text);
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(dir, 'step.sh')], {
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_REPOSITORY: 'o/r', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, output: readFileSync(output, 'utf8') };
}

describe('build-image.yml: image names and cache scope', () => {
  const names = script('build-image.yml', 'names');
  const base = { SERVICE: 'api', IMAGES: '', SCOPE: '', REGISTRY: 'ghcr.io' };

  it.each([
    { name: 'defaults', env: {}, outputs: { images: 'ghcr.io/o/r/api', scope: 'release-api' } },
    {
      name: 'images holding the old delimiter and a forged output',
      env: { IMAGES: 'ghcr.io/o/a\nEOF_IMAGES\nscope=forged' },
      outputs: { images: 'ghcr.io/o/a\nEOF_IMAGES\nscope=forged', scope: 'release-api' },
    },
  ])('$name', ({ env, outputs }) => {
    const run = runStep(names, { ...base, ...env });
    expect(run.status).toBe(0);
    expect(parseOutputFile(run.output)).toEqual(outputs);
  });

  it.each([
    ['cache-scope', { SCOPE: 'x\nimages=forged' }],
    ['service', { SERVICE: 'api\nscope=forged' }],
    ['registry', { REGISTRY: 'ghcr.io\r' }],
  ])('a %s with a newline is refused, nothing written', (input, env) => {
    const run = runStep(names, { ...base, ...env });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error::${input} must be a single line`);
    expect(run.output).toBe('');
  });
});

describe('release-notes.yml: expected images', () => {
  const refs = script('release-notes.yml', 'refs');
  const base = { IMAGES: '', SERVICES: 'api,web', TAG: 'v1.2.3', PREFIX: '', IMAGE_TAG: '' };

  it.each([
    {
      name: 'services and the tag',
      env: {},
      outputs: { tag: 'v1.2.3', images: 'ghcr.io/o/r/api:1.2.3\nghcr.io/o/r/web:1.2.3' },
    },
    {
      name: 'images holding the old delimiter and a forged output',
      env: { SERVICES: '', IMAGES: 'ghcr.io/o/a:1\nEOF_IMAGES\ntag=forged' },
      outputs: { tag: 'v1.2.3', images: 'ghcr.io/o/a:1\nEOF_IMAGES\ntag=forged' },
    },
  ])('$name', ({ env, outputs }) => {
    const run = runStep(refs, { ...base, ...env });
    expect(run.status).toBe(0);
    expect(parseOutputFile(run.output)).toEqual(outputs);
  });

  it.each([
    ['tag', { TAG: 'v1.2.3\nimages<<X\nforged\nX' }],
    ['image-tag', { IMAGE_TAG: '1\nmissing=forged' }],
    ['image-prefix', { PREFIX: 'ghcr.io/o\r\nx' }],
  ])('a %s with a newline is refused, nothing written', (input, env) => {
    const run = runStep(refs, { ...base, ...env });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error::${input} must be a single line`);
    expect(run.output).toBe('');
  });
});
