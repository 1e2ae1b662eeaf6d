// Acceptance 7: digests read from the real local registry (distribution 2.8, via the project's
// registry client) equal the ones buildx reported when it pushed the images.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubApi, type GitHubApi } from '../../testkit/github-api/index.js';
import { cleanupRunnerTemp, runAction, type NodeVersion } from '../../testkit/runner/index.js';
import {
  ensureDocker,
  ensureRegistry,
  pushRandomImage,
  type Registry,
} from '../../testkit/services/index.js';

const TOKEN = 'ghs_registrytest';
let api: GitHubApi;
let anonymous: Registry;
let htpasswd: Registry;
const pushed: Record<string, string> = {};
let multiRef = '';
let singleRef = '';
let privateRef = '';

beforeAll(async () => {
  const env = await ensureDocker();
  anonymous = await ensureRegistry('anonymous');
  htpasswd = await ensureRegistry('htpasswd');
  const run = Date.now().toString(36);
  singleRef = `${anonymous.host}/notes-${run}/api:v1.2.3`;
  multiRef = `${anonymous.host}/notes-${run}/web:v1.2.3`;
  privateRef = `${htpasswd.host}/notes-${run}/worker:v1.2.3`;
  pushed[singleRef] = await pushRandomImage(anonymous, `notes-${run}/api`, 'v1.2.3');
  pushed[multiRef] = await pushRandomImage(anonymous, `notes-${run}/web`, 'v1.2.3', {
    platforms: ['linux/amd64', 'linux/arm64'],
  });
  pushed[privateRef] = await pushRandomImage(htpasswd, `notes-${run}/worker`, 'v1.2.3');
  void env;
}, 300_000);
beforeEach(async () => {
  api = await startGitHubApi({ token: TOKEN });
});
afterEach(async () => {
  api.assertNoViolations();
  await api.close();
});
afterAll(cleanupRunnerTemp);

function run(node: NodeVersion, inputs: Record<string, string>) {
  return runAction({
    action: 'append-image-digests-to-release',
    node,
    event: 'push-tag',
    inputs: { token: TOKEN, ...inputs },
    env: { GITHUB_API_URL: api.url },
    secrets: [TOKEN, htpasswd.password ?? ''],
  });
}

describe.each(['node24', 'node20'] as const)('%s', (node) => {
  it('resolves digests and platforms from the registry; equal to what buildx pushed', async () => {
    const gone = singleRef.replace('/api:', '/never-pushed:');
    const result = await run(node, {
      images: [singleRef, multiRef, gone, privateRef].join('\n'),
      username: htpasswd.username ?? '',
      password: htpasswd.password ?? '',
    });
    if (result.exitCode !== 0) throw new Error(result.log);
    const body = api.state.releases[0].body ?? '';
    for (const [ref, digest] of Object.entries(pushed)) {
      expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(body).toContain(`docker pull ${ref.replace(/:v1\.2\.3$/, '')}@${digest}`);
    }
    expect(body).toContain('- **Platforms:** `linux/amd64`, `linux/arm64`');
    expect(body).toContain(`> - \`${gone}\``);
    expect(result.warnings.join('\n')).toContain(`${gone} is not in its registry`);
    expect(result.outputs['images-written']).toBe('3');
    expect(result.masked).toContain(htpasswd.password);
  });
});

it('wrong registry credentials fail before the release is touched', async () => {
  const result = await run('node24', {
    images: privateRef,
    username: 'nobody',
    password: 'wrong-password',
  });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(/could not read 1 digest\(s\) from the registry/);
  expect(api.requests).toEqual([]);
});
