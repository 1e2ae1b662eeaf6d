// merge-manifests' inputs: the digests parser's named cases and readInputs (which digests and
// tags go to which image, tags or tag-rules, index annotations), every refusal naming its input.
import { describe, expect, it } from '@jest/globals';
import { parseDigests } from '../../actions/merge-manifests/digests.js';
import { readInputs } from '../../actions/merge-manifests/inputs.js';
import { InputError, Inputs, mapInputs } from '../../packages/action-io/index.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const read = (values: Record<string, string>, env: Record<string, string> = {}) =>
  readInputs(env, new Inputs(mapInputs(values)));

describe('parseDigests', () => {
  it.each([
    { name: 'bare lines', text: `${D('a')}\n${D('b')}`, want: [{ digest: D('a') }, { digest: D('b') }] },
    {
      name: 'comments and commas',
      text: `# legs\n${D('a')}, ${D('b')}`,
      want: [{ digest: D('a') }, { digest: D('b') }],
    },
    {
      name: 'name@digest',
      text: `ghcr.io/O/App@${D('a')}`,
      want: [{ digest: D('a'), image: 'ghcr.io/o/app' }],
    },
    {
      name: 'IPv6 registry (not JSON)',
      text: `[::1]:5000/a@${D('a')}`,
      want: [{ digest: D('a'), image: '[::1]:5000/a' }],
    },
    { name: 'duplicates once', text: `${D('a')}\n${D('a')}`, want: [{ digest: D('a') }] },
    {
      name: 'object keyed by platform',
      text: JSON.stringify({ 'linux/ARM64': D('b'), 'linux/amd64': `r.io/x@${D('a')}\nq.io/x@${D('a')}` }),
      want: [
        { digest: D('b'), platform: 'linux/arm64' },
        { digest: D('a'), image: 'r.io/x', platform: 'linux/amd64' },
        { digest: D('a'), image: 'q.io/x', platform: 'linux/amd64' },
      ],
    },
    {
      name: 'object keyed by output name, empty skipped',
      text: JSON.stringify({ 'linux-amd64': D('a'), 'linux-arm64': '' }),
      want: [{ digest: D('a') }],
    },
    {
      name: 'array',
      text: JSON.stringify([D('a'), `${D('b')}\n${D('c')}`]),
      want: [{ digest: D('a') }, { digest: D('b') }, { digest: D('c') }],
    },
  ])('$name', ({ text, want }) => {
    expect(parseDigests(text)).toEqual(want);
  });

  it.each([
    { name: 'empty', text: '  ', problem: 'is required' },
    { name: 'short digest', text: 'sha256:abc', problem: '"sha256:abc" is not a sha256 digest' },
    { name: 'sha512', text: `sha512:${'a'.repeat(128)}`, problem: 'is not a sha256 digest' },
    { name: 'a tag', text: `r.io/x:1@${D('a')}`, problem: 'has a tag' },
    { name: 'broken JSON', text: '{"linux/amd64":', problem: 'not valid JSON' },
    { name: 'a number value', text: '{"a":1}', problem: 'is a number' },
    { name: 'bad platform key', text: JSON.stringify({ 'linux/': D('a') }), problem: 'is not a platform' },
    {
      name: 'digest on two platforms',
      text: JSON.stringify({ 'linux/amd64': D('a'), 'linux/arm64': D('a') }),
      problem: 'both linux/amd64 and linux/arm64',
    },
  ])('refuses $name, naming digests', ({ text, problem }) => {
    expect(() => parseDigests(text)).toThrow(InputError);
    expect(() => parseDigests(text)).toThrow(problem);
  });
});

type Case = { name: string; values: Record<string, string>; input: string };

