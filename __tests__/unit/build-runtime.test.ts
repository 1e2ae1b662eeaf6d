// The build action's runtime decisions, as pure functions: reading buildx's rawjson progress,
// which failures are retried, when a builder must be created or tiers dropped, when the gha tier
// is inactive, and reading the build result.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decideBuilder,
  ghaProblem,
  inspectShowsContainerdStore,
  parseBuildxVersion,
  parseInspect,
} from '../../actions/build/buildx.js';
import { localCacheKey, rotateLocalCache } from '../../actions/build/local-cache.js';
import { isStepVertex, ProgressReader } from '../../actions/build/progress.js';
import { readBuildResult } from '../../actions/build/result.js';
import { renderSummary, type SummaryData } from '../../actions/build/summary.js';
import { BUILD_BACKOFF, classifyFailure } from '../../actions/build/retry.js';
import { backoffMs } from '../../packages/retry/index.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** buildx 0.13 prints every status as indented JSON over many lines. */
function indented(status: object): string[] {
  return JSON.stringify(status, null, 2).split('\n');
}

describe('ProgressReader', () => {
  it('reads indented and one-line statuses into plain-style lines and counts cached steps', () => {
    const lines: string[] = [];
    const reader = new ProgressReader((l) => lines.push(l));
    const t0 = '2026-01-01T00:00:00Z';
    const t1 = '2026-01-01T00:00:01.5Z';
    const feed = [
      // the whole graph is listed first, nothing started yet
      ...indented({
        vertexes: [
          { digest: 'd1', name: '[base 1/3] FROM r/base:1@sha256:x' },
          { digest: 'd2', name: '[base 2/3] RUN make' },
        ],
      }),
      JSON.stringify({
        vertexes: [
          {
            digest: 'd0',
            name: '[internal] load build definition from Dockerfile',
            started: t0,
            completed: t0,
          },
        ],
      }),
      ...indented({
        vertexes: [
          {
            digest: 'd1',
            name: '[base 1/3] FROM r/base:1@sha256:x',
            started: t0,
            completed: t0,
            cached: true,
          },
        ],
      }),
      ...indented({ vertexes: [{ digest: 'd2', name: '[base 2/3] RUN make', started: t0 }] }),
      ...indented({ logs: [{ vertex: 'd2', stream: 1, data: b64('compiling "a}b{"\npart') }] }),
      ...indented({ logs: [{ vertex: 'd2', stream: 1, data: b64('ial line\n') }] }),
      ...indented({ vertexes: [{ digest: 'd2', name: '[base 2/3] RUN make', started: t0, completed: t1 }] }),
      ...indented({
        vertexes: [
          { digest: 'd3', name: '[linux/arm64 api 3/3] COPY . .', started: t0, cached: true, completed: t0 },
        ],
      }),
      ...indented({
        vertexes: [
          {
            digest: 'd4',
            name: 'exporting cache to registry',
            started: t0,
            completed: t1,
            error: 'dial tcp 127.0.0.1:1: connect: connection refused',
          },
        ],
      }),
      ...indented({ warnings: [{ vertex: 'd2', level: 1, short: b64('FromAsCasing: casing') }] }),
      'ERROR: failed to solve: something',
    ];
    feed.forEach((l) => reader.line(l));
    reader.end();
    expect(lines).toEqual([
      '#1 [internal] load build definition from Dockerfile',
      '#1 DONE 0.0s',
      '#2 [base 1/3] FROM r/base:1@sha256:x',
      '#2 CACHED',
      '#3 [base 2/3] RUN make',
      '#3 compiling "a}b{"',
      '#3 partial line',
      '#3 DONE 1.5s',
      '#4 [linux/arm64 api 3/3] COPY . .',
      '#4 CACHED',
      '#5 exporting cache to registry',
      '#5 ERROR: dial tcp 127.0.0.1:1: connect: connection refused',
      'WARNING: FromAsCasing: casing',
      'ERROR: failed to solve: something',
    ]);
    expect(reader.stats()).toEqual({
      steps: 2,
      cached: 1,
      ratio: 0.5,
      cachedNames: ['[linux/arm64 api 3/3] COPY . .'],
      builtNames: ['[base 2/3] RUN make'],
    });
    expect(reader.errors()).toEqual([
      {
        name: 'exporting cache to registry',
        step: false,
        error: 'dial tcp 127.0.0.1:1: connect: connection refused',
      },
    ]);
    expect(reader.plainLines()).toEqual(['ERROR: failed to solve: something']);
    expect(reader.tail(2)).toEqual(['WARNING: FromAsCasing: casing', 'ERROR: failed to solve: something']);
  });

  it('gives a ratio of 0 when there are no steps', () => {
    expect(new ProgressReader().stats().ratio).toBe(0);
  });

  it.each([
    ['[base 2/4] RUN x', true],
    ['[2/2] COPY a b', true],
    ['[linux/amd64 worker 1/3] RUN y', true],
    ['[base 1/4] FROM busybox', false],
    ['[internal] load metadata for x', false],
    ['exporting to image', false],
    ['importing cache manifest from r/x:c', false],
  ])('%s counts as a step: %s', (name, step) => expect(isStepVertex(name)).toBe(step));
});

