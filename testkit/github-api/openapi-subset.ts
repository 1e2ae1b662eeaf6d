// Extracts from GitHub's official OpenAPI description (npm @octokit/openapi, api.github.com.json,
// OpenAPI 3.0.3) exactly what the emulator needs: every path template + method (to tell "unknown
// endpoint" from "known but not emulated"), and for the emulated operations their parameters,
// request body and response schemas, converted to plain JSON Schema (draft-07, as Ajv wants it)
// together with the transitive closure of referenced component schemas.
//
// Parsing the 13 MB description costs ~0.5-1 s, so the extracted subset (~100 KB) is cached on
// disk under node_modules/.cache/github-api-emulator/, keyed by the spec version and SUBSET_VERSION.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type JsonSchema = { [key: string]: unknown };

/** Operations the emulator implements (validators are compiled for these only). */
export const EMULATED_OPERATIONS = [
  'repos/get',
  'licenses/get-for-repo',
  'repos/list-tags',
  'repos/list-releases',
  'repos/create-release',
  'repos/get-latest-release',
  'repos/get-release-by-tag',
  'repos/get-release',
  'repos/update-release',
  'repos/delete-release',
  'rate-limit/get',
  'packages/get-all-package-versions-for-package-owned-by-org',
  'packages/get-all-package-versions-for-package-owned-by-user',
  'packages/delete-package-version-for-org',
  'packages/delete-package-version-for-user',
  'pulls/get',
] as const;
export type OperationId = (typeof EMULATED_OPERATIONS)[number];

/** Bump when the extraction/conversion below changes, to invalidate on-disk caches. */
const SUBSET_VERSION = 5;

export interface ParamSubset {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
  multiSegment: boolean;
}
export interface OperationSubset {
  operationId: string;
  method: string; // upper case
  path: string; // template, e.g. /repos/{owner}/{repo}/releases/{release_id}
  docsUrl: string;
  parameters: ParamSubset[];
  requestBody?: { required: boolean; schema?: JsonSchema };
  /** status -> JSON schema of the application/json body, or null when no body is documented */
  responses: Record<string, JsonSchema | null>;
}
export interface SpecSubset {
  specVersion: string;
  /** every path template in the description -> method (upper case) -> operationId, plus the names of
   * its `x-multi-segment` path parameters (they may contain `/`) */
  paths: Record<string, { methods: Record<string, string>; multiSegment: string[] }>;
  operations: Record<string, OperationSubset>;
  definitions: Record<string, JsonSchema>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** OpenAPI-only or annotation keywords that Ajv (strict) does not know; dropped during conversion. */
const DROP = new Set([
  'nullable',
  'example',
  'examples',
  'description',
  'title',
  'readOnly',
  'writeOnly',
  'deprecated',
  'discriminator',
  'xml',
  'externalDocs',
]);
/** Formats the description uses that Ajv (with ajv-formats) checks; any other format is dropped. */
const KEPT_FORMATS = new Set(['uri', 'date-time', 'date', 'email', 'uri-template']);
/** absolute, so references resolve the same from any validator's base id */
export const DEFINITIONS_ID = 'https://api.github.com/openapi-definitions.json';
const SCHEMA_REF = '#/components/schemas/';

/** Converts one OpenAPI 3.0 schema to JSON Schema, recording referenced component names. */
export function convertSchema(schema: unknown, refs: Set<string>): JsonSchema {
  if (!isObj(schema)) return {};
  if (typeof schema.$ref === 'string') {
    // OpenAPI 3.0: siblings of $ref are ignored.
    if (!schema.$ref.startsWith(SCHEMA_REF)) throw new Error(`unsupported $ref ${schema.$ref}`);
    const name = schema.$ref.slice(SCHEMA_REF.length);
    refs.add(name);
    return { $ref: `${DEFINITIONS_ID}#/definitions/${name}` };
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROP.has(key) || key.startsWith('x-')) continue;
    if (key === 'format' && !KEPT_FORMATS.has(String(value))) continue;
    if (key === 'properties' && isObj(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertSchema(v, refs)]));
    } else if ((key === 'items' || key === 'not') && isObj(value)) {
      out[key] = convertSchema(value, refs);
    } else if (key === 'additionalProperties' && isObj(value)) {
      out[key] = convertSchema(value, refs);
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = value.map((v) => convertSchema(v, refs));
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable !== true) return out;
  // OpenAPI 3.0 `nullable: true` -> JSON Schema null type (3.1 style).
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (Object.keys(out).length === 0) return out; // {nullable: true} alone accepts anything
  return { anyOf: [out, { type: 'null' }] };
}

function resolveParam(doc: Obj, p: unknown): Obj {
  if (isObj(p) && typeof p.$ref === 'string') {
    const name = p.$ref.replace('#/components/parameters/', '');
    const params = (doc.components as Obj).parameters as Obj;
    return params[name] as Obj;
  }
  return p as Obj;
}

function resolveResponse(doc: Obj, r: unknown): Obj {
  if (isObj(r) && typeof r.$ref === 'string') {
    const name = r.$ref.replace('#/components/responses/', '');
    return ((doc.components as Obj).responses as Obj)[name] as Obj;
  }
  return r as Obj;
}

