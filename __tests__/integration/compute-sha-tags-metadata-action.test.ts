// compute-sha-tags as a docker/metadata-action user writes it (issue 16): per-image attributes,
// empty images (bare tags), sep-* separators, the json output's shape, annotation levels, the
// DOCKER_METADATA_* variables it reads, and the DOCKER_METADATA_OUTPUT_* variables it exports.
// The real bundle through the runner harness, on node20 and node24; expected values worked out
// from metadata-action's documentation.
import { afterAll, describe, expect, it } from '@jest/globals';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction } from '../../testkit/runner/index.js';

const IMAGE = 'ghcr.io/octo-org/octo-repo/api';
const env = { SOURCE_DATE_EPOCH: '1714566896' };
afterAll(cleanupRunnerTemp);

type Case = [
  name: string,
  event: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
  expected: Record<string, string>,
];

const cases: Case[] = [
  [
    'images with enable=: the disabled one gets no tags',
    'push-branch',
    {
      images: `name=${IMAGE},enable=true\nname=docker.io/octo/api,enable={{is_default_branch}}\nname=quay.io/octo/api,enable=false`,
      tags: 'type=ref,event=branch',
    },
    {},
    { tags: `${IMAGE}:main\ndocker.io/octo/api:main` },
  ],
  [
    'comma-separated names on one line still work',
    'push-branch',
    { images: `${IMAGE},docker.io/octo/api`, tags: 'type=ref,event=branch' },
    {},
    { tags: `${IMAGE}:main\ndocker.io/octo/api:main` },
  ],
  [
    'empty images: bare tags',
    'push-branch',
    { tags: 'type=ref,event=branch\ntype=sha' },
    {},
    { tags: 'main\nsha-1111111', 'tag-names': 'main\nsha-1111111' },
  ],
  [
    'sep-tags with a space: kept as written (not trimmed)',
    'push-branch',
    { images: IMAGE, tags: 'type=ref,event=branch\ntype=sha', 'sep-tags': ', ' },
    {},
    { tags: `${IMAGE}:main, ${IMAGE}:sha-1111111`, 'tag-names': 'main, sha-1111111' },
  ],
  [
    'sep-tags and sep-labels',
    'push-branch',
    { images: IMAGE, tags: 'type=ref,event=branch\ntype=sha', 'sep-tags': ',', 'sep-labels': ';' },
    {},
    { tags: `${IMAGE}:main,${IMAGE}:sha-1111111`, 'tag-names': 'main,sha-1111111' },
  ],
  [
    'DOCKER_METADATA_PR_HEAD_SHA=false tags the merge commit, as metadata-action does',
    'pull-request',
    { images: IMAGE, tags: 'type=sha' },
    { DOCKER_METADATA_PR_HEAD_SHA: 'false' },
    { tags: `${IMAGE}:sha-5555555` },
  ],
  [
    'the pr-head-sha input wins over the variable',
    'pull-request',
    { images: IMAGE, tags: 'type=sha', 'pr-head-sha': 'true' },
    { DOCKER_METADATA_PR_HEAD_SHA: 'false' },
    { tags: `${IMAGE}:sha-5a5a5a5` },
  ],
  [
    'DOCKER_METADATA_SHORT_SHA_LENGTH=10',
    'push-branch',
    { images: IMAGE, tags: 'type=sha' },
    { DOCKER_METADATA_SHORT_SHA_LENGTH: '10' },
    { tags: `${IMAGE}:sha-1111111111`, 'short-sha': '1111111111' },
  ],
];

describe.each(NODE_VERSIONS)('metadata-action inputs on %s', (node) => {
  it.each(cases)('%s', async (_name, event, inputs, extraEnv, expected) => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      event,
      inputs,
      env: { ...env, ...extraEnv },
    });
    expect(r.errors).toEqual([]);
    expect(r.exitCode).toBe(0);
    for (const [name, value] of Object.entries(expected))
      expect([name, r.outputs[name]]).toEqual([name, value]);
  });

  it('json has metadata-action shape; every output is exported as DOCKER_METADATA_OUTPUT_*', async () => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      event: 'push-branch',
      inputs: { images: IMAGE, tags: 'type=ref,event=branch' },
      env,
    });
    const json = JSON.parse(r.outputs.json) as Record<string, unknown>;
    expect(json.tags).toEqual([`${IMAGE}:main`]);
    expect(json['tag-names']).toEqual(['main']);
    expect(json.labels).toMatchObject({ 'org.opencontainers.image.version': 'main' });
    expect(Array.isArray(json.annotations)).toBe(true);
    expect(json.annotations).toContain('org.opencontainers.image.version=main');
    for (const name of ['tags', 'tag-names', 'labels', 'annotations', 'version', 'json'])
      expect(r.env[`DOCKER_METADATA_OUTPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(r.outputs[name]);
  });

  it('DOCKER_METADATA_ANNOTATIONS_LEVELS=manifest,index: each annotation once per level', async () => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      event: 'push-branch',
      inputs: { images: IMAGE, tags: 'type=ref,event=branch' },
      env: {
        ...env,
        DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index',
        DOCKER_METADATA_SET_OUTPUT_ENV: 'false',
      },
    });
    const lines = r.outputs.annotations.split('\n');
    expect(lines).toContain('manifest:org.opencontainers.image.version=main');
    expect(lines).toContain('index:org.opencontainers.image.version=main');
    expect(lines.every((l) => /^(manifest|index):/.test(l))).toBe(true);
    expect(Object.keys(r.env).filter((k) => k.startsWith('DOCKER_METADATA_OUTPUT_'))).toEqual([]);
  });
});
