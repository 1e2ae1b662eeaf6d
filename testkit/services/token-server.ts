// A small Docker registry token server (https://distribution.github.io/distribution/spec/auth/token/)
// for tests. It is started by scripts/services.sh for the token-auth registry:
//
//   node --import tsx testkit/services/token-server.ts --port 5003 --key key.pem --cert cert.pem \
//     --issuer dpa-test-token-server --service dpa-test-registry --user testuser:testpassword:'*'
//
// GET  /token?service=..&scope=repository:name:pull,push (Basic credentials, optional)
// POST /token (OAuth2 form: grant_type=password, username, password, service, scope)
// GET  /healthz
//
// Tokens are JWTs signed with the given key (RS256 for RSA keys, ES256 for P-256 keys); the header
// carries `x5c` with the certificate, which distribution 2.8 verifies against its rootcertbundle.
// Anonymous requests get a token with an empty `access` claim (so anonymous pulls are denied by the
// registry); wrong credentials get 401.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createPrivateKey, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export interface TokenUser {
  password: string;
  /** actions this user may be granted: e.g. ['pull'] or ['*'] (everything, including catalog) */
  actions: string[];
}

export interface TokenServerOptions {
  keyPem: string;
  certPem: string;
  issuer: string;
  service: string;
  users: Record<string, TokenUser>;
  /** token lifetime in seconds */
  ttl?: number;
  log?: (line: string) => void;
}

export interface AccessEntry {
  type: string;
  name: string;
  actions: string[];
}

/** Parses `repository:team/app:pull,push` (the name may itself contain colons). */
export function parseScope(scope: string): AccessEntry | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last <= first) return undefined;
  const actions = scope
    .slice(last + 1)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions };
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

export class TokenIssuer {
  private readonly key: KeyObject;
  private readonly alg: 'RS256' | 'ES256';
  private readonly x5c: string;

  constructor(private readonly options: TokenServerOptions) {
    this.key = createPrivateKey(options.keyPem);
    this.alg = this.key.asymmetricKeyType === 'ec' ? 'ES256' : 'RS256';
    this.x5c = new X509Certificate(options.certPem).raw.toString('base64');
  }

  /** undefined: anonymous; null: bad credentials; otherwise the user name. */
  authenticate(username: string | undefined, password: string | undefined): string | undefined | null {
    if (username === undefined) return undefined;
    const user = this.options.users[username];
    return user && user.password === password ? username : null;
  }

  grant(username: string | undefined, scopes: string[]): AccessEntry[] {
    if (username === undefined) return [];
    const allowed = this.options.users[username]?.actions ?? [];
    const all = allowed.includes('*');
    const access: AccessEntry[] = [];
    for (const scope of scopes) {
      const entry = parseScope(scope);
      if (!entry) continue;
      if (entry.type === 'registry' && !all) continue;
      const actions = all ? entry.actions : entry.actions.filter((a) => allowed.includes(a));
      if (actions.length > 0) access.push({ ...entry, actions });
    }
    return access;
  }

  issue(subject: string, access: AccessEntry[]): { token: string; expiresIn: number; issuedAt: Date } {
    const ttl = this.options.ttl ?? 300;
    const issuedAt = new Date();
    const now = Math.floor(issuedAt.getTime() / 1000);
    const header = { typ: 'JWT', alg: this.alg, x5c: [this.x5c] };
    // distribution 2.8 expects `aud` to be a single string
    const claims = {
      iss: this.options.issuer,
      sub: subject,
      aud: this.options.service,
      exp: now + ttl,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature =
      this.alg === 'ES256'
        ? sign('sha256', Buffer.from(signingInput), { key: this.key, dsaEncoding: 'ieee-p1363' })
        : sign('sha256', Buffer.from(signingInput), this.key);
    return { token: `${signingInput}.${base64url(signature)}`, expiresIn: ttl, issuedAt };
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(data),
    ...headers,
  });
  res.end(data);
}

