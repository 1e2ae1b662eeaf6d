// The project's one registry client (OCI distribution API): wait-for-manifests and
// append-image-digests-to-release resolve references with it, merge-manifests reads manifests and
// pushes indexes with it, prune-images lists tags and deletes manifests with it, all from the same
// credential inputs.
export {
  createRegistryClient,
  RegistryClient,
  type CheckOptions,
  type ManifestCheck,
  type RegistryClientOptions,
  type RegistryRequest,
} from './client.js';
export {
  fetchBlob,
  fetchManifest,
  MANIFEST_ACCEPT,
  putManifest,
  RegistryAnswerError,
  resolveTag,
  sha256Of,
  type Fetched,
} from './manifests.js';
export { readInsecureRegistries, readPlatforms } from './registry-inputs.js';
export { isLoopbackRegistry } from './plain-http.js';
export { TransientError } from './http.js';
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
  type FetchedManifest,
} from './repository.js';
