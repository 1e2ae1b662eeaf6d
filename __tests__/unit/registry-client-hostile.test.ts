// A hostile or broken registry against the registry client (issue 15, points 9-12), each attack
// mounted on an in-process fake registry or token realm: a Retry-After that would hang the step,
// an https registry naming a plain-HTTP realm on another host, a registry naming another
// registry's realm to be handed its token, and registry text that would act as a workflow command.
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseReference } from '../../packages/image-ref/index.js';
import { TokenCache } from '../../packages/registry-client/auth.js';
import type { Challenge } from '../../packages/registry-client/challenge.js';
import type { HttpClient, HttpRequest } from '../../packages/registry-client/http.js';
import {
  createRegistryClient,
  type Credential,
  type CredentialStore,
  type ResolvedCredential,
} from '../../packages/registry-client/index.js';
import {
  fakeServers,
  manifest,
  OCI_INDEX,
  OCI_MANIFEST,
  startTokenServer,
} from '../../testkit/fakes/registry-client.js';

const servers = fakeServers();
afterEach(servers.closeAll);
const registry = servers.registry;
const open = { push: (server: { close(): Promise<void> }) => servers.track(server) };

/** Credentials by registry host, as a real store resolves them. */
const storeFor = (byHost: Record<string, Credential>): CredentialStore => ({
  get: async (registry) =>
    byHost[registry] ? ({ ...byHost[registry], source: 'test' } as ResolvedCredential) : undefined,
});

const client = (credentials: CredentialStore = storeFor({})) =>
  createRegistryClient({ credentials, retryBaseMs: 10, requestTimeoutMs: 2_000 });

const image = manifest(OCI_MANIFEST, { config: { digest: 'sha256:' + '1'.repeat(64) }, layers: [] });

describe('point 9: Retry-After is capped', () => {
  it.each([
    ['delta-seconds far away', '2000000'],
    ['an HTTP date next year', new Date(Date.now() + 365 * 86_400_000).toUTCString()],
  ])(
    '%s: the check fails now, saying why, instead of sleeping',
    async (_name, retryAfter) => {
      const r = await registry();
      r.put('api', 'v1', image);
      r.server.hooks.push((req, res) => {
        res.writeHead(429, { 'retry-after': retryAfter }).end();
        return true;
      });
      const result = await client().checkManifest(parseReference(`${r.server.host}/api:v1`));
      expect(result).toEqual({
        status: 'error',
        detail: expect.stringMatching(/asks to wait \d+ s \(more than the 60 s this action waits\)/),
      });
      expect(r.server.requests).toHaveLength(1); // not retried
    },
    20_000,
  );
});

describe('point 10: credentials never go to a plain-HTTP realm of an https registry', () => {
  /** A TokenCache whose HTTP client records what would be sent and answers with a token. */
  function recordingCache() {
    const sent: HttpRequest[] = [];
    const http = {
      send: async (request: HttpRequest) => {
        sent.push(request);
        return {
          status: 200,
          headers: { get: () => null },
          body: Buffer.from('{"token":"t"}'),
          url: request.url,
        };
      },
    } as unknown as HttpClient;
    return { sent, cache: new TokenCache(http, Date.now, () => {}) };
  }
  const basic: Credential = { kind: 'basic', username: 'u', password: 'secret' };
  const bearer = (realm: string): Challenge => ({ scheme: 'bearer', params: { realm, service: 's' } });

  it.each([
    [
      'https registry, http realm elsewhere, credentials: refused',
      'http://realm.example/token',
      basic,
      false,
      false,
    ],
    ['https registry, https realm: sent', 'https://realm.example/token', basic, false, true],
    [
      'https registry, http realm elsewhere, anonymous: sent',
      'http://realm.example/token',
      undefined,
      false,
      true,
    ],
    ['plain-HTTP (insecure) registry, http realm: sent', 'http://realm.example/token', basic, true, true],
    ['https registry, loopback http realm: sent', 'http://127.0.0.1:5003/token', basic, false, true],
  ] as const)('%s', async (_name, realm, credential, plainHttp, expectSent) => {
    const { sent, cache } = recordingCache();
    const audience = { host: 'registry.example', plainHttp };
    const token = cache.token(bearer(realm), 'repository:a:pull', credential, audience);
    if (expectSent) {
      await expect(token).resolves.toBe('t');
      expect(sent).toHaveLength(1);
    } else {
      await expect(token).rejects.toThrow(
        /plain-HTTP token realm http:\/\/realm\.example: credentials are not sent/,
      );
      expect(sent).toEqual([]);
    }
  });
});

describe("point 11: a registry naming another registry's realm gets no token of that registry", () => {
  it("registry B challenging with A's realm is never handed the token fetched with A's credentials", async () => {
    const tokens = await startTokenServer({ username: 'u', password: 'p', token: 'A-TOKEN' });
    open.push(tokens);
    const realm = `${tokens.url}/token`;
    const a = await registry({ auth: { kind: 'bearer', realm, token: 'A-TOKEN' } });
    const b = await registry({ auth: { kind: 'bearer', realm, token: 'B-TOKEN' } });
    a.put('app', 'v1', image);
    b.put('app', 'v1', image);
    const c = client(storeFor({ [a.server.host]: { kind: 'basic', username: 'u', password: 'p' } }));
    expect((await c.checkManifest(parseReference(`${a.server.host}/app:v1`))).status).toBe('present');
    const atB = await c.checkManifest(parseReference(`${b.server.host}/app:v1`));
    expect(atB.status).toBe('unauthorized'); // B's own (anonymous) token request is refused
    expect(b.server.requests.filter((q) => q.authorization?.includes('A-TOKEN'))).toEqual([]);
    // B's token request went out without A's credentials
    expect(tokens.requests.filter((q) => q.authorization).length).toBe(1);
  });
});

describe('point 12: registry text is validated before it is printed or output', () => {
  it.each([
    ['a workflow command', 'sha256:0 ##[stop-commands]x'],
    ['a command on a line of its own', `sha256:${'a'.repeat(64)}\n::error::forged`],
    ['not a digest at all', 'latest'],
  ])('Docker-Content-Digest that is %s is ignored: the body is hashed instead', async (_name, bogus) => {
    const r = await registry();
    r.put('api', 'v1', image);
    r.server.hooks.push((req, res) => {
      if (req.method !== 'HEAD') return false;
      res.writeHead(200, {
        'docker-content-digest': bogus.replace(/\n/g, ' '),
        'content-type': OCI_MANIFEST,
      });
      res.end();
      return true;
    });
    const result = await client().checkManifest(parseReference(`${r.server.host}/api:v1`));
    expect(result).toEqual({ status: 'present', digest: image.digest, mediaType: OCI_MANIFEST });
  });

  it('an index entry whose platform carries a command is dropped, not listed', async () => {
    const r = await registry();
    const amd = manifest(OCI_MANIFEST, { config: { digest: 'sha256:' + '2'.repeat(64) }, layers: [] });
    const index = manifest(OCI_INDEX, {
      manifests: [
        {
          mediaType: OCI_MANIFEST,
          digest: amd.digest,
          size: 1,
          platform: { os: 'linux', architecture: 'amd64' },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: amd.digest,
          size: 1,
          platform: { os: 'linux', architecture: 'arm64 ::error::forged', variant: '##[stop-commands]x' },
        },
      ],
    });
    r.put('api', 'v1', index);
    const result = await client().checkManifest(parseReference(`${r.server.host}/api:v1`), {
      listPlatforms: true,
    });
    expect(result).toMatchObject({ status: 'present', platforms: ['linux/amd64'] });
  });
});
