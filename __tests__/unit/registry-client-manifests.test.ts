// packages/registry-client/manifests.ts on a scripted `send`: a body read by digest must hash to
// that digest (a registry or proxy cannot substitute content), 404/401 are told apart, and a
// manifest PUT returns the registry's digest or fails naming the reference and the answer.
import { describe, expect, it } from '@jest/globals';
import { parseImageName } from '../../packages/image-ref/index.js';
import {
  fetchManifest,
  putManifest,
  RegistryAnswerError,
  resolveTag,
  sha256Of,
  type RegistryClient,
} from '../../packages/registry-client/index.js';

const image = parseImageName('r.io/o/app');
const body = Buffer.from('{"schemaVersion":2}');
const digest = sha256Of(body);

type Answer =
  { status: number; body?: Buffer; headers?: Record<string, string> } | { status: 'unauthorized' };
function clientAnswering(answer: Answer, seen: unknown[] = []): RegistryClient {
  return {
    send: async (_ref: unknown, spec: unknown) => {
      seen.push(spec);
      if (answer.status === 'unauthorized') return { status: 'unauthorized', detail: 'HTTP 401: no' };
      const headers = (answer as { headers?: Record<string, string> }).headers ?? {};
      return {
        status: answer.status,
        body: (answer as { body?: Buffer }).body ?? Buffer.alloc(0),
        url: 'http://r.io',
        headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
      };
    },
  } as unknown as RegistryClient;
}

describe('fetchManifest', () => {
  it.each([
    {
      name: 'content matching its digest',
      answer: { status: 200, body, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' } },
      want: { status: 'found', digest, mediaType: 'application/vnd.oci.image.index.v1+json', body },
    },
    { name: 'a 404', answer: { status: 404 }, want: { status: 'missing' } },
    {
      name: 'a refusal',
      answer: { status: 'unauthorized' as const },
      want: { status: 'unauthorized', detail: 'HTTP 401: no' },
    },
  ])('$name', async ({ answer, want }) => {
    await expect(fetchManifest(clientAnswering(answer), image, digest)).resolves.toEqual(want);
  });

  it.each([
    {
      name: 'other content than asked for',
      answer: { status: 200, body: Buffer.from('{}') },
      problem: 'content of sha256:',
    },
    { name: 'a 400', answer: { status: 400 }, problem: 'HTTP 400' },
  ])('refuses $name', async ({ answer, problem }) => {
    await expect(fetchManifest(clientAnswering(answer), image, digest)).rejects.toThrow(RegistryAnswerError);
    await expect(fetchManifest(clientAnswering(answer), image, digest)).rejects.toThrow(problem);
  });
});

describe('putManifest and resolveTag', () => {
  it('PUTs with its media type and push scope; returns the digest the registry gave', async () => {
    const seen: unknown[] = [];
    const client = clientAnswering({ status: 201, headers: { 'docker-content-digest': digest } }, seen);
    const manifest = { mediaType: 'application/vnd.oci.image.index.v1+json', body };
    await expect(putManifest(client, image, 'v1', manifest)).resolves.toBe(digest);
    expect(seen).toEqual([
      {
        method: 'PUT',
        path: '/v2/o/app/manifests/v1',
        contentType: manifest.mediaType,
        body,
        actions: 'pull,push',
      },
    ]);
  });

  it.each([
    {
      name: 'a refusal',
      answer: { status: 'unauthorized' as const },
      problem: 'PUT r.io/o/app:v1: HTTP 401: no',
    },
    {
      name: 'an invalid manifest',
      answer: { status: 400, body: Buffer.from('{"errors":[{"code":"MANIFEST_INVALID"}]}') },
      problem: 'HTTP 400 {"errors":[{"code":"MANIFEST_INVALID"}]}',
    },
  ])('a PUT failing with $name names the reference and the answer', async ({ answer, problem }) => {
    const manifest = { mediaType: 'application/vnd.oci.image.index.v1+json', body };
    await expect(putManifest(clientAnswering(answer), image, 'v1', manifest)).rejects.toThrow(problem);
  });

  it.each([
    {
      name: 'a tag present',
      answer: { status: 200, headers: { 'docker-content-digest': digest } },
      want: digest,
    },
    { name: 'a tag absent', answer: { status: 404 }, want: undefined },
  ])('resolveTag: $name', async ({ answer, want }) => {
    await expect(resolveTag(clientAnswering(answer), image, 'v1')).resolves.toBe(want);
  });
});
