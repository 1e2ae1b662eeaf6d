// Issue 17: gpu-cpu-lb-images (seed 001) and monorepo-base-services (seed 003) run for real under
// nektos/act, and the checks their rehearsal modules declare hold: the pull request pushes nothing,
// main pushes `:main`, the release-please release pushes the version and `latest`; a release runs
// build-base -> services -> update-release. Their `sbom: true` builds get an SPDX attestation from
// the sbom-scanner service (the stand-in for BuildKit's default generator).
import { expect, it } from '@jest/globals';
import { gpuCpuLbImages } from '../../testkit/act/examples/gpu-cpu-lb-images.js';
import { monorepoBaseServices } from '../../testkit/act/examples/monorepo-base-services.js';
import { rehearse } from '../../testkit/act/rehearse.js';

it.each([
  { name: 'gpu-cpu-lb-images', example: gpuCpuLbImages, jobs: 20, images: 6, release: 'v0.7.3' },
  { name: 'monorepo-base-services', example: monorepoBaseServices, jobs: 6, images: 5, release: 'v1.0.0' },
])('$name: every job succeeds and every check of the example holds', async ({ example, ...want }) => {
  const summary = await rehearse(example, { runTimeoutMs: 180_000 });
  expect(summary.failedChecks).toEqual([]);
  expect(summary).toMatchObject({ succeeded: want.jobs, failed: 0, release: want.release });
  expect(summary.images).toHaveLength(want.images);
});
