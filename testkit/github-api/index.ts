// GitHub REST API emulator for tests: an HTTP server on 127.0.0.1 that behaves like api.github.com
// for the endpoints our actions use, and checks every request and every response it sends against
// GitHub's official OpenAPI description (npm @octokit/openapi, api.github.com.json).
//
//   const api = await startGitHubApi({ owner: 'acme', repo: 'widgets', token: 't' });
//   const gh = getOctokit('t', { baseUrl: api.url });      // or env GITHUB_API_URL=api.url
//   api.state.addRelease({ tag_name: 'v1', body: '...' });  // arrange
//   api.fault({ match: { operationId: 'repos/update-release' }, status: 403 });
//   ...run the action...
//   expect(api.state.getReleaseByTag('v1')?.body).toContain('sha256:');
//   api.assertNoViolations();                               // invalid requests, emulator bugs
//   await api.close();
//
// Emulated: GET /repos/{o}/{r}, GET .../license, GET .../tags, GET/POST .../releases,
// GET .../releases/latest, GET .../releases/tags/{tag}, GET/PATCH/DELETE .../releases/{id},
// GET /rate_limit, GET/DELETE container package versions (org and user owners), GET a pull
// request. Other paths of the description answer 501 and record a violation; paths that
// are not in the description answer 404 and record a violation.
// Modules: openapi-subset (extract + convert + disk cache), validators (Ajv, compiled code cached
// on disk), openapi (routing + checks), state, render (JSON shapes), handlers, faults, server, cli.
export { startGitHubApi, type ApiRequestRecord, type GitHubApi, type GitHubApiOptions } from './server.js';
export type { ApiFault, ApiFaultMatch } from './faults.js';
export { PackagesState, type PackageRecord, type PackageVersionRecord } from './packages-state.js';
export { EmulatorState, RepoState, type ReleaseInput, type ReleaseRecord, type RepoInput } from './state.js';
export { getApiSpec, type SpecTimings } from './openapi.js';
export { MAX_BODY_CHARS } from './handlers.js';
