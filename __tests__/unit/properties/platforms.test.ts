// Platform lists, wherever they are parsed: packages/registry-client (wait-for-manifests) and
// actions/build/inputs.ts. Each fails only with an InputError naming `platforms`, a platform
// round-trips through format/parse, and every list build accepts, wait-for-manifests accepts
// too (a pipeline hands build's platforms to wait-for-manifests).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuildInputs } from '../../../actions/build/inputs.js';
import { readPlatforms as readWaitPlatforms } from '../../../actions/wait-for-manifests/inputs.js';
import { InputError, Inputs, mapInputs } from '../../../packages/action-io/index.js';
import { formatPlatform, parsePlatform } from '../../../packages/platforms/index.js';
import { hostileText, params, spliced } from '../../../testkit/arbitraries.js';

const part = fc.oneof(
  fc.constantFrom(
    'linux',
    'windows',
    'amd64',
    'arm64',
    'arm',
    'v7',
    'v8',
    's390x',
    'x86_64',
    'riscv64',
    'LINUX',
    '386',
  ),
  fc.stringMatching(/^[a-z0-9_.-]{1,8}$/),
);
const platform = fc
  .tuple(part, part, fc.option(part, { nil: undefined }))
  .map(([os, arch, variant]) => [os, arch, variant].filter((p) => p !== undefined).join('/'));
const platformList = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: platform },
      { weight: 1, arbitrary: spliced(platform) },
      { weight: 1, arbitrary: hostileText },
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .chain((items) => fc.constantFrom(',', '\n', ', ', '\r\n').map((sep) => items.join(sep)));

/** Returns the accepted list, or undefined after checking the error is an InputError for `platforms`. */
function accepted(fn: () => string[]): string[] | undefined {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('platforms');
    return undefined;
  }
}

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'dpa-platforms-'));
  writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\n');
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const build = (platforms: string) => () =>
  readBuildInputs(new Inputs(mapInputs({ platforms })), workspace).platforms;
const wait = (platforms: string) => () => readWaitPlatforms(new Inputs(mapInputs({ platforms })));

describe('platform list properties', () => {
  it('parsePlatform: undefined or a platform that formats and parses back to itself', () => {
    fc.assert(
      fc.property(fc.oneof(platform, hostileText, spliced(platform)), (text) => {
        const p = parsePlatform(text);
        if (p) expect(parsePlatform(formatPlatform(p))).toEqual(p);
      }),
      params,
    );
  });

  it('build and wait-for-manifests throw only InputError("platforms"); build-accepted lists pass both', () => {
    fc.assert(
      fc.property(platformList, (text) => {
        const fromBuild = accepted(build(text));
        const fromWait = accepted(wait(text));
        if (fromBuild) {
          expect(fromWait).toBeDefined();
          expect(fromWait).toEqual(fromBuild.map((p) => p.toLowerCase()));
        }
        for (const p of [...(fromBuild ?? []), ...(fromWait ?? [])]) expect(p).not.toMatch(/[\s,]/);
      }),
      params,
    );
  });
});
