// `username`/`password` are one global credential: sent to every registry host in the list that
// has no entry of its own in `registry-auth`. With images on several hosts, a token meant for one
// registry (the job's GITHUB_TOKEN for ghcr.io) reaches the others' token realms too. This tells
// the action when that would happen, so it can warn before any request is made.
import { normalizeRegistryKey, type RegistryCredentialInputs } from './credentials.js';

export interface CredentialScopeInput {
  /** True when the global `username`/`password` pair is given. */
  globalCredential: boolean;
  /** The registry of each image reference (ImageReference.registry: `docker.io`, `ghcr.io`, ...). */
  registries: readonly string[];
  /** Registries with their own `registry-auth` entry: the global credential never goes there. */
  perRegistry?: Iterable<string>;
}

/** The registry hosts the global credential would be sent to, sorted. */
export function globalCredentialHosts(input: CredentialScopeInput): string[] {
  if (!input.globalCredential) return [];
  const own = new Set([...(input.perRegistry ?? [])].map(normalizeRegistryKey));
  const hosts = new Set(input.registries.map(normalizeRegistryKey).filter((host) => !own.has(host)));
  return [...hosts].sort();
}

/** The warning to show when one global credential would reach more than one registry host. */
export function globalCredentialWarning(input: CredentialScopeInput): string | undefined {
  const hosts = globalCredentialHosts(input);
  if (hosts.length < 2) return undefined;
  return (
    `one global credential (username/password) would be sent to ${hosts.length} registry hosts ` +
    `(${hosts.join(', ')}): each of them receives it. Give each registry its own entry in ` +
    'registry-auth instead (e.g. ghcr.io: {username: ..., password: ...}), and leave username/password empty'
  );
}

/** The same check for an action's credential inputs and the registries its images are on. */
export function credentialInputsWarning(
  credentials: RegistryCredentialInputs,
  registries: readonly string[],
): string | undefined {
  return globalCredentialWarning({
    globalCredential: credentials.password !== '',
    registries,
    perRegistry: credentials.registryAuthEntries?.keys(),
  });
}
