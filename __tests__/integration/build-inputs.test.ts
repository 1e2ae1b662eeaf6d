// The build bundle's failures that need no engine: bad input (one ::error:: before any build, no
// stack trace, no docker call) and a missing or too old buildx (a clear error saying what is
// needed). Runs on node20 and node24.
import { afterAll, describe, expect, it } from '@jest/globals';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanupRunnerTemp, leftoverFiles, NODE_VERSIONS, runAction } from '../../testkit/runner/index.js';

const FIXTURE = resolve(import.meta.dirname, '..', '..', 'testkit', 'fixtures', 'build', 'multi-stage');
const scratch = mkdtempSync(join(tmpdir(), 'build-inputs-'));
const workspace = join(scratch, 'ws');
cpSync(FIXTURE, workspace, { recursive: true });

/** A fake `docker` that records its calls and answers `buildx version` as told. */
function fakeDocker(name: string, buildxVersionLine: string | undefined): { bin: string; calls: string } {
  const bin = join(scratch, name);
  mkdirSync(bin);
  const calls = join(scratch, `${name}.calls`);
  writeFileSync(
    join(bin, 'docker'),
    [
      '#!/bin/sh',
      `echo "$*" >> '${calls}'`,
      buildxVersionLine === undefined
        ? `echo "docker: 'buildx' is not a docker command." >&2; exit 1`
        : `[ "$1 $2" = "buildx version" ] && { echo '${buildxVersionLine}'; exit 0; }; exit 99`,
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'docker'), 0o755);
  return { bin, calls };
}

afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(scratch, { recursive: true, force: true });
});

const IMG = '127.0.0.1:5000/build-inputs/app';
const bad: [string, Record<string, string>, RegExp][] = [
  ['malformed tag', { tags: `${IMG}:bad tag` }, /Input "tags": .*not an image reference/],
  ['unknown tier', { cache: 'gha,s3' }, /Input "cache": unknown tier "s3"/],
  ['bad cache-mode', { 'cache-mode': 'all' }, /Input "cache-mode": "all" is not one of: max, min/],
  ['malformed platform', { platforms: 'linux' }, /Input "platforms": "linux" is not os\/arch\[\/variant\]/],
  ['secret without id', { secrets: 'value-without-id' }, /Input "secrets": entry 1 has no id/],
  [
    'missing Dockerfile',
    { file: 'nope/Dockerfile' },
    /Input "file": Dockerfile "nope\/Dockerfile" not found/,
  ],
  ['missing context', { context: 'missing-dir' }, /Input "context": "missing-dir" is not a directory/],
  ['bad tag rule', { images: IMG, 'tag-rules': 'type=bogus' }, /Input "tag-rules": rule "type=bogus"/],
  ['builder that is an option', { builder: '--help' }, /Input "builder": "--help" is not a builder name/],
  ['builder with a space', { builder: 'a b' }, /Input "builder": "a b" is not a builder name/],
  [
    'push-by-digest with two platforms',
    { images: IMG, 'push-by-digest': 'true', platforms: 'linux/amd64,linux/arm64' },
    /Input "platforms": push-by-digest: true pushes one platform by digest .*exactly one platform/,
  ],
  [
    'push-by-digest with tags',
    { images: IMG, 'push-by-digest': 'true', platforms: 'linux/arm64', tags: `${IMG}:1` },
    /Input "tags": push-by-digest: true .*leave tags empty/,
  ],
];

describe.each(NODE_VERSIONS)('build bad input on %s', (node) => {
  it.each(bad)('%s: one ::error::, exit 1, docker never called', async (_name, inputs, message) => {
    const docker = fakeDocker(
      `bad-${node}-${_name.replace(/\W+/g, '-')}`,
      'github.com/docker/buildx v0.20.0 x',
    );
    const result = await runAction({
      action: 'build',
      node,
      workspace,
      inputs,
      env: { PATH: `${docker.bin}:${process.env.PATH}` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.log).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(docker.calls)).toBe(false); // docker never ran
    expect(leftoverFiles(result.tempDir)).toEqual([]);
  });
});

describe.each(NODE_VERSIONS)('buildx checks on %s', (node) => {
  it('says what is needed when buildx is missing', async () => {
    const docker = fakeDocker(`missing-${node}`, undefined);
    const result = await runAction({
      action: 'build',
      node,
      workspace,
      env: { PATH: `${docker.bin}:${process.env.PATH}` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(/docker buildx is not available .*needs the buildx plugin 0\.12\.0 or newer/),
    ]);
    expect(leftoverFiles(result.tempDir)).toEqual([]);
  });

  it('says what is needed when buildx is too old', async () => {
    const docker = fakeDocker(`old-${node}`, 'github.com/docker/buildx v0.10.4 c513d34');
    const result = await runAction({
      action: 'build',
      node,
      workspace,
      env: { PATH: `${docker.bin}:${process.env.PATH}` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(/docker buildx 0\.10\.4 is too old: this action needs 0\.12\.0 or newer/),
    ]);
  });

  it('says so when docker itself is missing', async () => {
    const empty = join(scratch, `empty-${node}`);
    mkdirSync(empty);
    const result = await runAction({ action: 'build', node, workspace, env: { PATH: empty } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/docker was not found on PATH/)]);
  });
});
