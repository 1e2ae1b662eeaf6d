// BuildInputs + what the run resolved (tags, cache entries, temp files) -> the exact argv of
// `docker buildx build`. Pure, so one table-driven test pins every flag.
import { callMethod } from './buildx-flag-inputs.js';
import type { BuildInputs } from './inputs.js';
import { digestOutput } from './push-by-digest.js';

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
  if (loadsOnly(inputs) || writesFilesOnly(inputs) || inputs.attests.some(isAttest('provenance')))
    return undefined;
  return `mode=min,inline-only=true${builderId ? `,builder-id=${builderId}` : ''}`;
}

const isAttest = (kind: string) => (attest: string) => new RegExp(`(^|,)type=${kind}(,|$)`).test(attest);

/** attests as written, except a provenance or sbom one when that input is set (the input wins). */
function attestArgs(inputs: BuildInputs): string[] {
  return inputs.attests.filter(
    (a) => !(inputs.provenance && isAttest('provenance')(a)) && !(inputs.sbom && isAttest('sbom')(a)),
  );
}

/** A `call` other than build (check, outline, targets) evaluates the build: nothing is exported. */
export function evaluatesOnly(inputs: Pick<BuildInputs, 'call'>): boolean {
  return callMethod(inputs.call) !== 'build';
}

/** The --secret flags: `secrets` (files written by the run), then secret-files, then secret-envs. */
function secretArgs(inputs: BuildInputs, ctx: ArgvContext): string[] {
  return [
    ...ctx.secretFiles.map((s) => `id=${s.id},src=${s.path}`),
    ...inputs.secretFiles.map((s) => `id=${s.id},src=${s.source}`),
    ...inputs.secretEnvs.map((s) => `id=${s.id},env=${s.source}`),
  ].flatMap((secret) => ['--secret', secret]);
}

export function buildxArgv(inputs: BuildInputs, ctx: ArgvContext): string[] {
  // A `call` run (check, outline, targets) exports nothing: no cache, image id, attestations, push.
  const exports = !evaluatesOnly(inputs);
  const args = ['buildx', 'build'];
  const each = (flag: string, values: string[]) => values.forEach((v) => args.push(flag, v));
  each('--add-host', inputs.addHosts);
  each('--allow', inputs.allow);
  each('--annotation', ctx.annotations);
  if (exports) each('--attest', attestArgs(inputs));
  each('--build-arg', inputs.buildArgs);
  each('--build-context', inputs.buildContexts);
  each('--cache-from', ctx.cacheFrom);
  if (exports) each('--cache-to', ctx.cacheTo);
  if (inputs.call) args.push('--call', inputs.call);
  if (inputs.cgroupParent) args.push('--cgroup-parent', inputs.cgroupParent);
  if (inputs.file) args.push('--file', inputs.file);
  if (exports && !writesFilesOnly(inputs)) args.push('--iidfile', ctx.iidFile);
  each('--label', ctx.labels);
  if (inputs.network) args.push('--network', inputs.network);
  if (inputs.noCache) args.push('--no-cache');
  each('--no-cache-filter', inputs.noCacheFilters);
  if (exports) each('--output', inputs.pushByDigest ? [digestOutput(inputs.images)] : inputs.outputs);
  if (inputs.platforms.length > 0) args.push('--platform', inputs.platforms.join(','));
  const provenance = exports ? provenanceArg(inputs, ctx.builderId) : undefined;
  if (provenance !== undefined) args.push('--provenance', provenance);
  if (exports && inputs.sbom) args.push('--sbom', inputs.sbom);
  if (inputs.pull) args.push('--pull');
  args.push(...secretArgs(inputs, ctx));
  if (inputs.shmSize) args.push('--shm-size', inputs.shmSize);
  each('--ssh', inputs.ssh);
  each('--tag', ctx.tags);
  if (inputs.target) args.push('--target', inputs.target);
  each('--ulimit', inputs.ulimit);
  if (ctx.builder) args.push('--builder', ctx.builder);
  args.push('--metadata-file', ctx.metadataFile, '--progress=rawjson');
  if (exports && inputs.load) args.push('--load');
  // push-by-digest's output pushes; --push would add a second, tagged, registry output
  if (exports && inputs.push && !inputs.pushByDigest) args.push('--push');
  args.push(inputs.context);
  return args;
}