function basicCredentials(req: IncomingMessage): { username?: string; password?: string } {
  const header = req.headers.authorization;
  if (!header || !/^basic /i.test(header)) return {};
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { username: decoded, password: '' };
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function createTokenServer(options: TokenServerOptions): Server {
  const issuer = new TokenIssuer(options);
  const log = options.log ?? ((line: string) => console.log(line));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://token-server');
    if (url.pathname === '/healthz') {
      sendJson(res, 200, { ok: true });
      return;
    }
    if (url.pathname !== '/token') {
      sendJson(res, 404, { errors: [{ code: 'NOT_FOUND', message: 'not found' }] });
      return;
    }

    let username: string | undefined;
    let password: string | undefined;
    let service: string | null;
    let scopes: string[];
    let oauth = false;
    if (req.method === 'GET') {
      ({ username, password } = basicCredentials(req));
      service = url.searchParams.get('service');
      scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ').filter(Boolean));
    } else if (req.method === 'POST') {
      oauth = true;
      const form = new URLSearchParams(await readBody(req));
      const grantType = form.get('grant_type');
      if (grantType !== 'password') {
        sendJson(res, 400, { error: 'unsupported_grant_type', error_description: `grant_type ${grantType}` });
        return;
      }
      username = form.get('username') ?? undefined;
      password = form.get('password') ?? undefined;
      service = form.get('service');
      scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
    } else {
      sendJson(
        res,
        405,
        { errors: [{ code: 'UNSUPPORTED', message: 'method not allowed' }] },
        { Allow: 'GET, POST' },
      );
      return;
    }

    if (service !== null && service !== options.service) {
      log(`${req.method} /token: unknown service ${service}`);
      sendJson(res, 400, { errors: [{ code: 'DENIED', message: `unknown service ${service}` }] });
      return;
    }
    const user = issuer.authenticate(username, password);
    if (user === null) {
      log(`${req.method} /token: bad credentials for ${username}`);
      if (oauth) {
        sendJson(res, 401, { error: 'invalid_grant', error_description: 'invalid credentials' });
      } else {
        sendJson(
          res,
          401,
          { errors: [{ code: 'UNAUTHORIZED', message: 'invalid credentials' }] },
          {
            'WWW-Authenticate': 'Basic realm="dpa-test-token-server"',
          },
        );
      }
      return;
    }
    const access = issuer.grant(user, scopes);
    const { token, expiresIn, issuedAt } = issuer.issue(user ?? '', access);
    log(
      `${req.method} /token user=${user ?? '<anonymous>'} scopes=[${scopes.join(' ')}] granted=${JSON.stringify(access)}`,
    );
    sendJson(res, 200, {
      token,
      access_token: token,
      expires_in: expiresIn,
      issued_at: issuedAt.toISOString(),
      ...(oauth ? { scope: scopes.join(' ') } : {}),
    });
  };

  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`error: ${String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ code: 'UNKNOWN', message: String(err) }] });
      else res.end();
    });
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '5003' },
      key: { type: 'string' },
      cert: { type: 'string' },
      issuer: { type: 'string', default: 'dpa-test-token-server' },
      service: { type: 'string', default: 'dpa-test-registry' },
      ttl: { type: 'string', default: '300' },
      // user:password:action,action (action '*' = everything)
      user: { type: 'string', multiple: true, default: [] },
    },
  });
  if (!values.key || !values.cert) throw new Error('--key and --cert are required');
  const users: Record<string, TokenUser> = {};
  for (const spec of values.user ?? []) {
    const [name, password, actions] = spec.split(':');
    if (!name || password === undefined) throw new Error(`bad --user ${spec}`);
    users[name] = { password, actions: (actions ?? 'pull').split(',') };
  }
  const server = createTokenServer({
    keyPem: readFileSync(values.key, 'utf8'),
    certPem: readFileSync(values.cert, 'utf8'),
    issuer: values.issuer!,
    service: values.service!,
    ttl: Number(values.ttl),
    users,
  });
  const port = Number(values.port);
  server.listen(port, values.host, () => {
    console.log(`token server listening on http://${values.host}:${port}/token (service ${values.service})`);
  });
  const shutdown = (): void => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
