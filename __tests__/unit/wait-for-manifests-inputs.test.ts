import { describe, expect, it } from '@jest/globals';
import { Inputs, mapInputs } from '../../packages/action-io/index.js';
import { readInputs, type WantedImage } from '../../actions/wait-for-manifests/inputs.js';
import {
  missingMessage,
  progressLine,
  summaryRows,
  waitOutputs,
} from '../../actions/wait-for-manifests/report.js';
import type { Outcome, WaitResult } from '../../actions/wait-for-manifests/wait-loop.js';

const read = (values: Record<string, string>) => readInputs({}, new Inputs(mapInputs(values)));

describe('readInputs', () => {
  it('defaults as in action.yml', async () => {
    const inputs = await read({ images: 'ghcr.io/o/api:v1' });
    expect(inputs).toMatchObject({
      timeoutMs: 900_000,
      intervalMs: 5_000,
      maxIntervalMs: 30_000,
      requestTimeoutMs: 10_000,
      concurrency: 16,
      platforms: [],
      failOnMissing: true,
      insecureRegistries: [],
      credentials: { username: '', password: '', registryAuth: '' },
    });
  });

  it('reads references one per line or comma-separated, keeps the text, asks duplicates once', async () => {
    const { images } = await read({
      images: 'nginx:1, ghcr.io/O/Api:v1\n# comment\ndocker.io/library/nginx:1\nghcr.io/o/api:v1',
    });
    expect(images.map((i) => [i.text, i.ref.registry, i.ref.repository])).toEqual([
      ['nginx:1', 'docker.io', 'library/nginx'],
      ['ghcr.io/O/Api:v1', 'ghcr.io', 'o/api'],
      ['docker.io/library/nginx:1', 'docker.io', 'library/nginx'],
    ]);
  });

  it.each([
    [{ timeout: '0' }, { timeoutMs: 0 }],
    [
      { interval: '1s', 'max-interval': '1s' },
      { intervalMs: 1_000, maxIntervalMs: 1_000 },
    ],
    [{ platforms: 'linux/amd64, Linux/ARM64/v8' }, { platforms: ['linux/amd64', 'linux/arm64/v8'] }],
    [
      { 'insecure-registries': 'Registry.local:5000, [::1]:5000' },
      { insecureRegistries: ['registry.local:5000', '[::1]:5000'] },
    ],
    [
      { concurrency: '256', 'fail-on-missing': 'false' },
      { concurrency: 256, failOnMissing: false },
    ],
  ])('%j', async (values, expected) => {
    await expect(read({ images: 'ghcr.io/o/api:v1', ...values })).resolves.toMatchObject(expected);
  });

  it('lists every malformed reference in one error', async () => {
    await expect(read({ images: 'a b, ghcr.io/o/x, ghcr.io/o/ok:1' })).rejects.toThrow(
      /^Input "images": "a b" is not an image reference; "ghcr.io\/o\/x" has neither a tag nor a digest/,
    );
  });
});

const image = (text: string) => ({ text }) as WantedImage;
const outcome = (text: string, o: Partial<Outcome<WantedImage>>): Outcome<WantedImage> => ({
  item: image(text),
  status: 'missing',
  checks: 1,
  ...o,
});
const result: WaitResult<WantedImage> = {
  elapsedMs: 12_345,
  allPresent: false,
  outcomes: [
    outcome('r/a:1', { status: 'present', digest: 'sha256:aa', waitedMs: 3_200, platforms: ['linux/amd64'] }),
    outcome('r/b:1', { status: 'missing' }),
    outcome('r/c:1', { status: 'unauthorized', detail: 'HTTP 401: r refused the credentials' }),
    outcome('r/d:1', {
      status: 'platforms-missing',
      digest: 'sha256:dd',
      platforms: ['linux/amd64'],
      missingPlatforms: ['linux/arm64'],
    }),
    outcome('r/e:1', { status: 'error', detail: 'HTTP 503 <html>' }),
    outcome('r/f:1', { status: 'missing', checks: 0 }),
  ],
};

describe('report', () => {
  it('outputs', () => {
    expect(waitOutputs(result)).toEqual({
      found: ['r/a:1'],
      missing: ['r/b:1', 'r/c:1', 'r/d:1', 'r/e:1', 'r/f:1'],
      'missing-json': '["r/b:1","r/c:1","r/d:1","r/e:1","r/f:1"]',
      unauthorized: ['r/c:1'],
      digests: { 'r/a:1': 'sha256:aa' },
      'all-present': false,
      'elapsed-seconds': '12.3',
    });
  });

  it('the failure text tells each reason apart', () => {
    expect(missingMessage(result, 60_000)).toBe(
      [
        '5 of 6 image(s) not present after 1m:',
        '  r/b:1: missing',
        '  r/c:1: unauthorized or missing: HTTP 401: r refused the credentials',
        '  r/d:1: present without platform(s) linux/arm64 (has linux/amd64)',
        '  r/e:1: registry error: HTTP 503 <html>',
        '  r/f:1: missing (not checked before the timeout)',
      ].join('\n'),
    );
    expect(missingMessage(result, 0)).toMatch(/^5 of 6 image\(s\) not present in a single check:/);
  });

  it.each([
    [
      { present: 12, total: 185, waiting: 173, nextPollInMs: 7_000 },
      '12/185 present, 173 waiting, next poll in 7s',
    ],
    [{ present: 1, total: 2, waiting: 1, nextPollInMs: 30_000 }, '1/2 present, 1 waiting, next poll in 30s'],
    [{ present: 1, total: 2, waiting: 1, nextPollInMs: 420 }, '1/2 present, 1 waiting, next poll in 0.4s'],
    [{ present: 2, total: 2, waiting: 0 }, '2/2 present, 0 waiting'],
  ])('progress line %j', (progress, line) => {
    expect(progressLine(progress)).toBe(line);
  });

  it('summary rows: every cell filled, HTML escaped', () => {
    const rows = summaryRows(result);
    expect(rows[0]).toEqual([
      '<code>r/a:1</code>',
      '✅ present',
      '<code>sha256:aa</code>',
      'linux/amd64',
      '3.2s',
    ]);
    expect(rows[3][3]).toBe('linux/amd64 (missing linux/arm64)');
    expect(rows[4][1]).toBe('❌ registry error: HTTP 503 &lt;html&gt;');
    expect(rows.flat().every((cell) => cell !== '')).toBe(true);
  });
});
