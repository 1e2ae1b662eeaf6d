// Route matching and request/response validation against GitHub's OpenAPI description.
// Built once per module instance (once per process; once per test file under jest, whose module
// registries are isolated) from the on-disk caches of the spec subset and compiled validators.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { EMULATED_OPERATIONS, loadSubset, type OperationSubset, type ParamSubset } from './openapi-subset.js';
import { loadValidators, validatorId as vid, type Validators } from './validators.js';

export interface CompiledOperation {
  op: OperationSubset;
  path: ValidateFunction;
  query: ValidateFunction;
  body?: ValidateFunction;
  /** status -> validator (null: no body documented) */
  responses: Record<string, ValidateFunction | null>;
}

export type Resolution =
  | { kind: 'unknown' }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-emulated'; operationId: string }
  | {
      kind: 'operation';
      operationId: string;
      compiled: CompiledOperation;
      pathParams: Record<string, string>;
    };

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  methods: Record<string, string>;
  /** cheap pre-filters before the regex: first path segment, and segment count (unless a
   * multi-segment parameter makes it variable) */
  first: string;
  segments: number | undefined;
}

export interface RequestCheck {
  /** Problems found, in GitHub's "Invalid request" wording; empty when the request is valid. */
  errors: string[];
  /** true when a path parameter is invalid (GitHub answers 404 then) */
  pathInvalid: boolean;
  /** Path and query parameters coerced to their schema types (e.g. per_page as a number). */
  params: Record<string, unknown>;
}

export interface SpecTimings {
  /** loading the spec subset (parsing the 13 MB description unless cached) */
  loadMs: number;
  fromCache: boolean;
  /** loading (or compiling, unless cached) the validators */
  validatorsMs: number;
  validatorsFromCache: boolean;
  /** building the route table */
  routesMs: number;
}

function buildRoute(template: string, methods: Record<string, string>, multi: string[]): Route {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((seg) => {
      const m = /^\{(.+)\}$/.exec(seg);
      if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return multi.includes(m[1]) ? '(.+)' : '([^/]+)';
    })
    .join('/');
  const segs = template.split('/');
  const variable = names.some((n) => multi.includes(n));
  return {
    template,
    regex: new RegExp(`^${source}$`),
    names,
    methods,
    first: segs[1],
    segments: variable ? undefined : segs.length,
  };
}

/** Sort key: literal segments beat parameters, which beat multi-segment parameters (so
 * /releases/latest is not /releases/{release_id}); then longer templates first. */
function templateRanks(template: string, multi: string[]): number[] {
  return template
    .split('/')
    .map((seg) => (!seg.startsWith('{') ? 0 : multi.includes(seg.slice(1, -1)) ? 2 : 1));
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return b.length - a.length;
}

function describe(e: ErrorObject, where: string): string {
  const field = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '/properties/') : '';
  const at = where === 'body' ? (field ? `'properties/${field}'` : 'the request body') : `'${field}'`;
  const value = JSON.stringify(e.data);
  switch (e.keyword) {
    case 'required':
      return `"${String(e.params.missingProperty)}" wasn't supplied.`;
    case 'type':
      return `For ${at}, ${value} is not ${/^[aeiou]/.test(String(e.params.type)) ? 'an' : 'a'} ${String(e.params.type)}.`;
    case 'enum':
      return `For ${at}, ${value} is not one of ${JSON.stringify(e.params.allowedValues)}.`;
    default:
      return `For ${at}, ${value} ${e.message ?? 'is invalid'}.`;
  }
}

/** Path/query parameters arrive as strings: coerce them to their schema's scalar type (invalid
 * values stay strings and fail validation). */
function coerce(
  params: ParamSubset[],
  where: 'path' | 'query',
  raw: Record<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const p of params) {
    const v = raw[p.name];
    if (p.in !== where || v === undefined) continue;
    const types = ([] as unknown[]).concat(p.schema.type);
    if (
      (types.includes('integer') && /^-?\d+$/.test(v)) ||
      (types.includes('number') && v.trim() !== '' && Number.isFinite(Number(v)))
    ) {
      out[p.name] = Number(v);
    } else if (types.includes('boolean') && (v === 'true' || v === 'false')) {
      out[p.name] = v === 'true';
    }
  }
  return out;
}

export class ApiSpec {
  readonly timings: SpecTimings;
  private readonly routes: Route[];
  private readonly compiled = new Map<string, CompiledOperation>();
  private readonly basicError: ValidateFunction;

