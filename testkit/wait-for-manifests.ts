// Helpers shared by the wait-for-manifests integration tests and bench: cheap "pushes" through
// the registry API (the same manifest PUT under another tag: to the registry this is a push),
// temporary Docker configs and a credential helper on PATH.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { MANIFEST_ACCEPT, pushRandomImage, registryFetch, type Registry } from './services/index.js';

/** A unique repository path per test run, so runs never see each other's tags. */
export function uniqueRepo(prefix: string): string {
  return `wfm-${prefix}-${randomBytes(4).toString('hex')}`;
}

export interface SourceManifest {
  repository: string;
  digest: string;
  mediaType: string;
  body: Buffer;
}

/** Pushes one small image with buildx (the real thing) and keeps its manifest for cheap re-tags. */
export async function seedImage(
  registry: Registry,
  repository: string,
  opts: { platforms?: string[] } = {},
): Promise<SourceManifest> {
  const digest = await pushRandomImage(registry, repository, 'seed', opts);
  const res = await registryFetch(
    registry,
    `/v2/${repository}/manifests/${digest}`,
    { headers: { Accept: MANIFEST_ACCEPT } },
    [`repository:${repository}:pull`],
  );
  if (res.status !== 200) throw new Error(`GET manifest ${repository}@${digest}: ${res.status}`);
  const mediaType = (res.headers.get('content-type') ?? '').split(';')[0];
  return { repository, digest, mediaType, body: Buffer.from(await res.arrayBuffer()) };
}

/** PUTs the seed manifest under `tag` (blobs already exist in the repository): a push in ~ms. */
export async function tagManifest(registry: Registry, source: SourceManifest, tag: string): Promise<void> {
  const res = await registryFetch(
    registry,
    `/v2/${source.repository}/manifests/${tag}`,
    { method: 'PUT', headers: { 'Content-Type': source.mediaType }, body: source.body },
    [`repository:${source.repository}:pull,push`],
  );
  if (res.status !== 201) {
    throw new Error(`PUT ${source.repository}:${tag}: ${res.status} ${await res.text()}`);
  }
}

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `wfm-${prefix}-`));
}

/** An empty DOCKER_CONFIG, so no test reads another's credentials. */
export function emptyDockerConfig(): string {
  const dir = tempDir('docker-config');
  writeFileSync(join(dir, 'config.json'), '{}\n');
  return dir;
}

/** A DOCKER_CONFIG whose config.json has `auths` as docker/login-action writes them. */
export function dockerConfigWithAuths(auths: Record<string, { username: string; password: string }>): string {
  const dir = tempDir('docker-config');
  const entries = Object.fromEntries(
    Object.entries(auths).map(([host, c]) => [
      host,
      { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') },
    ]),
  );
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: entries }, null, 2));
  return dir;
}

/**
 * A `docker-credential-test` helper on a fresh PATH entry answering for `host`, and a DOCKER_CONFIG
 * with `credHelpers: {host: test}`. Returns the env for the action (DOCKER_CONFIG and PATH).
 */
export function credentialHelperEnv(
  host: string,
  creds: { username: string; password: string },
  basePath: string,
): { DOCKER_CONFIG: string; PATH: string } {
  const dir = tempDir('cred-helper');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const reply = JSON.stringify({ ServerURL: host, Username: creds.username, Secret: creds.password });
  // The helper protocol: `get` with the server URL on stdin, JSON on stdout.
  writeFileSync(
    join(bin, 'docker-credential-test'),
    [
      '#!/bin/sh',
      '[ "$1" = get ] || exit 2',
      'read -r server',
      `if [ "$server" = '${host}' ]; then`,
      `  printf '%s\\n' '${reply}'`,
      'else',
      '  echo "credentials not found in native keychain"; exit 1',
      'fi',
    ].join('\n'),
  );
  chmodSync(join(bin, 'docker-credential-test'), 0o755);
  const config = join(dir, 'config');
  mkdirSync(config);
  writeFileSync(join(config, 'config.json'), JSON.stringify({ credHelpers: { [host]: 'test' } }));
  return { DOCKER_CONFIG: config, PATH: `${bin}${delimiter}${basePath}` };
}

/** Parses the `digests` output. */
export function digestsOf(outputs: Record<string, string>): Record<string, string> {
  return JSON.parse(outputs.digests ?? '{}') as Record<string, string>;
}

export const lines = (text: string | undefined): string[] => (text ? text.split('\n').filter(Boolean) : []);
