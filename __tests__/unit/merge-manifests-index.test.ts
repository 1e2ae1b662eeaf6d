// merge-manifests' OCI index: built from image manifests and indexes (attestations kept and
// annotated), refused for a duplicate, misplaced or missing platform; config platforms; outputs
// and the summary rows.
import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../actions/merge-manifests/inputs.js';
import { buildIndex, MergeError, type Source } from '../../actions/merge-manifests/oci-index.js';
import { mergeOutputs, summaryRows } from '../../actions/merge-manifests/report.js';
import { platformOfConfigJson } from '../../actions/merge-manifests/sources.js';
import { Inputs, mapInputs } from '../../packages/action-io/index.js';
import { sha256Of } from '../../packages/registry-client/index.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const read = (values: Record<string, string>) => readInputs({}, new Inputs(mapInputs(values)));

const image = (digest: string, architecture: string, variant?: string): Source => ({
  digest,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  body: Buffer.from(`manifest ${digest}`),
  platform: { os: 'linux', architecture, ...(variant ? { variant } : {}) },
});
const attestedIndex = (digest: string, inner: string, architecture: string): Source => ({
  digest,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  body: Buffer.from(
    JSON.stringify({
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: inner,
          size: 10,
          platform: { os: 'linux', architecture },
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: D('f'),
          size: 5,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: {
            'vnd.docker.reference.digest': inner,
            'vnd.docker.reference.type': 'attestation-manifest',
          },
        },
      ],
    }),
  ),
});

describe('buildIndex', () => {
  it('an image manifest is one entry, an index gives its entries; attestations go last, annotated', () => {
    const built = buildIndex([attestedIndex(D('1'), D('a'), 'amd64'), image(D('2'), 'arm64', 'v8')], {
      platforms: ['linux/amd64', 'linux/arm64'],
      annotations: { 'org.x': 'y' },
    });
    const index = JSON.parse(built.body.toString('utf8'));
    expect(built.digest).toBe(sha256Of(built.body));
    expect(built.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(index).toMatchObject({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      annotations: { 'org.x': 'y' },
    });
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([D('a'), D('2'), D('f')]);
    expect(index.manifests[1].size).toBe(Buffer.from(`manifest ${D('2')}`).length);
    expect(index.manifests[2].annotations['vnd.docker.reference.digest']).toBe(D('a'));
  });

  it('is deterministic: the same sources give the same digest', () => {
    const sources = [image(D('1'), 'amd64'), image(D('2'), 'arm64')];
    const opts = { platforms: [], annotations: {} };
    expect(buildIndex(sources, opts).digest).toBe(buildIndex(sources, opts).digest);
  });

  it.each([
    {
      name: 'a duplicate platform',
      sources: [image(D('1'), 'amd64'), image(D('2'), 'amd64')],
      platforms: [],
      input: 'digests',
      problem: 'linux/amd64 is in both',
    },
    {
      name: 'a platform not where the input said',
      sources: [{ ...image(D('1'), 'amd64'), expected: 'linux/arm64' }],
      platforms: [],
      input: 'digests',
      problem: 'was given as linux/arm64 but holds linux/amd64',
    },
    {
      name: 'a wanted platform absent',
      sources: [image(D('1'), 'amd64')],
      platforms: ['linux/amd64', 'linux/arm64'],
      input: 'platforms',
      problem: 'linux/arm64 not in the digests',
    },
    {
      name: 'a config without platform',
      sources: [{ ...image(D('1'), 'amd64'), platform: undefined }],
      platforms: [],
      input: 'digests',
      problem: 'names no platform',
    },
  ])('refuses $name', ({ sources, platforms, input, problem }) => {
    expect(() => buildIndex(sources, { platforms, annotations: {} })).toThrow(MergeError);
    try {
      buildIndex(sources, { platforms, annotations: {} });
    } catch (error) {
      expect((error as MergeError).input).toBe(input);
      expect((error as MergeError).message).toContain(problem);
    }
  });
});

describe('platformOfConfigJson', () => {
  it.each([
    {
      name: 'os and architecture',
      config: { os: 'linux', architecture: 'amd64' },
      want: { os: 'linux', architecture: 'amd64' },
    },
    {
      name: 'variant',
      config: { os: 'linux', architecture: 'arm', variant: 'v7' },
      want: { os: 'linux', architecture: 'arm', variant: 'v7' },
    },
    {
      name: 'windows os.version',
      config: { os: 'windows', architecture: 'amd64', 'os.version': '10.0.1' },
      want: { os: 'windows', architecture: 'amd64', 'os.version': '10.0.1' },
    },
    { name: 'no architecture', config: { os: 'linux' }, want: undefined },
  ])('$name', ({ config, want }) => {
    expect(platformOfConfigJson(Buffer.from(JSON.stringify(config)))).toEqual(want);
  });
});

describe('outputs and summary', () => {
  it('digest, tags, image-refs and platforms; one summary row per image', async () => {
    const { plans } = await read({ images: 'a.io/x', digests: D('1'), tags: 'a.io/x:1,a.io/x:2' });
    const index = buildIndex([image(D('1'), 'amd64'), image(D('2'), 'arm64')], {
      platforms: [],
      annotations: {},
    });
    const merged = [{ plan: plans[0], index }];
    expect(mergeOutputs(merged)).toEqual({
      digest: index.digest,
      tags: ['a.io/x:1', 'a.io/x:2'],
      'image-refs': [`a.io/x@${index.digest}`],
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    expect(summaryRows(merged)).toEqual([
      [
        '<code>a.io/x</code>',
        `<code>${index.digest}</code>`,
        'linux/amd64, linux/arm64',
        '0',
        '<code>1</code> <code>2</code>',
      ],
    ]);
  });
});
