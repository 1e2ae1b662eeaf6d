// Issue 15, point 4: the `run:` blocks of our reusable workflows that write step outputs, run in
// bash as the runner runs them, with hostile values: a newline in `images`, `service`, `tag` or
// `cache-scope` must not forge another output (random heredoc delimiters; single-line values
// with a newline are refused with an ::error::); build-multiplatform.yml's legs (only supported
// platforms, never a glob or a forged output) and each leg's digest output.
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

describe('build-multiplatform.yml: the legs and each leg digest', () => {
  const legs = script('build-multiplatform.yml', 'legs');
  const digest = script('build-multiplatform.yml', 'digest');
  const base = {
    PLATFORMS: 'linux/amd64,linux/arm64',
    RUNNERS: 'linux/amd64=ubuntu-24.04,linux/arm64=ubuntu-24.04-arm',
  };
  const matrixOf = (output: string) => JSON.parse(parseOutputFile(output).matrix!) as { include: object[] };

  it.each([
    {
      name: 'the defaults: one native runner per platform',
      env: {},
      include: [
        { platform: 'linux/amd64', slot: 'linux-amd64', runner: 'ubuntu-24.04' },
        { platform: 'linux/arm64', slot: 'linux-arm64', runner: 'ubuntu-24.04-arm' },
      ],
    },
    {
      name: 'runners one per line, a default label, spaces and newlines in platforms',
      env: {
        PLATFORMS: 'linux/arm/v7,\n linux/s390x',
        RUNNERS: 'default=self-hosted-x64\nlinux/arm/v7 = arm-box',
      },
      include: [
        { platform: 'linux/arm/v7', slot: 'linux-arm-v7', runner: 'arm-box' },
        { platform: 'linux/s390x', slot: 'linux-s390x', runner: 'self-hosted-x64' },
      ],
    },
  ])('$name', ({ env, include }) => {
    const run = runStep(legs, { ...base, ...env });
    expect(run.status).toBe(0);
    expect(matrixOf(run.output)).toEqual({ include });
  });

  it.each([
    {
      name: 'a platform outside the supported set',
      platforms: 'linux/mips64',
      error: 'linux/mips64 is not one this workflow',
    },
    {
      name: 'a forged output after a newline',
      platforms: 'linux/amd64\nmatrix=forged',
      error: 'an entry is not os/arch[/variant]',
    },
    { name: 'a glob', platforms: '*', error: 'an entry is not os/arch[/variant]' },
    {
      name: 'a workflow command',
      platforms: '::set-output name=x::y',
      error: 'an entry is not os/arch[/variant]',
    },
    { name: 'nothing', platforms: ' , ', error: 'none given' },
  ])('refuses $name, nothing written', ({ platforms, error }) => {
    const run = runStep(legs, { ...base, PLATFORMS: platforms });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error::platforms: ${error}`);
    expect(run.stdout).not.toContain('::set-output');
    expect(run.output).toBe('');
  });

  it('a leg writes its digest under its platform output only', () => {
    const sha = `sha256:${'a'.repeat(64)}`;
    const run = runStep(digest, { SLOT: 'linux-arm64', DIGEST: sha });
    expect(run.status).toBe(0);
    expect(parseOutputFile(run.output)).toEqual({ 'linux-arm64': sha });
  });

  it.each([
    { name: 'empty', value: '' },
    { name: 'a forged output', value: `sha256:${'a'.repeat(64)}\nlinux-amd64=forged` },
  ])('a leg refuses a digest that is $name', ({ value }) => {
    const run = runStep(digest, { SLOT: 'linux-arm64', DIGEST: value });
    expect(run.status).toBe(1);
    expect(run.output).toBe('');
  });
});
