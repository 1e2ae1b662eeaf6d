// The project's one registry client (OCI distribution API): wait-for-manifests, prune-images and
// append-image-digests-to-release resolve references with it, from the same credential inputs.
export {
  createRegistryClient,
  isLoopbackRegistry,
  RegistryClient,
  type CheckOptions,
  type ManifestCheck,
  type RegistryClientOptions,
} from './client.js';
export { loadCredentialStore, runCredentialHelper } from './credential-store.js';
export {
  normalizeRegistryKey,
  parseRegistryAuth,
  readCredentialInputs,
  type Credential,
  type CredentialStore,
  type CredentialStoreOptions,
  type RegistryCredentialInputs,
  type ResolvedCredential,
} from './credentials.js';
export { parseChallenges, type Challenge } from './challenge.js';
export { parseRetryAfter } from '../retry/index.js';
export {
  formatPlatform,
  missingPlatforms,
  parsePlatform,
  platformMatches,
  type Platform,
} from './platforms.js';
export { credentialInputsWarning, globalCredentialWarning } from './credential-scope.js';
export {
  deleteManifest,
  getJsonBlob,
  getManifest,
  listTags,
  nextTagsPath,
  RepositoryError,
  TransientError,
  type FetchedManifest,
} from './repository.js';
