// Issue 15, point 1 (action side): a global username/password goes to every registry host in the
// list that has no registry-auth entry of its own; with more than one such host the action warns.
import { describe, expect, it } from '@jest/globals';
import { parseReference } from '../../packages/image-ref/index.js';
import {
  globalCredentialHosts,
  globalCredentialWarning,
} from '../../packages/registry-client/credential-scope.js';
import { parseRegistryAuth } from '../../packages/registry-client/credentials.js';

const registriesOf = (...refs: string[]) => refs.map((r) => parseReference(r).registry);

describe('globalCredentialWarning', () => {
  it.each([
    {
      name: 'GITHUB_TOKEN as global password, images on ghcr.io and Docker Hub',
      global: true,
      refs: ['ghcr.io/o/api:1', 'nginx:1.27'],
      auth: '',
      hosts: ['docker.io', 'ghcr.io'],
    },
    {
      name: 'three hosts, written in every Docker Hub spelling',
      global: true,
      refs: ['ghcr.io/o/a:1', 'docker.io/library/nginx:1', 'index.docker.io/o/b:1', 'quay.io/o/c:1'],
      auth: '',
      hosts: ['docker.io', 'ghcr.io', 'quay.io'],
    },
    {
      name: 'one host only',
      global: true,
      refs: ['ghcr.io/o/api:1', 'ghcr.io/o/web:1'],
      auth: '',
      hosts: ['ghcr.io'],
    },
    {
      name: 'no global credential',
      global: false,
      refs: ['ghcr.io/o/api:1', 'nginx:1.27'],
      auth: '',
      hosts: [],
    },
    {
      name: 'the other host has its own registry-auth entry',
      global: true,
      refs: ['ghcr.io/o/api:1', 'nginx:1.27'],
      auth: 'https://index.docker.io/v1/: {username: hub, password: x}',
      hosts: ['ghcr.io'],
    },
    {
      name: 'every host has its own registry-auth entry',
      global: true,
      refs: ['ghcr.io/o/api:1', 'nginx:1.27'],
      auth: '{"ghcr.io": {"token": "t"}, "docker.io": {"token": "u"}}',
      hosts: [],
    },
  ])('$name', async ({ global, refs, auth, hosts }) => {
    const input = {
      globalCredential: global,
      registries: registriesOf(...refs),
      perRegistry: [...(await parseRegistryAuth(auth)).keys()],
    };
    expect(globalCredentialHosts(input)).toEqual(hosts);
    const warning = globalCredentialWarning(input);
    if (hosts.length < 2) {
      expect(warning).toBeUndefined();
    } else {
      expect(warning).toContain(`would be sent to ${hosts.length} registry hosts (${hosts.join(', ')})`);
      expect(warning).toMatch(/registry-auth/);
    }
  });
});
