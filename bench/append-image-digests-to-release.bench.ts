// append-image-digests-to-release: GitHub API requests per run and wall time for 185 images.
//
// Every run goes through the runner harness (the real dist bundle on Node 24, as the runner
// starts it) against the OpenAPI-validated GitHub API emulator. Baseline, measured in the same
// run: the harness starting a Node script that does nothing (what any node action costs).
//   1. Requests per run, 185 images with digests given: existing published release in replace
//      mode (target: at most 3), an identical re-run, a release created, a draft found by listing.
//   2. Wall time, 185 images: digests given; digests read from the local registry (HEAD only,
//      and with platforms). Targets: 1.5 s and 5 s.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type GitHubApi } from '../testkit/github-api/index.js';
import { cleanupRunnerTemp, runAction, type RunResult } from '../testkit/runner/index.js';
import { ensureDocker, ensureRegistry, pushRandomImage, type Registry } from '../testkit/services/index.js';

const IMAGES = 185;
const REPS = Number(process.env.BENCH_REPS ?? 5);
const TOKEN = 'ghs_bench';
const REQUEST_TARGET = 3;
const GIVEN_TARGET_MS = 1500;
const REGISTRY_TARGET_MS = 5000;
const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const verdict = (met: boolean) => (met ? 'target met' : 'TARGET MISSED');

async function check(result: Promise<RunResult>): Promise<RunResult> {
  const r = await result;
  if (r.exitCode !== 0) throw new Error(`run failed:\n${r.log.slice(-3000)}`);
  return r;
}

function action(api: GitHubApi, inputs: Record<string, string>, event = 'push-tag') {
  return check(
    runAction({
      action: 'append-image-digests-to-release',
      node: 'node24',
      event,
      inputs: { token: TOKEN, ...inputs },
      env: { GITHUB_API_URL: api.url },
      secrets: [TOKEN],
    }),
  );
}