describe('classifyFailure', () => {
  const transient: [string, string][] = [
    ['unexpected status from PUT request to http://r/v2/x/manifests/1: 503 Service Unavailable', 'HTTP 5xx'],
    ['failed to push r/x:1: unexpected status: 502 Bad Gateway', 'HTTP 5xx'],
    ['received unexpected HTTP status: 500 Internal Server Error', 'HTTP 5xx'],
    ['toomanyrequests: You have reached your pull rate limit', 'HTTP 429'],
    ['unexpected status from HEAD request: 429 Too Many Requests', 'HTTP 429'],
    ['read tcp 1.2.3.4:5->6.7.8.9:443: read: connection reset by peer', 'connection reset'],
    ['readfrom tcp a->b: write tcp a->b: use of closed network connection', 'connection reset'],
    ['dial tcp 10.0.0.1:443: i/o timeout', 'i/o timeout'],
    ['net/http: TLS handshake timeout', 'TLS handshake timeout'],
    ['failed to copy: unexpected EOF', 'unexpected EOF'],
    ['failed to do request: Put "https://r/v2/x/blobs/uploads/": EOF', 'connection closed (EOF)'],
  ];
  it.each(transient)('retries: %s', (message, cause) => {
    expect(classifyFailure({ messages: [`ERROR: failed to solve: ${message}`], stepFailed: false })).toEqual({
      retry: true,
      cause,
    });
  });

  const final: [string, { messages: string[]; stepFailed: boolean }][] = [
    [
      'a failed RUN step, even with a network error in its output',
      { messages: ['i/o timeout'], stepFailed: true },
    ],
    [
      'a Dockerfile parse error',
      {
        messages: ['ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN'],
        stepFailed: false,
      },
    ],
    [
      'a RUN exit code',
      {
        messages: ['process "/bin/sh -c exit 3" did not complete successfully: exit code: 3 (503 retries)'],
        stepFailed: false,
      },
    ],
    [
      'a missing COPY source',
      { messages: ['failed to compute cache key: "/nope" not found'], stepFailed: false },
    ],
    ['a missing stage', { messages: ['target stage "apii" could not be found'], stepFailed: false }],
    [
      'denied',
      {
        messages: ['ERROR: failed to push: denied: requested access to the resource is denied'],
        stepFailed: false,
      },
    ],
    ['an unknown error', { messages: ['something odd'], stepFailed: false }],
  ];
  it.each(final)('does not retry %s', (_name, info) => expect(classifyFailure(info).retry).toBe(false));

  it('waits 2, 4, 8 ... at most 30 s', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, BUILD_BACKOFF) / 1000)).toEqual([2, 4, 8, 16, 30]);
  });
});

