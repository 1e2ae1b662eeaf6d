import { describe, expect, it } from '@jest/globals';
import {
  parseImageName,
  parseReference,
  ReferenceError,
  registryApiHost,
  sanitizeTag,
  serviceName,
} from '../../packages/image-ref/index.js';

describe('parseImageName', () => {
  it.each([
    ['ghcr.io/Org/Repo/api', 'ghcr.io', 'org/repo/api', 'ghcr.io/org/repo/api'],
    ['nginx', 'docker.io', 'library/nginx', 'nginx'],
    ['runpod/tetra-rp', 'docker.io', 'runpod/tetra-rp', 'runpod/tetra-rp'],
    ['docker.io/runpod/tetra-rp', 'docker.io', 'runpod/tetra-rp', 'docker.io/runpod/tetra-rp'],
    ['localhost:5000/a/b', 'localhost:5000', 'a/b', 'localhost:5000/a/b'],
    ['127.0.0.1:5000/x__y/z-1.2', '127.0.0.1:5000', 'x__y/z-1.2', '127.0.0.1:5000/x__y/z-1.2'],
    ['  ghcr.io/o/r  ', 'ghcr.io', 'o/r', 'ghcr.io/o/r'],
  ])('%s', (input, registry, repository, name) => {
    expect(parseImageName(input)).toEqual({ registry, repository, name });
  });

  it.each([
    ['', /empty/],
    ['ghcr.io/o/r:tag', /has a tag/],
    ['ghcr.io/o/r@sha256:' + 'a'.repeat(64), /has a digest/],
    ['ghcr.io/o r', /white space/],
    ['ghcr.io/o/r!', /invalid path component/],
    ['ghcr.io//r', /invalid path component/],
    ['ghcr.io/o/-r', /invalid path component/],
    ['ghcr.io/o/r.', /invalid path component/],
    ['-bad.io/o/r', /not a valid registry host/],
  ])('rejects %j', (input, message) => {
    expect(() => parseImageName(input)).toThrow(ReferenceError);
    expect(() => parseImageName(input)).toThrow(message);
  });
});

describe('parseReference', () => {
  const digest = 'sha256:' + 'ab'.repeat(32);
  it.each([
    [
      'ghcr.io/o/api:v1.0.0',
      { registry: 'ghcr.io', repository: 'o/api', tag: 'v1.0.0', ref: 'ghcr.io/o/api:v1.0.0' },
    ],
    ['nginx:1', { registry: 'docker.io', repository: 'library/nginx', tag: '1', ref: 'nginx:1' }],
    [
      `localhost:5000/a@${digest}`,
      { registry: 'localhost:5000', repository: 'a', digest, ref: `localhost:5000/a@${digest}` },
    ],
    [
      `r.io/a:t@${digest}`,
      { registry: 'r.io', repository: 'a', tag: 't', digest, ref: `r.io/a:t@${digest}` },
    ],
  ])('%s', (input, expected) => {
    expect(parseReference(input)).toMatchObject(expected);
  });

  it.each([
    ['ghcr.io/o/api', /neither a tag nor a digest/],
    ['ghcr.io/o/api:', /invalid tag/],
    ['ghcr.io/o/api:-x', /invalid tag/],
    ['ghcr.io/o/api:' + 'x'.repeat(129), /invalid tag/],
    ['ghcr.io/o/api@sha256:abc', /malformed digest/],
    ['ghcr.io/o/api@md5:' + 'a'.repeat(32), /malformed digest/],
    ['ghcr.io/o/API:1 x', /not an image reference/],
  ])('rejects %j', (input, message) => {
    expect(() => parseReference(input)).toThrow(message);
  });

  it('allows a bare name when asked', () => {
    expect(parseReference('ghcr.io/o/api', { requireTagOrDigest: false }).ref).toBe('ghcr.io/o/api');
  });
});

describe('helpers', () => {
  it('maps Docker Hub to its API host', () => {
    expect(registryApiHost('docker.io')).toBe('registry-1.docker.io');
    expect(registryApiHost('ghcr.io')).toBe('ghcr.io');
  });
  it('names the service by the last path segment', () => {
    expect(serviceName(parseImageName('ghcr.io/org/repo/indexing-service'))).toBe('indexing-service');
  });
  it.each([
    ['feature/Awesome_Thing-1', 'feature-Awesome_Thing-1'],
    ['..-lead', 'lead'],
    ['a b$c', 'a-b-c'],
    ['x'.repeat(200), 'x'.repeat(128)],
  ])('sanitizes %j', (input, expected) => {
    expect(sanitizeTag(input)).toBe(expected);
  });
});
