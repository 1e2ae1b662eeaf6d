// build-push-action v7's inputs through the build bundle (issue 16, item 11): add-hosts and
// no-cache-filters on the real engine (a RUN that fails unless the host mapping reached it), and
// `call: check`. On the private engine `call: check` runs for real: with buildx 0.15+ its finding
// must be an annotation on the Dockerfile line; with an older buildx (0.13 today) the step must
// fail up front saying so. A recording docker that prints buildkit's check output pins the
// annotation path whatever the engine's buildx is.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunnerTemp, leftoverFiles, runAction } from '../../testkit/runner/index.js';
import { docker, ensureBaseImage, ensureDocker } from '../../testkit/services/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'build-bpa-'));
let dockerEnv: Record<string, string>;
let base: string;

beforeAll(async () => {
  dockerEnv = (await ensureDocker()).env;
  base = await ensureBaseImage();
});

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

let count = 0;
function workspace(dockerfile: string): string {
  const dir = join(scratch, `ws-${++count}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  return dir;
}

// `FROM ... as` in lower case after an upper-case FROM: buildkit's FromAsCasing check, line 2.
const CASING = 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE} as Base\nRUN true\n';
const HOSTS =
  'ARG BASE_IMAGE\nFROM ${BASE_IMAGE} AS probe\nRUN grep -q "10.180.0.1.*dpa-added-host" /etc/hosts\n';

describe('on the real engine (node20)', () => {
  it('add-hosts reaches RUN (and no-cache-filters is accepted); without it the same RUN fails', async () => {
    const ws = workspace(HOSTS);
    const inputs = { cache: 'none', 'build-args': `BASE_IMAGE=${base}`, 'no-cache-filters': 'probe' };
    const withHost = await runAction({
      action: 'build',
      node: 'node20',
      workspace: ws,
      inputs: { ...inputs, 'add-hosts': 'dpa-added-host:10.180.0.1' },
      env: dockerEnv,
      timeoutMs: 240_000,
    });
    expect(withHost.errors).toEqual([]);
    expect(withHost.exitCode).toBe(0);
    expect(withHost.log).toContain('--add-host dpa-added-host:10.180.0.1');
    expect(withHost.log).toContain('--no-cache-filter probe');
    const without = await runAction({
      action: 'build',
      node: 'node20',
      workspace: ws,
      inputs,
      env: dockerEnv,
    });
    expect(without.exitCode).toBe(1);
    expect(without.errors).toEqual([expect.stringMatching(/grep -q .*dpa-added-host/)]);
    expect(leftoverFiles(withHost.tempDir)).toEqual([]);
  }, 300_000);

  it('call: check annotates the finding (buildx 0.15+) or fails saying buildx is too old', async () => {
    const version = /v?(\d+)\.(\d+)\.\d+/.exec((await docker(['buildx', 'version'])).stdout);
    const modern = version !== null && (Number(version[1]) > 0 || Number(version[2]) >= 15);
    const result = await runAction({
      action: 'build',
      node: 'node20',
      workspace: workspace(CASING),
      inputs: { cache: 'none', 'build-args': `BASE_IMAGE=${base}`, call: 'check' },
      env: dockerEnv,
      timeoutMs: 240_000,
    });
    expect(result.exitCode).toBe(1);
    if (modern) {
      const finding = result.annotations.find((a) => a.level === 'warning' && /FromAsCasing/.test(a.message));
      expect(finding?.properties).toMatchObject({ file: 'Dockerfile', line: '2' });
      expect(result.errors).toEqual([expect.stringMatching(/--call check: Check complete, 1 warning/)]);
    } else {
      expect(result.errors).toEqual([
        expect.stringMatching(/call input needs docker buildx 0\.15\.0 or newer/),
      ]);
      expect(result.log).not.toContain('--call');
    }
  }, 300_000);
});

/** A docker that answers buildx version/inspect and prints buildkit's check output for a build. */
function checkingDocker(): { bin: string; calls: string } {
  const bin = join(scratch, 'fake-bin');
  mkdirSync(bin, { recursive: true });
  const calls = join(scratch, 'fake.calls');
  const output = join(scratch, 'check-output.txt');
  writeFileSync(
    output,
    [
      'Check complete, 1 warning has been found!',
      '',
      'WARNING: FromAsCasing - https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
      "'as' and 'FROM' keywords' casing do not match",
      'Dockerfile:2',
      '--------------------',
      '   2 | >>> FROM ${BASE_IMAGE} as Base',
      '--------------------',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(bin, 'docker'),
    [
      '#!/bin/sh',
      `echo "$*" >> '${calls}'`,
      `[ "$1 $2" = "buildx version" ] && { echo 'github.com/docker/buildx v0.20.0 x'; exit 0; }`,
      `[ "$1 $2" = "buildx inspect" ] && { printf 'Name: default\\nDriver: docker\\n'; exit 0; }`,
      `[ "$1 $2" = "buildx build" ] && { cat '${output}'; exit 1; }`,
      'exit 99',
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'docker'), 0o755);
  return { bin, calls };
}

describe.each(['node20', 'node24'] as const)('call: check output becomes annotations on %s', (node) => {
  it('one warning on Dockerfile line 2; the step fails with buildx summary; nothing pushed', async () => {
    const fake = checkingDocker();
    rmSync(fake.calls, { force: true });
    const result = await runAction({
      action: 'build',
      node,
      workspace: workspace(CASING),
      inputs: { cache: 'none', call: 'check', push: 'true', tags: '127.0.0.1:5000/bpa/app:1' },
      env: { PATH: `${fake.bin}:${process.env.PATH}` },
    });
    expect(result.exitCode).toBe(1);
    const findings = result.annotations.filter(
      (a) => a.level === 'warning' && /FromAsCasing/.test(a.message),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].properties).toMatchObject({ file: 'Dockerfile', line: '2' });
    expect(result.errors).toEqual([
      'docker buildx build --call check: Check complete, 1 warning has been found!',
    ]);
    const build = readFileSync(fake.calls, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('buildx build'));
    expect(build).toContain('--call check');
    expect(build).not.toContain('--push');
  });
});