describe('builder decisions', () => {
  const wanted = (tiers: string[], userCacheTo: string[] = []) => ({ tiers: tiers as never[], userCacheTo });
  const plainDocker = { name: 'default', driver: 'docker', containerdStore: false };
  it.each([
    [
      'docker-container builder',
      { name: 'b', driver: 'docker-container', containerdStore: false },
      wanted(['gha', 'registry']),
      'auto',
      { kind: 'use' },
    ],
    [
      'docker driver + containerd store',
      { name: 'default', driver: 'docker', containerdStore: true },
      wanted(['registry', 'local']),
      'auto',
      { kind: 'use' },
    ],
    [
      'plain docker, only previous+inline',
      plainDocker,
      wanted(['previous', 'inline'], ['type=inline']),
      'auto',
      { kind: 'use' },
    ],
    ['plain docker, registry, auto', plainDocker, wanted(['registry']), 'auto', { kind: 'create' }],
    [
      'plain docker, user cache-to, auto',
      plainDocker,
      wanted([], ['type=local,dest=x']),
      'auto',
      { kind: 'create' },
    ],
    [
      'plain docker, builder-setup false',
      plainDocker,
      wanted(['gha', 'registry', 'previous', 'inline']),
      'false',
      { kind: 'drop', tiers: ['gha', 'registry'], userCacheTo: false },
    ],
    [
      'plain docker, false, user cache-to',
      plainDocker,
      wanted(['local'], ['r/x:c']),
      'false',
      { kind: 'drop', tiers: ['local'], userCacheTo: true },
    ],
    [
      'docker driver + containerd store, push-by-digest, auto',
      { name: 'default', driver: 'docker', containerdStore: true },
      { ...wanted([]), pushByDigest: true },
      'auto',
      { kind: 'create', reason: 'builder "default" uses the docker driver, which cannot push by digest' },
    ],
    [
      'plain docker, push-by-digest, false',
      plainDocker,
      { ...wanted(['registry']), pushByDigest: true },
      'false',
      { kind: 'refuse' },
    ],
    [
      'remote builder, push-by-digest',
      { name: 'shared', driver: 'remote', containerdStore: false },
      { ...wanted(['registry']), pushByDigest: true },
      'false',
      { kind: 'use' },
    ],
  ] as const)('%s', (_name, info, want, setup, expected) => {
    expect(decideBuilder(info, want, setup)).toMatchObject(expected);
  });

  it('push-by-digest with builder-setup false: says why and what to do', () => {
    const decision = decideBuilder(plainDocker, { ...wanted([]), pushByDigest: true }, 'false');
    expect(decision.kind === 'refuse' && decision.reason).toBe(
      'push-by-digest needs a BuildKit builder: builder "default" uses the docker driver, which cannot push by digest and builder-setup is false. Set builder-setup: auto, or pass a docker-container, remote or kubernetes builder as builder (docker/setup-buildx-action creates one)',
    );
  });

  it('names the reason', () => {
    const decision = decideBuilder(plainDocker, wanted(['registry']), 'false');
    expect(decision.kind === 'drop' && decision.reason).toMatch(
      /docker driver without the containerd image store/,
    );
  });

  it.each([
    ['github.com/docker/buildx v0.20.1 abc123', '0.20.1'],
    ['github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3', '0.13.1'],
    ['github.com/docker/buildx v0.21.0-rc1 x', '0.21.0'],
    ['nothing here', undefined],
  ])('buildx version of %s', (output, version) => expect(parseBuildxVersion(output)).toBe(version));

  it.each([
    [' org.mobyproject.buildkit.worker.executor:             containerd\n', true],
    [
      ' org.mobyproject.buildkit.worker.executor: oci\n org.mobyproject.buildkit.worker.snapshotter: overlay2\n',
      false,
    ],
    ['Name: default\nDriver: docker\n', false],
  ])('inspect labels say containerd image store: %j -> %s', (labels, store) => {
    expect(inspectShowsContainerdStore(labels)).toBe(store);
  });

  it('reads name and driver from buildx inspect', () => {
    expect(
      parseInspect(
        'Name:          ci\nDriver:        docker-container\nLast Activity: x\n\nNodes:\nName:      ci0\n',
      ),
    ).toEqual({
      name: 'ci',
      driver: 'docker-container',
    });
  });
});

