// BuildInputs + what the run resolved (tags, cache entries, temp files) -> the exact argv of
// `docker buildx build`. Pure, so one table-driven test pins every flag.
import type { BuildInputs } from './inputs.js';

export interface ArgvContext {
  tags: string[];
  labels: string[];
  annotations: string[];
  cacheFrom: string[];
  cacheTo: string[];
  /** The builder to use ('' = the active one); builder-setup may have created it. */
  builder: string;
  metadataFile: string;
  iidFile: string;
  /** Files written for the `secrets` input (0600, under RUNNER_TEMP), in input order. */
  secretFiles: { id: string; path: string }[];
  /** `<server>/<repo>/actions/runs/<id>`, recorded as the provenance builder id when known. */
  builderId?: string;
}

/** Outputs that write files rather than an image: no image id and no provenance default. */
function writesFilesOnly(inputs: BuildInputs): boolean {
  return (
    !inputs.push &&
    !inputs.load &&
    inputs.outputs.length > 0 &&
    inputs.outputs.every((o) => /(^|,)type=(local|tar)(,|$)/.test(o) || (!o.includes('=') && o !== '-'))
  );
}

/** True when the only image destination is the docker image store (--load or type=docker). */
function loadsOnly(inputs: BuildInputs): boolean {
  if (inputs.push || inputs.outputs.some((o) => /(^|,)(type=(registry|image|oci)|push=true)(,|$)/.test(o))) {
    return false;
  }
  return inputs.load || inputs.outputs.some((o) => /(^|,)type=docker(,|$)/.test(o));
}

/**
 * Provenance: `mode=min` unless set (not when the result only goes to the docker image store or
 * to files, where an attestation cannot be stored); `false` disables it; anything else is passed
 * to buildx as written.
 */
export function provenanceArg(inputs: BuildInputs, builderId?: string): string | undefined {
  if (inputs.provenance !== '') return inputs.provenance;
  if (loadsOnly(inputs) || writesFilesOnly(inputs)) return undefined;
  return `mode=min,inline-only=true${builderId ? `,builder-id=${builderId}` : ''}`;
}

export function buildxArgv(inputs: BuildInputs, ctx: ArgvContext): string[] {
  const args = ['buildx', 'build'];
  const each = (flag: string, values: string[]) => values.forEach((v) => args.push(flag, v));
  each('--annotation', ctx.annotations);
  each('--build-arg', inputs.buildArgs);
  each('--build-context', inputs.buildContexts);
  each('--cache-from', ctx.cacheFrom);
  each('--cache-to', ctx.cacheTo);
  if (inputs.file) args.push('--file', inputs.file);
  if (!writesFilesOnly(inputs)) args.push('--iidfile', ctx.iidFile);
  each('--label', ctx.labels);
  if (inputs.network) args.push('--network', inputs.network);
  if (inputs.noCache) args.push('--no-cache');
  each('--output', inputs.outputs);
  if (inputs.platforms.length > 0) args.push('--platform', inputs.platforms.join(','));
  const provenance = provenanceArg(inputs, ctx.builderId);
  if (provenance !== undefined) args.push('--provenance', provenance);
  if (inputs.sbom) args.push('--sbom', inputs.sbom);
  if (inputs.pull) args.push('--pull');
  each(
    '--secret',
    ctx.secretFiles.map((s) => `id=${s.id},src=${s.path}`),
  );
  each(
    '--secret',
    inputs.secretFiles.map((s) => `id=${s.id},src=${s.source}`),
  );
  each(
    '--secret',
    inputs.secretEnvs.map((s) => `id=${s.id},env=${s.source}`),
  );
  if (inputs.shmSize) args.push('--shm-size', inputs.shmSize);
  each('--ssh', inputs.ssh);
  each('--tag', ctx.tags);
  if (inputs.target) args.push('--target', inputs.target);
  each('--ulimit', inputs.ulimit);
  if (ctx.builder) args.push('--builder', ctx.builder);
  args.push('--metadata-file', ctx.metadataFile, '--progress=rawjson');
  if (inputs.load) args.push('--load');
  if (inputs.push) args.push('--push');
  args.push(inputs.context);
  return args;
}
