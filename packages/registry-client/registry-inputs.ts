// The inputs every registry-reading action shares besides credentials (./credentials.ts):
// `insecure-registries` and `platforms`, read and checked the same way by wait-for-manifests and
// merge-manifests.
import { InputError, type Inputs } from '../action-io/index.js';
import { parsePlatformList } from '../platforms/index.js';

const HOST_RE =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/i;

/** `insecure-registries`: host or host:port, lower-cased. */
export function readInsecureRegistries(inputs: Inputs): string[] {
  const insecureRegistries = inputs.list('insecure-registries').map((r) => r.toLowerCase());
  const badHost = insecureRegistries.find((r) => !HOST_RE.test(r));
  if (badHost !== undefined) {
    throw new InputError(
      'insecure-registries',
      `"${badHost}" is not a registry host (allowed: host or host:port, e.g. registry.local:5000)`,
    );
  }
  return insecureRegistries;
}

/** `platforms`: os/architecture[/variant] each, lower-cased. */
export function readPlatforms(inputs: Inputs): string[] {
  const platforms = inputs.list('platforms');
  const { bad } = parsePlatformList(platforms);
  if (bad.length) {
    throw new InputError(
      'platforms',
      `${bad.map((p) => `"${p}"`).join(', ')} ${bad.length > 1 ? 'are not platforms' : 'is not a platform'} (allowed: os/architecture[/variant], comma-separated, e.g. linux/amd64,linux/arm64)`,
    );
  }
  return platforms.map((p) => p.toLowerCase());
}
