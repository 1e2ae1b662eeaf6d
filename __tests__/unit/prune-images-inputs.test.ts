// prune-images' inputs: rules, counts, ages and images read into one typed value, or one
// InputError naming the input and what is allowed.
import { describe, expect, it } from '@jest/globals';
import { InputError, Inputs, mapInputs } from '../../packages/action-io/index.js';
import { readInputs } from '../../actions/prune-images/inputs.js';
import { manifestsOf } from '../../testkit/prune-plan.js';
import { cosignSubject, parseManifestInfo } from '../../actions/prune-images/manifest-info.js';
import { nextTagsPath } from '../../packages/registry-client/index.js';

const ENV = { GITHUB_REPOSITORY: 'octo-org/octo-repo' };
const read = (values: Record<string, string>, env: NodeJS.ProcessEnv = ENV) =>
  readInputs(env, new Inputs(mapInputs({ images: 'registry.test/app', ...values })));

describe('readInputs', () => {
  it.each([
    [
      'patterns, keep-n, age',
      { 'delete-tags': 'sha-*, pr-*', 'keep-n-tagged': '3', 'older-than': '2w' },
      { keepNTagged: 3, olderThanMs: 14 * 86_400_000 },
    ],
    ['untagged alone is a rule', { untagged: 'true' }, { untagged: true, deleteTags: [] }],
    [
      'the PR rule alone, with a token',
      { 'pr-tags-of-closed-prs': 'true', token: 't' },
      { prTagsOfClosedPrs: true },
    ],
  ])('%s', async (_name, values, expected) => {
    expect((await read(values)).rules).toMatchObject(expected);
  });

  it.each([
    ['invalid pattern', { 'delete-tags': 'a/b' }, 'delete-tags'],
    ['negative count', { 'delete-tags': '*', 'keep-n-tagged': '-2' }, 'keep-n-tagged'],
    ['unknown unit', { 'delete-tags': '*', 'older-than': '3 months' }, 'older-than'],
    ['no rule', {}, 'delete-tags'],
    ['PR rule without a token', { 'pr-tags-of-closed-prs': 'true' }, 'token'],
    ['not a boolean', { untagged: 'yes' }, 'untagged'],
  ])('%s: an InputError naming the input', async (_name, values, input) => {
    const error = await read(values).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
  });

  it('DPA_TEST_GHCR_REGISTRY (tests only) names the stand-in registry', async () => {
    const inputs = await read({ 'delete-tags': '*' }, { ...ENV, DPA_TEST_GHCR_REGISTRY: '127.0.0.1:5000' });
    expect(inputs.ghcrRegistryOverride).toBe('127.0.0.1:5000');
  });
});

describe('registry answers', () => {
  it.each([
    ['relative', '</v2/app/tags/list?last=b&n=1000>; rel="next"', '/v2/app/tags/list?last=b&n=1000'],
    ['absolute', '<https://r.test/v2/app/tags/list?last=b>; rel=next', '/v2/app/tags/list?last=b'],
    ['none', null, undefined],
    ['not the API', '</elsewhere>; rel="next"', undefined],
  ])('tags list Link header, %s', (_name, link, path) => {
    expect(nextTagsPath(link)).toBe(path);
  });

  it('an index: its entries and which are attestations of what', () => {
    const [index, amd64, , attestation] = manifestsOf({
      name: 'x',
      platforms: ['linux/amd64', 'linux/arm64'],
      attest: true,
    });
    const body = {
      manifests: [
        { digest: amd64.digest, platform: { os: 'linux', architecture: 'amd64' } },
        {
          digest: attestation.digest,
          annotations: {
            'vnd.docker.reference.type': 'attestation-manifest',
            'vnd.docker.reference.digest': amd64.digest,
          },
        },
        { digest: 'not-a-digest' },
      ],
      annotations: { 'org.opencontainers.image.created': '2026-01-02T03:04:05Z' },
    };
    const parsed = parseManifestInfo(index.digest, Buffer.from(JSON.stringify(body)));
    expect(parsed.info).toMatchObject({ kind: 'index', children: [amd64.digest, attestation.digest] });
    expect(parsed.attestations).toEqual(new Map([[attestation.digest, amd64.digest]]));
    expect(parsed.created).toBe(Date.parse('2026-01-02T03:04:05Z'));
  });

  it('an image: layers with sizes (malformed ones left out), config, subject', () => {
    const d = (c: string) => `sha256:${c.repeat(64)}`;
    const body = {
      config: { digest: d('c') },
      layers: [
        { digest: d('1'), size: 10 },
        { digest: d('2'), size: -1 },
        { digest: 'x', size: 3 },
      ],
      subject: { digest: d('5') },
    };
    const parsed = parseManifestInfo(d('9'), Buffer.from(JSON.stringify(body)));
    expect(parsed.info).toEqual({
      digest: d('9'),
      kind: 'image',
      children: [],
      layers: [{ digest: d('1'), size: 10 }],
      subject: d('5'),
    });
    expect(parsed.configDigest).toBe(d('c'));
    expect(cosignSubject(`sha256-${'a'.repeat(64)}.sig`)).toBe(d('a'));
    expect(cosignSubject('sha-abc.sig')).toBeUndefined();
  });
});
