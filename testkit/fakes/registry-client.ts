// An in-process fake registry (and token server) for the registry-client unit tests: just enough
// of the distribution API to exercise auth, redirects, retries and platform checks, with hooks to
// inject faults. The real registries are used by the integration tests.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization?: string;
  accept?: string;
}

export type Hook = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FakeServer {
  host: string;
  url: string;
  requests: RecordedRequest[];
  /** Runs before the normal handling; return true when the hook answered. */
  hooks: Hook[];
  close(): Promise<void>;
}

export async function startServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const hooks: Hook[] = [];
  const server: Server = createServer(async (req, res) => {
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      accept: req.headers.accept,
    });
    for (const hook of hooks) if (await hook(req, res)) return;
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  return {
    host,
    url: `http://${host}`,
    requests,
    hooks,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface StoredManifest {
  body: Buffer;
  mediaType: string;
  digest: string;
}

export function manifest(mediaType: string, content: object): StoredManifest {
  const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, ...content }));
  return { body, mediaType, digest: `sha256:${createHash('sha256').update(body).digest('hex')}` };
}

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

export interface FakeRegistryOptions {
  auth?:
    { kind: 'basic'; username: string; password: string } | { kind: 'bearer'; realm: string; token: string };
  /** Leave Docker-Content-Digest out of HEAD answers (some registries do). */
  omitDigestOnHead?: boolean;
}

/** repo -> reference (tag or digest) -> manifest; blobs by digest. */
export class FakeRegistry {
  readonly manifests = new Map<string, Map<string, StoredManifest>>();
  readonly blobs = new Map<string, Buffer>();
  server!: FakeServer;

  constructor(public options: FakeRegistryOptions = {}) {}

  async start(): Promise<this> {
    this.server = await startServer((req, res) => this.handle(req, res));
    return this;
  }

  put(repository: string, tag: string, m: StoredManifest): void {
    const refs = this.manifests.get(repository) ?? new Map<string, StoredManifest>();
    refs.set(tag, m);
    refs.set(m.digest, m);
    this.manifests.set(repository, refs);
  }

  blob(content: object): string {
    const body = Buffer.from(JSON.stringify(content));
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    this.blobs.set(digest, body);
    return digest;
  }

  private authorized(req: IncomingMessage, res: ServerResponse, repository?: string): boolean {
    const auth = this.options.auth;
    if (!auth) return true;
    const given = req.headers.authorization ?? '';
    if (auth.kind === 'basic') {
      const expected = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
      if (given === expected) return true;
      res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"', 'content-type': 'application/json' });
    } else {
      if (
        given === `Bearer ${auth.token}:${repository ?? ''}` ||
        (!repository && given.startsWith('Bearer '))
      )
        return true;
      const scope = repository ? `,scope="repository:${repository}:pull"` : '';
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="${auth.realm}",service="fake-registry"${scope}`,
        'content-type': 'application/json',
      });
    }
    res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
    return false;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/v2/') {
      if (this.authorized(req, res)) res.writeHead(200).end('{}');
      return;
    }
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(url.pathname);
    if (!m) return void res.writeHead(404).end();
    const [, repository, kind, reference] = m;
    if (!this.authorized(req, res, repository)) return;
    if (kind === 'blobs') {
      const blob = this.blobs.get(reference);
      if (!blob) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-length': blob.length }).end(blob);
    }
    const found = this.manifests.get(repository)?.get(reference);
    if (!found) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return void res.end(req.method === 'HEAD' ? undefined : '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
    }
    const headers: Record<string, string | number> = {
      'content-type': found.mediaType,
      'content-length': found.body.length,
    };
    if (!(req.method === 'HEAD' && this.options.omitDigestOnHead))
      headers['docker-content-digest'] = found.digest;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : found.body);
  }
}

/** A token server: Basic `user:pass` (or anonymous when `anonymous`) -> a token per scope. */
export async function startTokenServer(opts: {
  username?: string;
  password?: string;
  token: string;
  field?: 'token' | 'access_token';
  expiresIn?: number;
  anonymous?: boolean;
}): Promise<FakeServer> {
  return startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const expected = `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
    if (!(opts.anonymous || req.headers.authorization === expected)) return void res.writeHead(401).end('{}');
    const repository = /^repository:(.+):pull$/.exec(url.searchParams.get('scope') ?? '')?.[1] ?? '';
    const body: Record<string, unknown> = { [opts.field ?? 'token']: `${opts.token}:${repository}` };
    if (opts.expiresIn !== undefined) body.expires_in = opts.expiresIn;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
}

/** Fake registries and servers a test file opens, all closed by `closeAll` (after each test). */
export function fakeServers() {
  const open: { close(): Promise<void> }[] = [];
  return {
    /** Tracks anything with close() (a token server, a proxy) for closeAll. */
    track<T extends { close(): Promise<void> }>(server: T): T {
      open.push(server);
      return server;
    },
    async registry(options: FakeRegistryOptions = {}): Promise<FakeRegistry> {
      const r = await new FakeRegistry(options).start();
      open.push(r.server);
      return r;
    },
    closeAll: async (): Promise<void> => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    },
  };
}