describe('ghaProblem', () => {
  const jwt = 'a.b.c';
  it.each([
    ['no token', {}, '0.20.0', /^gha cache inactive: ACTIONS_RUNTIME_TOKEN is not set/],
    ['no cache url (v1)', { ACTIONS_RUNTIME_TOKEN: jwt }, '0.20.0', /ACTIONS_CACHE_URL is not set/],
    ['v1 complete', { ACTIONS_RUNTIME_TOKEN: jwt, ACTIONS_CACHE_URL: 'u' }, '0.13.1', undefined],
    [
      'v2 without results url',
      { ACTIONS_RUNTIME_TOKEN: jwt, ACTIONS_CACHE_SERVICE_V2: 'True' },
      '0.21.0',
      /ACTIONS_RESULTS_URL is not set/,
    ],
    [
      'v2 on old buildx',
      { ACTIONS_RUNTIME_TOKEN: jwt, ACTIONS_CACHE_SERVICE_V2: '1', ACTIONS_RESULTS_URL: 'u' },
      '0.20.1',
      /needs buildx 0\.21\.0 or newer \(found 0\.20\.1\)/,
    ],
    [
      'v2 complete',
      { ACTIONS_RUNTIME_TOKEN: jwt, ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'u' },
      '0.21.0',
      undefined,
    ],
  ])('%s', (_name, env, version, expected) => {
    const problem = ghaProblem(env as Record<string, string>, version);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('local tier and build result', () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-runtime-'));

  it('keys the local cache by scope, Dockerfile and lock files', () => {
    const ctx = join(dir, 'ctx');
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM x\n');
    const a = localCacheKey('app-api', join(ctx, 'Dockerfile'), ctx);
    expect(a).toMatch(/^buildx-local-app-api-[0-9a-f]{16}$/);
    expect(localCacheKey('app-worker', join(ctx, 'Dockerfile'), ctx)).not.toBe(a);
    writeFileSync(join(ctx, 'package-lock.json'), '{}');
    expect(localCacheKey('app-api', join(ctx, 'Dockerfile'), ctx)).not.toBe(a);
  });

  it('rotates: the fresh cache replaces the old one, only when one was written', () => {
    const src = join(dir, 'cache');
    const dest = join(dir, 'cache-new');
    mkdirSync(src);
    writeFileSync(join(src, 'old-blob'), 'x');
    expect(rotateLocalCache({ src, dest })).toBe(false);
    mkdirSync(dest);
    writeFileSync(join(dest, 'index.json'), '{}');
    expect(rotateLocalCache({ src, dest })).toBe(true);
    expect(readdirSync(src)).toEqual(['index.json']);
  });

  it('reads digest, image id and image refs (pushed only)', () => {
    const metadataFile = join(dir, 'metadata.json');
    const iidFile = join(dir, 'iid');
    const digest = `sha256:${'a'.repeat(64)}`;
    writeFileSync(
      metadataFile,
      JSON.stringify({ 'containerimage.digest': digest, 'containerimage.config.digest': 'sha256:c' }),
    );
    writeFileSync(iidFile, 'sha256:i\n');
    const images = [{ registry: 'r', repository: 'o/a', name: 'r/o/a' }];
    expect(readBuildResult({ metadataFile, iidFile }, images, true)).toMatchObject({
      digest,
      imageId: 'sha256:i',
      imageRefs: [`r/o/a@${digest}`],
    });
    expect(readBuildResult({ metadataFile, iidFile }, images, false).imageRefs).toEqual([]);
    expect(
      readBuildResult({ metadataFile: join(dir, 'none'), iidFile: join(dir, 'none') }, images, true),
    ).toMatchObject({ digest: '', imageId: '', imageRefs: [] });
  });
});

describe('renderSummary', () => {
  const data: SummaryData = { images: ['r/o/a'], tags: ['r/o/a:1'], platforms: [], builder: '' };
  const cases: [string, SummaryData, RegExp[], RegExp][] = [
    ['before the build ran', data, [/<h3>Docker build<\/h3>/, /Duration<\/td><td>0\.0 s/], /Cache hits/],
    [
      'after a build in two attempts',
      {
        ...data,
        build: {
          stats: { steps: 4, cached: 3, ratio: 0.75, cachedNames: [], builtNames: [] },
          attempts: 2,
          seconds: 3.21,
        },
        result: { digest: 'sha256:d', imageRefs: ['r/o/a@sha256:d'] },
      },
      [/Cache hits<\/td><td>3 of 4 steps \(ratio 0\.75\)/, /3\.2 s \(2 attempts\)/, /- `r\/o\/a@sha256:d`/],
      /failed/,
    ],
    [
      'a failure, escaped',
      { ...data, failure: { message: 'bad <tag>', tail: ['ERROR: x'] } },
      [/<h3>Docker build failed<\/h3>/, /\*\*Error:\*\* bad &lt;tag&gt;/, /ERROR: x/],
      /<tag>/,
    ],
    [
      'a hostile failure: no HTML, no markdown link (issue 15, point 13)',
      {
        ...data,
        failure: {
          message: 'pull [here](https://evil.example) ![x](https://evil.example/p.png) <img src=x>',
          tail: ['</code></pre><img src=x onerror=alert(1)>', '<script>alert(2)</script>'],
        },
      },
      [/&lt;\/code&gt;&lt;\/pre&gt;&lt;img src=x onerror=alert\(1\)&gt;/, /&#91;here&#93;&#40;https:/],
      /<img|<script|\]\(https:/,
    ],
  ];
  it.each(cases)('%s', (_name, summary, present, absent) => {
    const markdown = renderSummary(summary);
    for (const re of present) expect(markdown).toMatch(re);
    expect(markdown).not.toMatch(absent);
    expect(renderSummary(summary)).toBe(markdown); // nothing left behind in core.summary's buffer
  });
});
