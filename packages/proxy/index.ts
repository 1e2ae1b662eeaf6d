// Which forward proxy a request goes through, decided from HTTPS_PROXY / HTTP_PROXY / NO_PROXY
// (lower case first, then upper case) by the rules of @actions/http-client's lib/proxy.js, so
// our registry and GitHub API requests go where the runner's own tools send theirs:
//   - loopback hosts (localhost, 127.*, [::1]) are never proxied;
//   - NO_PROXY is a comma list: `*` (nothing is proxied), a host, a `host:port`, a domain (its
//     subdomains too) or a `.domain` suffix; compared case-insensitively, port 80/443 implied;
//   - https requests use https_proxy, http requests http_proxy; a value without a scheme is
//     taken as http://; one that does not parse means no proxy.
// The env is an argument (not process.env) so tests and callers say which one applies.
export type ProxyEnv = Record<string, string | undefined>;

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.startsWith('127.') ||
    host.startsWith('[::1]') ||
    host.startsWith('[0:0:0:0:0:0:0:1]')
  );
}

function defaultPort(url: URL): number | undefined {
  if (url.port) return Number(url.port);
  if (url.protocol === 'http:') return 80;
  if (url.protocol === 'https:') return 443;
  return undefined;
}

/** True when `url` is reached directly: a loopback host, or one NO_PROXY names. */
export function bypassesProxy(url: URL, env: ProxyEnv): boolean {
  if (!url.hostname) return false;
  if (isLoopbackHost(url.hostname)) return true;
  const noProxy = env.no_proxy || env.NO_PROXY || '';
  if (!noProxy) return false;
  const host = url.hostname.toUpperCase();
  const port = defaultPort(url);
  const names = port === undefined ? [host] : [host, `${host}:${port}`];
  const entries = noProxy
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter(Boolean);
  return entries.some(
    (entry) =>
      entry === '*' ||
      names.some(
        (name) =>
          name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry)),
      ),
  );
}

function parseProxyValue(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    if (value.startsWith('http://') || value.startsWith('https://')) return undefined;
    try {
      return new URL(`http://${value}`);
    } catch {
      return undefined;
    }
  }
}

/** The proxy for `url`, or undefined when it is reached directly. */
export function proxyFor(url: URL, env: ProxyEnv): URL | undefined {
  if (bypassesProxy(url, env)) return undefined;
  const value =
    url.protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY;
  if (!value) return undefined;
  const proxy = parseProxyValue(value);
  // @actions/http-client goes direct when the value has no host (e.g. `proxy:3128` parses as a scheme).
  return proxy?.hostname ? proxy : undefined;
}

/** The proxy as it may appear in a log or error: scheme, host and port; credentials as `***`. */
export function describeProxy(proxy: URL): string {
  const credentials = proxy.username || proxy.password ? '***@' : '';
  return `${proxy.protocol}//${credentials}${proxy.host}`;
}
