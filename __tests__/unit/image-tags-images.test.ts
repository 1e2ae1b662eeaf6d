// The `images` input as metadata-action documents it (`name=...,enable=...` lines, no images
// meaning bare tags) and placeholders in label/annotation values.
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../packages/action-io/index.js';
import { computeImageMetadata, parseImageEntries } from '../../packages/image-tags/index.js';
import { push, rulesInput } from '../../testkit/image-tags.js';

describe('images: per-image attributes and bare tags', () => {
  const meta = (images: string[], ctx = push('main')) =>
    computeImageMetadata(rulesInput({ images, tagRules: 'type=ref,event=branch\ntype=sha' }), ctx);

  it.each([
    ['plain names', ['ghcr.io/x/y', 'docker.io/x/y'], push('main'), ['ghcr.io/x/y', 'docker.io/x/y']],
    ['comma-separated names', ['ghcr.io/x/y, docker.io/x/y'], push('main'), ['ghcr.io/x/y', 'docker.io/x/y']],
    ['name= lower-cased', ['name=ghcr.io/X/Y'], push('main'), ['ghcr.io/x/y']],
    [
      'enable=false drops an image',
      ['name=ghcr.io/x/y', 'name=docker.io/x/y,enable=false'],
      push('main'),
      ['ghcr.io/x/y'],
    ],
    [
      'enable={{is_default_branch}} on main',
      ['ghcr.io/x/y', 'name=docker.io/x/y,enable={{is_default_branch}}'],
      push('main'),
      ['ghcr.io/x/y', 'docker.io/x/y'],
    ],
    [
      'enable={{is_default_branch}} on dev',
      ['ghcr.io/x/y', 'name=docker.io/x/y,enable={{is_default_branch}}'],
      push('dev'),
      ['ghcr.io/x/y'],
    ],
    ['comments and blank lines', ['# registries', '', 'ghcr.io/x/y'], push('main'), ['ghcr.io/x/y']],
  ])('%s', (_name, images, ctx, expected) => {
    const m = meta(images, ctx);
    expect(m.images).toEqual(expected);
    expect(m.tags).toEqual(expected.flatMap((image) => m.tagNames.map((t) => `${image}:${t}`)));
  });

  it.each([
    ['no images: bare tags', [], ['main', 'sha-0123456'], ['sha-0123456']],
    ['every image disabled: no references', ['name=ghcr.io/x/y,enable=false'], [], []],
  ])('%s', (_name, images, tags, shaTags) => {
    const m = meta(images);
    expect(m.tagNames).toEqual(['main', 'sha-0123456']);
    expect(m.tags).toEqual(tags);
    expect(m.shaTags).toEqual(shaTags);
    expect(m.version).toBe('main');
  });

  it.each([
    ['name=,enable=true', /needs a non-empty name=/],
    ['name=ghcr.io/x/y,enable=maybe', /enable=maybe \(allowed: true, false/],
    ['name=ghcr.io/x/y,colour=red', /has "colour" \(allowed: name=, enable=\)/],
    ['name=ghcr.io/x/y,name=ghcr.io/x/z', /sets "name" twice/],
    ['name=ghcr.io/x/y:v1', /has a tag/],
  ])('rejects %s', (line, message) => {
    expect(() => parseImageEntries([line])).toThrow(message);
    try {
      parseImageEntries([line]);
    } catch (error) {
      expect((error as InputError).input).toBe('images');
    }
  });
});

describe('placeholders in label and annotation values', () => {
  const computed = (labels: string[], annotations: string[] = []) =>
    computeImageMetadata(rulesInput({ tagRules: 'type=sha', labels, annotations }), {
      ...push('feature/x'),
      commitDate: '2019-12-31T23:59:58Z',
    });

  it.each([
    [
      'commit date, README example',
      "org.opencontainers.image.created={{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}",
      'org.opencontainers.image.created',
      '2019-12-31T23:59:58.000Z',
    ],
    [
      'build date in Tokyo',
      "com.example.built={{date 'YYYY-MM-DD HH:mm' tz='Asia/Tokyo'}}",
      'com.example.built',
      '2020-01-10 09:30',
    ],
    ['branch and sha', 'com.example.ref={{branch}}@{{sha}}', 'com.example.ref', 'feature/x@0123456'],
    ['plain text', 'com.example.team=audio', 'com.example.team', 'audio'],
  ])('%s', (_name, line, key, value) => {
    expect(computed([line]).json.labels[key]).toBe(value);
    expect(computed([], [line]).json.annotations[key]).toBe(value);
  });

  it('an unknown placeholder in a label fails naming the input', () => {
    expect(() => computed(['com.example.x={{version}}'])).toThrow(
      /Input "labels": .*"\{\{version\}\}" is not a known placeholder/,
    );
  });
});
