export { createClient, realSleep, type ClientOptions, type Octokit, type RequestStats } from './client.js';
export { ensureRelease, type EnsureOptions, type Ensured } from './ensure.js';
export { ReleasesApi, type CreateRequest, type Release, type Repo } from './releases.js';
export { ApiError, decide, DEFAULT_POLICY, PERMISSION_HINT, type RetryPolicy } from './retry.js';
export { parseRetryAfter } from '../retry/index.js';
