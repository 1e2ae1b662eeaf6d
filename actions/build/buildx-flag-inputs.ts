// The build-push-action inputs that only become `docker buildx build` flags (add-hosts, allow,
// attests, call, cgroup-parent, no-cache-filters) and github-token, read and checked once beside
// inputs.ts (which keeps the inputs the action itself acts on).
import semver from 'semver';
import { InputError, Inputs } from '../../packages/action-io/index.js';
import type { SecretRef, SecretValue } from './secret-inputs.js';

export interface BuildxFlagInputs {
  addHosts: string[];
  allow: string[];
  attests: string[];
  /** `--call` as written ('' = build); see callMethod. */
  call: string;
  cgroupParent: string;
  noCacheFilters: string[];
}

const ADD_HOST_RE = /^[^\s:=]+[:=]\S+$/;
const ALLOW_RE = /^(network\.host|security\.insecure|(fs|fs\.read|fs\.write)=\S+|device(=\S+)?)$/;
const ATTEST_RE = /(^|,)type=[a-z][a-z0-9-]*(,|$)/;
const CALL_RE = /^(build|check|outline|targets)(,[a-z]+=[^,\s]*)*$/;
const STAGE_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function checkEach(name: string, values: string[], valid: RegExp, allowed: string): string[] {
  const bad = values.find((value) => !valid.test(value));
  if (bad !== undefined) throw new InputError(name, `"${bad}" is not ${allowed}`);
  return values;
}

export function readBuildxFlagInputs(inputs: Inputs): BuildxFlagInputs {
  const call = inputs.string('call');
  if (call && !CALL_RE.test(call))
    throw new InputError(
      'call',
      `"${call}" is not one of: build, check, outline, targets (options after a comma)`,
    );
  const cgroupParent = inputs.string('cgroup-parent');
  if (/\s/.test(cgroupParent))
    throw new InputError('cgroup-parent', 'must be one cgroup path, without spaces');
  return {
    addHosts: checkEach(
      'add-hosts',
      inputs.list('add-hosts'),
      ADD_HOST_RE,
      'host:ip (e.g. docker:10.180.0.1)',
    ),
    allow: checkEach(
      'allow',
      inputs.list('allow'),
      ALLOW_RE,
      'an entitlement (allowed: network.host, security.insecure, fs=, fs.read=, fs.write=, device)',
    ),
    attests: checkEach(
      'attests',
      inputs.lines('attests'),
      ATTEST_RE,
      'type=<kind>[,key=value...] (e.g. type=sbom)',
    ),
    call,
    cgroupParent,
    noCacheFilters: checkEach('no-cache-filters', inputs.list('no-cache-filters'), STAGE_RE, 'a stage name'),
  };
}

/** The subrequest `call` asks for ('build' when unset): anything else builds and pushes nothing. */
export function callMethod(call: string): string {
  return call.split(',')[0] || 'build';
}

/** buildx learned --call in 0.15.0: with an older one, `call` fails with this message up front. */
export function callUnsupported(call: string, buildxVersion: string): string | undefined {
  if (!call || !semver.valid(buildxVersion) || semver.gte(buildxVersion, '0.15.0')) return undefined;
  return `the call input needs docker buildx 0.15.0 or newer (this one is ${buildxVersion}); docker/setup-buildx-action installs a current one`;
}

/**
 * github-token, as build-push-action passes it: a `GIT_AUTH_TOKEN.<host>` build secret, only for a
 * Git context on the workflow's GitHub server (never a local one), and only when no secret input
 * already names GIT_AUTH_TOKEN.
 */
export function gitAuthSecret(
  token: string,
  context: string,
  serverUrl: string,
  given: (SecretValue | SecretRef)[],
): SecretValue | undefined {
  if (!token || given.some((s) => s.id === 'GIT_AUTH_TOKEN' || s.id.startsWith('GIT_AUTH_TOKEN.')))
    return undefined;
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').host;
  } catch {
    return undefined;
  }
  const gitContext = /^https?:\/\/([^/@]+@)?([^/#]+)\//i.exec(context);
  if (!gitContext || gitContext[2].toLowerCase() !== host.toLowerCase()) return undefined;
  return { id: `GIT_AUTH_TOKEN.${host}`, value: token };
}