describe('readInputs (plan)', () => {
  it('bare digests go to every image, name@digest to its own; tags to the image they name', async () => {
    const inputs = await read({
      images: 'a.io/x\nb.io/y',
      digests: `${D('1')}\na.io/x@${D('2')}`,
      tags: 'a.io/x:1, b.io/y:1, b.io/y:latest',
    });
    expect(inputs.plans.map((p) => [p.image.name, p.digests.map((d) => d.digest), p.tags])).toEqual([
      ['a.io/x', [D('1'), D('2')], ['1']],
      ['b.io/y', [D('1')], ['1', 'latest']],
    ]);
    expect(inputs.requestTimeoutMs).toBe(30_000);
  });

  it('docker.io names match however written (nginx, docker.io/library/nginx)', async () => {
    const inputs = await read({
      images: 'nginx',
      digests: `docker.io/library/nginx@${D('1')}`,
      tags: 'docker.io/nginx:1, nginx:2',
    });
    expect(inputs.plans.map((p) => [p.image.name, p.digests.length, p.tags])).toEqual([
      ['nginx', 1, ['1', '2']],
    ]);
  });

  it('computes tags from tag-rules and flavor on a push of a tag', async () => {
    const inputs = await read(
      {
        images: 'a.io/x',
        digests: D('1'),
        'tag-rules': 'type=semver,pattern={{version}}',
        flavor: 'latest=true',
      },
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REPOSITORY: 'o/r',
      },
    );
    expect(inputs.plans[0].tags).toEqual(['1.2.3', 'latest']);
  });

  it('reads index annotations, metadata-action style; other levels are skipped', async () => {
    const inputs = await read({
      images: 'a.io/x',
      digests: D('1'),
      tags: 'a.io/x:1',
      annotations: 'org.a=1\nindex:org.b=x=y\nmanifest:org.c=3\nmanifest-descriptor[linux/amd64]:org.d=4',
    });
    expect(inputs.annotations).toEqual({ 'org.a': '1', 'org.b': 'x=y' });
  });

  it.each<Case>([
    { name: 'no images', values: { digests: D('1') }, input: 'images' },
    { name: 'an image with a tag', values: { images: 'a.io/x:1', digests: D('1') }, input: 'images' },
    {
      name: 'digest of another image',
      values: { images: 'a.io/x', digests: `b.io/y@${D('1')}`, tags: 'a.io/x:1' },
      input: 'digests',
    },
    {
      name: 'an image without digests',
      values: { images: 'a.io/x,b.io/y', digests: `a.io/x@${D('1')}`, tags: 'a.io/x:1,b.io/y:1' },
      input: 'digests',
    },
    {
      name: 'tag of another image',
      values: { images: 'a.io/x', digests: D('1'), tags: 'b.io/y:1' },
      input: 'tags',
    },
    {
      name: 'an image without tags',
      values: { images: 'a.io/x,b.io/y', digests: D('1'), tags: 'a.io/x:1' },
      input: 'tags',
    },
    {
      name: 'tags and tag-rules',
      values: { images: 'a.io/x', digests: D('1'), tags: 'a.io/x:1', 'tag-rules': 'type=sha' },
      input: 'tags',
    },
    {
      name: 'a tag with a digest',
      values: { images: 'a.io/x', digests: D('1'), tags: `a.io/x:1@${D('2')}` },
      input: 'tags',
    },
    {
      name: 'a bad annotation',
      values: { images: 'a.io/x', digests: D('1'), tags: 'a.io/x:1', annotations: '=x' },
      input: 'annotations',
    },
    {
      name: 'a bad platform',
      values: { images: 'a.io/x', digests: D('1'), tags: 'a.io/x:1', platforms: 'linux' },
      input: 'platforms',
    },
    {
      name: 'a bad insecure registry',
      values: { images: 'a.io/x', digests: D('1'), tags: 'a.io/x:1', 'insecure-registries': 'a b' },
      input: 'insecure-registries',
    },
  ])('refuses $name, naming $input', async ({ values, input }) => {
    await expect(read(values)).rejects.toMatchObject({ name: 'InputError', input });
  });
});