const jsonSchemaOf = (content: unknown): unknown => {
  if (!isObj(content)) return undefined;
  const media = (content['application/json'] ?? Object.values(content)[0]) as Obj | undefined;
  return media?.schema;
};

/** Builds the subset from a parsed description (exported for tests). */
export function extractSubset(doc: Obj): SpecSubset {
  const refs = new Set<string>();
  const paths: SpecSubset['paths'] = {};
  const operations: SpecSubset['operations'] = {};
  const wanted = new Set<string>(EMULATED_OPERATIONS);
  for (const [template, item] of Object.entries(doc.paths as Obj)) {
    const methods: Record<string, string> = {};
    const multiSegment = new Set<string>();
    for (const method of HTTP_METHODS) {
      const op = (item as Obj)[method];
      if (!isObj(op)) continue;
      const operationId = String(op.operationId);
      methods[method.toUpperCase()] = operationId;
      const rawParams = [
        ...(((item as Obj).parameters as unknown[]) ?? []),
        ...((op.parameters as unknown[]) ?? []),
      ];
      for (const raw of rawParams) {
        const p = resolveParam(doc, raw);
        if (p['x-multi-segment'] === true) multiSegment.add(String(p.name));
      }
      if (!wanted.has(operationId)) continue;
      const parameters = rawParams.map((raw): ParamSubset => {
        const p = resolveParam(doc, raw);
        return {
          name: String(p.name),
          in: p.in as ParamSubset['in'],
          required: p.required === true,
          schema: convertSchema(p.schema, refs),
          multiSegment: p['x-multi-segment'] === true,
        };
      });
      const responses: Record<string, JsonSchema | null> = {};
      for (const [status, raw] of Object.entries(op.responses as Obj)) {
        const schema = jsonSchemaOf(resolveResponse(doc, raw).content);
        responses[status] = schema === undefined ? null : convertSchema(schema, refs);
      }
      const body = op.requestBody as Obj | undefined;
      const bodySchema = body ? jsonSchemaOf(body.content) : undefined;
      operations[operationId] = {
        operationId,
        method: method.toUpperCase(),
        path: template,
        docsUrl: String((op.externalDocs as Obj | undefined)?.url ?? 'https://docs.github.com/rest'),
        parameters,
        requestBody: body
          ? {
              required: body.required === true,
              schema: bodySchema ? convertSchema(bodySchema, refs) : undefined,
            }
          : undefined,
        responses,
      };
    }
    paths[template] = { methods, multiSegment: [...multiSegment] };
  }
  const missing = EMULATED_OPERATIONS.filter((id) => !operations[id]);
  if (missing.length > 0) throw new Error(`operations missing from the OpenAPI description: ${missing}`);
  // Transitive closure of referenced component schemas.
  const all = ((doc.components as Obj).schemas ?? {}) as Obj;
  const definitions: Record<string, JsonSchema> = {};
  const queue = [...refs];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (definitions[name]) continue;
    if (!(name in all)) throw new Error(`dangling schema reference ${name}`);
    const found = new Set<string>();
    definitions[name] = convertSchema(all[name], found);
    for (const n of found) if (!definitions[n]) queue.push(n);
  }
  return { specVersion: String((doc.info as Obj).version), paths, operations, definitions };
}

function specFile(): { file: string; cacheDir: string } {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@octokit/openapi/package.json');
  const file = path.join(path.dirname(pkg), 'generated', 'api.github.com.json');
  // <root>/node_modules/@octokit/openapi/package.json -> <root>/node_modules/.cache/...
  const cacheDir = path.join(path.dirname(pkg), '..', '..', '.cache', 'github-api-emulator');
  return { file, cacheDir };
}

export interface SubsetLoad {
  subset: SpecSubset;
  fromCache: boolean;
  ms: number;
  /** cache key of this subset, and the cache directory (for caches derived from the subset) */
  key: string;
  cacheDir: string;
}

/** Writes a cache file atomically (concurrent jest workers never read a half-written file);
 * failures (e.g. a read-only checkout) are ignored: the cache is then rebuilt next time. */
export function writeCacheFile(file: string, content: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch {
    // not cached: fine
  }
}

/** Loads the subset, from the on-disk cache when it is fresh, else by parsing the description. */
export function loadSubset(): SubsetLoad {
  const started = performance.now();
  const { file, cacheDir } = specFile();
  const st = statSync(file);
  const key = createHash('sha256')
    .update(`${SUBSET_VERSION}|${st.size}|${st.mtimeMs}|${EMULATED_OPERATIONS.join(',')}`)
    .digest('hex')
    .slice(0, 16);
  const cacheFile = path.join(cacheDir, `subset-${key}.json`);
  try {
    const subset = JSON.parse(readFileSync(cacheFile, 'utf8')) as SpecSubset;
    return { subset, fromCache: true, ms: performance.now() - started, key, cacheDir };
  } catch {
    // not cached yet (or unreadable): build it
  }
  const subset = extractSubset(JSON.parse(readFileSync(file, 'utf8')) as Obj);
  writeCacheFile(cacheFile, JSON.stringify(subset));
  return { subset, fromCache: false, ms: performance.now() - started, key, cacheDir };
}
