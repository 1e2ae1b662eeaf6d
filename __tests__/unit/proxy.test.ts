// packages/proxy: which proxy a request goes through. The table names the rules; the property
// checks the choice against @actions/http-client's own (what the runner's tools follow) for
// generated hosts, NO_PROXY lists and proxy variables.
import { afterEach, describe, expect, it } from '@jest/globals';
import { checkBypass, getProxyUrl } from '@actions/http-client/lib/proxy';
import fc from 'fast-check';
import { bypassesProxy, describeProxy, proxyFor, type ProxyEnv } from '../../packages/proxy/index.js';

const PROXY = 'http://proxy.corp:3128';
const both: ProxyEnv = { HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY };

describe('proxyFor', () => {
  it.each([
    ['https uses HTTPS_PROXY', 'https://ghcr.io/v2/', both, PROXY],
    ['http uses HTTP_PROXY', 'http://registry.corp:5000/v2/', both, PROXY],
    ['https ignores HTTP_PROXY', 'https://ghcr.io/v2/', { HTTP_PROXY: PROXY }, undefined],
    ['http ignores HTTPS_PROXY', 'http://registry.corp/v2/', { HTTPS_PROXY: PROXY }, undefined],
    [
      'lower case wins',
      'https://ghcr.io/',
      { https_proxy: 'http://low:1', HTTPS_PROXY: PROXY },
      'http://low:1',
    ],
    ['no variable: direct', 'https://ghcr.io/', {}, undefined],
    ['empty variable: direct', 'https://ghcr.io/', { HTTPS_PROXY: '' }, undefined],
    [
      'a value without scheme is http://',
      'https://ghcr.io/',
      { HTTPS_PROXY: '10.1.2.3:3128' },
      'http://10.1.2.3:3128',
    ],
    [
      'a value that parses without a host: direct',
      'https://ghcr.io/',
      { HTTPS_PROXY: 'proxy:3128' },
      undefined,
    ],
    ['127.0.0.1 is never proxied', 'http://127.0.0.1:5000/v2/', both, undefined],
    ['127.x is never proxied', 'http://127.8.9.10/v2/', both, undefined],
    ['localhost is never proxied', 'http://LOCALHOST:5000/v2/', both, undefined],
    ['[::1] is never proxied', 'http://[::1]:5000/v2/', both, undefined],
    ['NO_PROXY host', 'https://ghcr.io/', { ...both, NO_PROXY: 'ghcr.io' }, undefined],
    ['NO_PROXY host is case-insensitive', 'https://GHCR.io/', { ...both, no_proxy: 'ghcr.IO' }, undefined],
    [
      'NO_PROXY domain covers subdomains',
      'https://pkg.ghcr.io/',
      { ...both, NO_PROXY: 'ghcr.io' },
      undefined,
    ],
    ['NO_PROXY .domain suffix', 'https://a.corp.example/', { ...both, NO_PROXY: '.corp.example' }, undefined],
    [
      'NO_PROXY .domain is not the domain itself',
      'https://corp.example/',
      { ...both, NO_PROXY: '.corp.example' },
      PROXY,
    ],
    ['NO_PROXY is not a substring match', 'https://notghcr.io/', { ...both, NO_PROXY: 'ghcr.io' }, PROXY],
    ['NO_PROXY host:port', 'http://reg.corp:5000/', { ...both, NO_PROXY: 'reg.corp:5000' }, undefined],
    [
      'NO_PROXY host:port, other port',
      'http://reg.corp:5001/',
      { ...both, NO_PROXY: 'reg.corp:5000' },
      PROXY,
    ],
    ['NO_PROXY host:443 for https', 'https://ghcr.io/', { ...both, NO_PROXY: 'ghcr.io:443' }, undefined],
    ['NO_PROXY *', 'https://ghcr.io/', { ...both, NO_PROXY: '*' }, undefined],
    ['NO_PROXY list with spaces', 'https://ghcr.io/', { ...both, NO_PROXY: 'a.b , ghcr.io ,' }, undefined],
    [
      'lower-case no_proxy wins',
      'https://ghcr.io/',
      { ...both, no_proxy: 'x.y', NO_PROXY: 'ghcr.io' },
      PROXY,
    ],
  ])('%s', (_name, url, env, expected) => {
    expect(proxyFor(new URL(url), env)?.href.replace(/\/$/, '')).toBe(expected);
  });

  it.each([
    ['no credentials', 'http://proxy.corp:3128', 'http://proxy.corp:3128'],
    ['user and password', 'http://u:secret@proxy.corp:3128', 'http://***@proxy.corp:3128'],
    ['password only', 'https://:secret@proxy.corp', 'https://***@proxy.corp'],
  ])('describeProxy with %s', (_name, proxy, shown) => {
    expect(describeProxy(new URL(proxy))).toBe(shown);
  });
});

describe('proxyFor agrees with @actions/http-client', () => {
  const saved = { ...process.env };
  const VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
  afterEach(() => {
    for (const name of VARS) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  const label = fc.constantFrom('ghcr', 'io', 'corp', 'example', 'reg', 'a', 'GHCR', 'localhost');
  const hostname = fc.oneof(
    fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => labels.join('.')),
    fc.constantFrom('127.0.0.1', '127.1.2.3', '10.0.0.1', '[::1]'),
  );
  const port = fc.option(fc.constantFrom(80, 443, 5000, 8080), { nil: undefined });
  const url = fc
    .record({ scheme: fc.constantFrom('http', 'https'), hostname, port })
    .map(({ scheme, hostname, port }) => new URL(`${scheme}://${hostname}${port ? `:${port}` : ''}/v2/`));
  const noProxyEntry = fc.oneof(
    hostname,
    hostname.map((h) => `.${h}`),
    fc.tuple(hostname, fc.constantFrom(80, 443, 5000)).map(([h, p]) => `${h}:${p}`),
    fc.constant('*'),
    fc.constant(' '),
  );
  const proxyValue = fc.option(
    fc.constantFrom(
      'http://proxy.corp:3128',
      'proxy.corp:3128',
      'http://u:p@10.0.0.1:8080',
      'https://p.corp',
    ),
    { nil: undefined },
  );
  const env = fc.record({
    HTTPS_PROXY: proxyValue,
    https_proxy: proxyValue,
    HTTP_PROXY: proxyValue,
    http_proxy: proxyValue,
    NO_PROXY: fc.option(
      fc.array(noProxyEntry, { maxLength: 4 }).map((e) => e.join(',')),
      { nil: undefined },
    ),
    no_proxy: fc.option(
      fc.array(noProxyEntry, { maxLength: 4 }).map((e) => e.join(',')),
      { nil: undefined },
    ),
  });

  it('for any host, NO_PROXY list and proxy variables', () => {
    fc.assert(
      fc.property(url, env, (target, vars) => {
        for (const name of VARS) {
          const value = vars[name as keyof typeof vars];
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
        const theirs = getProxyUrl(target);
        const expected = theirs?.hostname ? theirs.href : undefined;
        expect(proxyFor(target, vars)?.href).toBe(expected);
        expect(bypassesProxy(target, vars)).toBe(checkBypass(target));
      }),
    );
  });
});
