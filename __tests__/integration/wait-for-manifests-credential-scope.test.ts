// wait-for-manifests with one global username/password and images on two registry hosts (issue
// 15, point 1): the step warns that the credential would reach both (a GITHUB_TOKEN meant for
// ghcr.io would reach another registry's token realm), and still finds the images. With each
// registry's own registry-auth entry there is no warning. The real bundle, on node20 and node24.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction } from '../../testkit/runner/index.js';
import { ensureRegistry, pushRandomImage, type Registry } from '../../testkit/services/index.js';

let anonymous: Registry;
let htpasswd: Registry;
let images: string;

beforeAll(async () => {
  [anonymous, htpasswd] = await Promise.all([ensureRegistry('anonymous'), ensureRegistry('htpasswd')]);
  const repo = `credential-scope-${Date.now().toString(36)}`;
  await Promise.all([
    pushRandomImage(anonymous, `${repo}/api`, 'v1'),
    pushRandomImage(htpasswd, `${repo}/web`, 'v1'),
  ]);
  images = `${anonymous.host}/${repo}/api:v1\n${htpasswd.host}/${repo}/web:v1`;
});
afterAll(cleanupRunnerTemp);

describe.each(NODE_VERSIONS)('one credential, two registry hosts, on %s', (node) => {
  it('global username/password: warned, images found', async () => {
    const r = await runAction({
      action: 'wait-for-manifests',
      node,
      inputs: { images, username: htpasswd.username!, password: htpasswd.password!, timeout: '30s' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toEqual([
      expect.stringContaining(
        `one global credential (username/password) would be sent to 2 registry hosts (${anonymous.host}, ${htpasswd.host})`,
      ),
    ]);
    expect(r.outputs['missing']).toBe('');
  });

  it('per-registry registry-auth: no warning, images found', async () => {
    const auth = { [htpasswd.host]: { username: htpasswd.username, password: htpasswd.password } };
    const r = await runAction({
      action: 'wait-for-manifests',
      node,
      inputs: { images, 'registry-auth': JSON.stringify(auth), timeout: '30s' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toEqual([]);
    expect(r.outputs['missing']).toBe('');
  });
});
