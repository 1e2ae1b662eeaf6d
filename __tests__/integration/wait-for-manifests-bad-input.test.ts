// Acceptance 3: bad input is one ::error:: naming the input and what is allowed, exit 1, no stack
// trace, and nothing half-done: no request reaches the registry, no output, no summary.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFaultProxy, type FaultProxy } from '../../testkit/faults/fault-proxy.js';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction } from '../../testkit/runner/index.js';
import { ensureRegistry } from '../../testkit/services/index.js';
import { emptyDockerConfig } from '../../testkit/wait-for-manifests.js';

let proxy: FaultProxy; // counts every request that would reach the registry
beforeAll(async () => {
  proxy = await startFaultProxy((await ensureRegistry('anonymous')).url);
});
afterAll(async () => {
  await proxy.close();
  await cleanupRunnerTemp();
});

const good = () => `${proxy.host}/team/api:v1`;

// [what, inputs (merged over good ones), input named, message fragment]
const CASES: [string, () => Record<string, string>, string, RegExp][] = [
  ['no images', () => ({ images: '' }), 'images', /is required/],
  [
    'a reference with spaces',
    () => ({ images: `${good()}\nnot a ref` }),
    'images',
    /"not a ref" is not an image reference/,
  ],
  ['no tag or digest', () => ({ images: 'ghcr.io/o/api' }), 'images', /has neither a tag nor a digest/],
  [
    'a malformed digest',
    () => ({ images: 'ghcr.io/o/api@sha256:123' }),
    'images',
    /malformed digest.*allowed/,
  ],
  ['an invalid name', () => ({ images: 'ghcr.io/O!/api:v1' }), 'images', /invalid path component/],
  [
    'timeout: soon',
    () => ({ timeout: 'soon' }),
    'timeout',
    /"soon" is not a duration.*allowed: a duration such as/,
  ],
  ['interval: -5s', () => ({ interval: '-5s' }), 'interval', /is not a duration/],
  ['interval: 0', () => ({ interval: '0' }), 'interval', /out of range \(allowed: at least 100ms\)/],
  ['max-interval: 5m5m', () => ({ 'max-interval': '5m5m' }), 'max-interval', /repeats a unit/],
  [
    'max-interval below interval',
    () => ({ interval: '10s', 'max-interval': '2s' }),
    'max-interval',
    /shorter than interval/,
  ],
  [
    'request-timeout: 1 minute',
    () => ({ 'request-timeout': '1 minute' }),
    'request-timeout',
    /is not a duration/,
  ],
  [
    'concurrency: 0',
    () => ({ concurrency: '0' }),
    'concurrency',
    /0 is out of range \(allowed: a whole number from 1 to 256\)/,
  ],
  ['concurrency: many', () => ({ concurrency: 'many' }), 'concurrency', /"many" is not a whole number/],
  [
    'platforms: linux',
    () => ({ platforms: 'linux' }),
    'platforms',
    /"linux" is not a platform \(allowed: os\/architecture/,
  ],
  [
    'platforms: too many parts',
    () => ({ platforms: 'linux/amd64, linux/arm/v7/x' }),
    'platforms',
    /"linux\/arm\/v7\/x" is not a platform/,
  ],
  ['fail-on-missing: maybe', () => ({ 'fail-on-missing': 'maybe' }), 'fail-on-missing', /not a boolean/],
  [
    'registry-auth: unparseable',
    () => ({ 'registry-auth': 'ghcr.io: {username: u, password: "s3cret' }),
    'registry-auth',
    /is not valid YAML or JSON at line 1 \(allowed: a YAML or JSON map/,
  ],
  ['registry-auth: a list', () => ({ 'registry-auth': '- ghcr.io' }), 'registry-auth', /is not a map/],
  [
    'registry-auth: half an entry',
    () => ({ 'registry-auth': '{"ghcr.io": {"username": "u"}}' }),
    'registry-auth',
    /entry "ghcr.io": username and password must both be non-empty/,
  ],
  ['username without password', () => ({ username: 'u' }), 'password', /is required when username is given/],
  [
    'insecure-registries: a URL',
    () => ({ 'insecure-registries': 'http://registry.local:5000' }),
    'insecure-registries',
    /is not a registry host/,
  ],
];

describe.each(NODE_VERSIONS)('3: bad input on %s', (node) => {
  it.each(CASES)('%s', async (_what, inputs, input, message) => {
    const before = proxy.stats.requests;
    const r = await runAction({
      action: 'wait-for-manifests',
      node,
      inputs: { images: good(), timeout: '5s', ...inputs() },
      env: { DOCKER_CONFIG: emptyDockerConfig() },
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(new RegExp(`^Input "${input}": `));
    expect(r.errors[0]).toMatch(message);
    expect(r.errors[0]).not.toContain('s3cret');
    expect(r.log).not.toMatch(/^\s+at .+\d+:\d+\)?$/m); // no stack trace
    expect(r.stderr).toBe('');
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe('');
    expect(proxy.stats.requests).toBe(before); // nothing was asked of the registry
  });
});
