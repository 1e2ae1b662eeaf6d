// The examples `npm run rehearse` knows, by name (the folder under examples/).
import { chainedModelMatrix } from './chained-model-matrix.js';
import { gpuCpuLbImages } from './gpu-cpu-lb-images.js';
import { monorepoBaseServices } from './monorepo-base-services.js';
import { multiPlatform } from './multi-platform.js';
import { multiStageTargets } from './multi-stage-targets.js';
import { perServiceRelease } from './per-service-release.js';
import type { ExampleRehearsal } from './types.js';

export const EXAMPLES: Record<string, ExampleRehearsal> = {
  [perServiceRelease.name]: perServiceRelease,
  [multiStageTargets.name]: multiStageTargets,
  [chainedModelMatrix.name]: chainedModelMatrix,
  [gpuCpuLbImages.name]: gpuCpuLbImages,
  [monorepoBaseServices.name]: monorepoBaseServices,
  [multiPlatform.name]: multiPlatform,
};