  constructor() {
    const load = loadSubset();
    const { subset } = load;
    const v = loadValidators(subset, load.key, load.cacheDir);
    const started = performance.now();
    const ranks = new Map(
      Object.entries(subset.paths).map(([t, p]) => [t, templateRanks(t, p.multiSegment)]),
    );
    this.routes = Object.keys(subset.paths)
      .sort((a, b) => compareRanks(ranks.get(a) as number[], ranks.get(b) as number[]))
      .map((t) => buildRoute(t, subset.paths[t].methods, subset.paths[t].multiSegment));
    const routesMs = performance.now() - started;
    const all: Validators = v.validators;
    for (const id of EMULATED_OPERATIONS) {
      const op = subset.operations[id];
      const responses: Record<string, ValidateFunction | null> = {};
      for (const [status, schema] of Object.entries(op.responses)) {
        responses[status] = schema ? all[vid.response(id, status)] : null;
      }
      const path = all[vid.path(id)];
      const query = all[vid.query(id)];
      const body = op.requestBody?.schema ? all[vid.body(id)] : undefined;
      this.compiled.set(id, { op, path, query, body, responses });
    }
    this.basicError = all[vid.basicError];
    this.timings = {
      loadMs: load.ms,
      fromCache: load.fromCache,
      validatorsMs: v.ms,
      validatorsFromCache: v.fromCache,
      routesMs,
    };
  }

  /** Finds the operation for a request path (without query string). */
  resolve(method: string, pathname: string): Resolution {
    const segs = pathname.split('/');
    for (const route of this.routes) {
      if (route.first !== segs[1] && !route.first.startsWith('{')) continue;
      if (route.segments !== undefined && route.segments !== segs.length) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const operationId = route.methods[method];
      if (!operationId) return { kind: 'method-not-allowed', allowed: Object.keys(route.methods) };
      const compiled = this.compiled.get(operationId);
      if (!compiled) return { kind: 'not-emulated', operationId };
      let pathParams: Record<string, string>;
      try {
        pathParams = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      } catch {
        return { kind: 'unknown' };
      }
      return { kind: 'operation', operationId, compiled, pathParams };
    }
    return { kind: 'unknown' };
  }

  /** Checks path/query parameters and the JSON body (already parsed; undefined when absent). */
  checkRequest(
    compiled: CompiledOperation,
    pathParams: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): RequestCheck {
    const errors: string[] = [];
    const params = compiled.op.parameters;
    const path = coerce(params, 'path', pathParams);
    const q = coerce(params, 'query', Object.fromEntries(query));
    const pathInvalid = !compiled.path(path);
    if (pathInvalid) errors.push(...(compiled.path.errors ?? []).map((e) => describe(e, 'path')));
    if (!compiled.query(q)) errors.push(...(compiled.query.errors ?? []).map((e) => describe(e, 'query')));
    const rb = compiled.op.requestBody;
    if (body === undefined) {
      if (rb?.required) errors.push('A request body is required.');
    } else if (compiled.body && !compiled.body(body)) {
      errors.push(...(compiled.body.errors ?? []).map((e) => describe(e, 'body')));
    }
    return { errors, pathInvalid, params: { ...q, ...path } };
  }

  /**
   * Checks a response against the description. Returns problems (empty when fine). Statuses the
   * description does not list are accepted for errors (>= 400) carrying GitHub's basic-error shape
   * (the description is incomplete there: e.g. GET release by id documents no 404) and, when
   * `lenient`, for anything (injected faults).
   */
  checkResponse(compiled: CompiledOperation, status: number, body: unknown, lenient = false): string[] {
    const key = String(status);
    if (!(key in compiled.op.responses)) {
      if (lenient) return [];
      if (status < 400) return [`status ${status} is not documented for ${compiled.op.operationId}`];
      return this.basicError(body) ? [] : this.errorsOf(this.basicError, 'basic-error');
    }
    const validate = compiled.responses[key];
    if (validate === null) {
      return body === undefined || status >= 400 ? [] : [`status ${status} must not have a body`];
    }
    return validate(body) ? [] : this.errorsOf(validate, `${status} response`);
  }

  private errorsOf(v: ValidateFunction, what: string): string[] {
    return (v.errors ?? []).map((e) => `${what}${e.instancePath || ' (root)'} ${e.message ?? 'is invalid'}`);
  }
}

let cached: ApiSpec | undefined;

/** The compiled spec, built on first use and shared by every emulator in this module instance. */
export function getApiSpec(): ApiSpec {
  cached ??= new ApiSpec();
  return cached;
}
