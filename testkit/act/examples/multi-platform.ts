// Rehearsal of examples/multi-platform (issue 18): a v1.2.3 tag push runs our reusable
// build-multiplatform.yml under act: the planning job, one leg per platform (runs-on ubuntu-24.04
// and ubuntu-24.04-arm, both this machine; arm64 RUN steps under QEMU) each pushing by digest on
// the remote builder `dpa-buildkit` (the current BuildKit, named through the example's
// BUILDKIT_BUILDER variable as a self-hosted fleet would), the merge job, and the caller's deploy
// job printing the workflow's outputs. Then it checks the results where they land: the index in
// the registry has linux/amd64 and linux/arm64 whose configs say so, every tag resolves to it, and
// the outputs the deploy job got are that digest and those tags, and each image's RUN step ran on
// its architecture. The legs hand their digests on as matrix job outputs, so act is the build of
// ../matrix-outputs.ts (stock act keeps only the first leg's outputs).
import { randomBytes } from 'node:crypto';
import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ensureBuildkit,
  ensureMultiarchBaseImage,
  ensureQemu,
  platformDockerfile,
} from '../../services/buildkit.js';
import { manifestDigest } from '../../services/index.js';
import { getManifest, readPushed } from '../../services/oci-inspect.js';
import { pushTagEvent } from '../events.js';
import type { ActJob } from '../log.js';
import type { RehearsalSession } from '../session.js';
import type { ExampleRehearsal } from './types.js';

export const TAG = 'v1.2.3';
export const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const UNAME: Record<string, string> = { amd64: 'x86_64', arm64: 'aarch64' };
/** The image's repository under the registry: ghcr.io/${{ github.repository }}/app. */
export const repositoryOf = (session: RehearsalSession) => `${session.user.owner}/${session.user.name}/app`;
const imageOf = (session: RehearsalSession) => `${session.registry.host}/${repositoryOf(session)}`;

/** The runner has the current buildx as `docker buildx` and knows the remote builder. */
async function prepareRunner(env: { DOCKER_CONFIG: string }): Promise<Record<string, string>> {
  await ensureQemu();
  const buildkit = await ensureBuildkit();
  const plugin = join(env.DOCKER_CONFIG, 'cli-plugins', 'docker-buildx');
  await rm(plugin, { force: true });
  await symlink(buildkit.buildx, plugin);
  return { BUILDX_CONFIG: join(buildkit.dockerConfig, 'buildx') };
}

export interface MultiPlatformResult {
  digest: string;
  tags: string[];
  /** the deploy job (the caller's job after the reusable workflow) */
  deploy: ActJob;
}

function fail(what: string): never {
  throw new Error(`rehearsal multi-platform: ${what}`);
}

/** The workflow's outputs as the caller's deploy job printed them (`image` is the name, no tag). */
function deployOutputs(jobs: ActJob[], image: string): MultiPlatformResult {
  const deploy = jobs.find((j) => /(^|\/)deploy$/.test(j.name)) ?? fail('no deploy job ran');
  if (deploy.result !== 'success') fail(`the deploy job's result is ${deploy.result}`);
  const digest =
    deploy.lines.map((l) => /^digest: (sha256:[0-9a-f]{64})$/.exec(l.trim())?.[1]).find(Boolean) ??
    fail('the deploy job got no digest');
  // printf '%s\n' "$TAGS": one full reference a line
  const tags = deploy.lines.map((l) => l.trim()).filter((l) => l.startsWith(`${image}:`) && !/\s/.test(l));
  return { digest, tags, deploy };
}

/**
 * Checks the registry: every tag resolves to the digest, the index's entries are linux/amd64 and
 * linux/arm64 and each image's config names the same architecture.
 */
export async function checkIndex(session: RehearsalSession, result: MultiPlatformResult): Promise<void> {
  const repository = repositoryOf(session);
  const prefix = `${imageOf(session)}:`;
  const wanted = ['1.2.3', '1.2'].map((t) => prefix + t);
  for (const tag of wanted)
    if (!result.tags.includes(tag)) fail(`tag ${tag} not in ${result.tags.join(', ')}`);
  for (const tag of result.tags) {
    if (!tag.startsWith(prefix)) fail(`tag ${tag} is not in ${prefix}`);
    const digest = await manifestDigest(session.registry, repository, tag.slice(prefix.length));
    if (digest !== result.digest) fail(`${tag} resolves to ${digest}, not the index ${result.digest}`);
  }
  const index = await getManifest(session.registry, repository, result.digest);
  const entries = (index.manifests ?? [])
    .filter((d) => d.platform && d.platform.os !== 'unknown')
    .map((d) => `${d.platform!.os}/${d.platform!.architecture}`)
    .sort();
  if (entries.join() !== PLATFORMS.join()) fail(`the index's platforms are ${entries.join(', ')}`);
  const pushed = await readPushed(session.registry, repository, result.digest);
  const configs = pushed.images.map((i) => `${i.os}/${i.architecture}`).sort();
  if (configs.join() !== PLATFORMS.join()) fail(`the images' configs say ${configs.join(', ')}`);
  for (const image of pushed.images) {
    // the layer of `RUN /bin/busybox uname -m > /arch`: run on that architecture (QEMU for arm64)
    const arch = image.layers.at(-2)?.toString('latin1') ?? '';
    if (!arch.includes(`${UNAME[image.architecture]}\n`))
      fail(`${image.architecture}'s /arch is not ${UNAME[image.architecture]}`);
  }
}

async function play(session: RehearsalSession): Promise<void> {
  const marker = randomBytes(8).toString('hex');
  const dockerfile = platformDockerfile(await ensureMultiarchBaseImage(), marker);
  const sha = session.tag(TAG, { Dockerfile: dockerfile });
  await session.run(pushTagEvent(session.user, TAG, sha), {
    vars: { BUILDKIT_BUILDER: (await ensureBuildkit()).builder },
  });
}

/** The result of the session's run, for tests: outputs as the deploy job printed them. */
export const resultOf = (session: RehearsalSession): MultiPlatformResult =>
  deployOutputs(session.runs[0]?.jobs ?? [], imageOf(session));

/** The checks of checkIndex, as failed-check sentences (the first that fails). */
async function check(session: RehearsalSession): Promise<string[]> {
  try {
    await checkIndex(session, resultOf(session));
    return [];
  } catch (err) {
    return [(err as Error).message];
  }
}

export const multiPlatform: ExampleRehearsal = {
  name: 'multi-platform',
  files: () => ({ 'README.md': 'An app built for linux/amd64 and linux/arm64.\n' }),
  prepareRunner,
  // the legs hand their digests on as matrix job outputs: act as GitHub does them
  matrixOutputs: true,
  // plan, two legs, merge, deploy: the legs run at once, as on two runners
  concurrentJobs: 2,
  play,
  check,
};