/** Copies an image (manifest or index, blobs mounted, not uploaded) to another repository. */
async function copyImage(
  registry: Registry,
  from: string,
  ref: string,
  to: string,
  tag?: string,
): Promise<void> {
  const res = await fetch(`${registry.url}/v2/${from}/manifests/${ref}`, { headers: { accept: ACCEPT } });
  if (!res.ok) throw new Error(`GET manifest ${from}:${ref}: ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  const body = Buffer.from(await res.arrayBuffer());
  const manifest = JSON.parse(body.toString('utf8')) as {
    manifests?: { digest: string }[];
    config?: { digest: string };
    layers?: { digest: string }[];
  };
  for (const child of manifest.manifests ?? []) await copyImage(registry, from, child.digest, to);
  for (const blob of [manifest.config, ...(manifest.layers ?? [])].filter(Boolean) as { digest: string }[]) {
    const mount = await fetch(`${registry.url}/v2/${to}/blobs/uploads/?mount=${blob.digest}&from=${from}`, {
      method: 'POST',
    });
    if (mount.status !== 201) throw new Error(`mount ${blob.digest} into ${to}: ${mount.status}`);
  }
  const put = await fetch(`${registry.url}/v2/${to}/manifests/${tag ?? ref}`, {
    method: 'PUT',
    headers: { 'content-type': type },
    body,
  });
  if (put.status !== 201)
    throw new Error(`PUT manifest ${to}:${tag ?? ref}: ${put.status} ${await put.text()}`);
}

async function seedRegistry(registry: Registry, prefix: string): Promise<string[]> {
  const source = `${prefix}/source`;
  await pushRandomImage(registry, source, 'v1.2.3', { platforms: ['linux/amd64', 'linux/arm64'] });
  const refs = Array.from({ length: IMAGES }, (_, i) => `${registry.host}/${prefix}/service-${i}:v1.2.3`);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < IMAGES) {
        const i = next++;
        await copyImage(registry, source, 'v1.2.3', `${prefix}/service-${i}`, 'v1.2.3');
      }
    }),
  );
  return refs;
}

const digests: Record<string, string> = {};
for (let i = 0; i < IMAGES; i++) {
  digests[`ghcr.io/octo-org/octo-repo/service-${i}:v1.2.3`] = `sha256:${i.toString(16).padStart(64, '0')}`;
}
const given = { digests: JSON.stringify(digests) };

const api = await startGitHubApi({ token: TOKEN });
const count = async (inputs: Record<string, string>, arrange: () => void, event?: string) => {
  api.requests.length = 0;
  api.state.releases.length = 0;
  arrange();
  await action(api, inputs, event);
  return api.requests.map((r) => `${r.method} ${r.status}`);
};

console.log(`append-image-digests-to-release, ${IMAGES} images, node24 through the runner harness`);
console.log('\n1. GitHub API requests per run (digests given)');
const existing = await count(given, () => api.state.addRelease({ tag_name: 'v1.2.3', body: '## Changes\n' }));
console.log(
  `   existing published release, replace: ${existing.length} (${existing.join(', ')}); target <= ${REQUEST_TARGET}: ${verdict(existing.length <= REQUEST_TARGET)}`,
);
api.requests.length = 0;
await action(api, given);
const rerun = api.requests.map((r) => `${r.method} ${r.status}`);
console.log(`   identical re-run (body unchanged): ${rerun.length} (${rerun.join(', ')})`);
const created = await count(given, () => {});
console.log(`   release missing, created with the section: ${created.length} (${created.join(', ')})`);
const draft = await count(given, () => api.state.addRelease({ tag_name: 'v1.2.3', draft: true, body: '' }));
console.log(`   draft (found by listing): ${draft.length} (${draft.join(', ')})`);
const merged = await count({ ...given, mode: 'merge' }, () =>
  api.state.addRelease({ tag_name: 'v1.2.3', body: '' }),
);
console.log(
  `   existing published release, merge (write, settle, verify): ${merged.length} (${merged.join(', ')})`,
);

console.log(`\n2. Wall time, medians of ${REPS} interleaved runs (existing release, replace mode)`);
await ensureDocker();
const registry = await ensureRegistry('anonymous');
const t0 = performance.now();
const refs = await seedRegistry(registry, `bench-notes-${Date.now().toString(36)}`);
console.log(
  `   (seeded ${IMAGES} images, 2 platforms each, in the local registry in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
const noop = join(mkdtempSync(join(tmpdir(), 'aidr-bench-')), 'noop.mjs');
writeFileSync(noop, '');
const fromRegistry = { images: refs.join('\n') };
const samples: Record<string, number[]> = { baseline: [], given: [], headOnly: [], platforms: [] };
for (let rep = 0; rep < REPS; rep++) {
  const fresh = () => {
    api.state.releases.length = 0;
    api.state.addRelease({ tag_name: 'v1.2.3', body: '## Changes\n' });
  };
  samples.baseline.push(
    (await check(runAction({ action: 'append-image-digests-to-release', entry: noop, node: 'node24' })))
      .durationMs,
  );
  fresh();
  samples.given.push((await action(api, given)).durationMs);
  fresh();
  samples.headOnly.push((await action(api, { ...fromRegistry, 'list-platforms': 'false' })).durationMs);
  fresh();
  samples.platforms.push((await action(api, fromRegistry)).durationMs);
}
const base = median(samples.baseline);
const line = (label: string, xs: number[], target?: number) => {
  const m = median(xs);
  const goal = target === undefined ? '' : `; target <= ${target} ms: ${verdict(m <= target)}`;
  console.log(
    `   ${label.padEnd(52)} ${m.toFixed(0).padStart(6)} ms  (${(m / base).toFixed(2)}x baseline)${goal}`,
  );
};
line('baseline: node24 starting an empty script', samples.baseline);
line(`${IMAGES} digests given`, samples.given, GIVEN_TARGET_MS);
line(`${IMAGES} digests from the registry (HEAD only)`, samples.headOnly, REGISTRY_TARGET_MS);
line(`${IMAGES} digests + platforms from the registry`, samples.platforms, REGISTRY_TARGET_MS);
api.assertNoViolations();
await api.close();
await cleanupRunnerTemp();
