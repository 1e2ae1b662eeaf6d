// Ajv validators for the emulated operations. Compiling them all costs ~0.3-0.5 s of CPU, so the
// compiled code is cached on disk as an Ajv "standalone" CommonJS module next to the spec subset
// (keyed by the subset, ajv and ajv-formats versions); later processes just require() it (~10 ms).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import {
  DEFINITIONS_ID,
  EMULATED_OPERATIONS,
  writeCacheFile,
  type JsonSchema,
  type ParamSubset,
  type SpecSubset,
} from './openapi-subset.js';

const addFormats = addFormatsModule.default;
const standaloneCode = standaloneModule.default;

/** Bump when the validator options or ids below change. */
const VALIDATORS_VERSION = 1;

export type Validators = Record<string, ValidateFunction>;

/** Validator ids: "path <op>", "query <op>", "body <op>", "response <op> <status>", "basic-error". */
export const validatorId = {
  path: (op: string) => `path ${op}`,
  query: (op: string) => `query ${op}`,
  body: (op: string) => `body ${op}`,
  response: (op: string, status: string) => `response ${op} ${status}`,
  basicError: 'basic-error',
};

function paramsSchema(params: ParamSubset[], where: 'path' | 'query'): JsonSchema {
  const list = params.filter((p) => p.in === where);
  return {
    type: 'object',
    properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
    required: list.filter((p) => p.required).map((p) => p.name),
  };
}

/** Every schema we validate against, by validator id. */
export function validatorSchemas(subset: SpecSubset): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {
    [validatorId.basicError]: { $ref: `${DEFINITIONS_ID}#/definitions/basic-error` },
  };
  for (const id of EMULATED_OPERATIONS) {
    const op = subset.operations[id];
    schemas[validatorId.path(id)] = paramsSchema(op.parameters, 'path');
    schemas[validatorId.query(id)] = paramsSchema(op.parameters, 'query');
    if (op.requestBody?.schema) schemas[validatorId.body(id)] = op.requestBody.schema;
    for (const [status, schema] of Object.entries(op.responses)) {
      if (schema) schemas[validatorId.response(id, status)] = schema;
    }
  }
  return schemas;
}

/** Evaluates generated CommonJS code with our require(), so its `require("ajv/dist/runtime/...")`
 * calls resolve from this package wherever the cache file lives. */
function evaluateModule(code: string, require: NodeJS.Require): Validators {
  const module = { exports: {} as Validators };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  return module.exports;
}

export interface ValidatorsLoad {
  validators: Validators;
  fromCache: boolean;
  ms: number;
}

/** Loads the compiled validators from the disk cache, or compiles (and caches) them. */
export function loadValidators(subset: SpecSubset, subsetKey: string, cacheDir: string): ValidatorsLoad {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const versions = ['ajv', 'ajv-formats']
    .map((p) => (require(`${p}/package.json`) as { version: string }).version)
    .join('-');
  const file = path.join(cacheDir, `validators-${subsetKey}-${versions}-v${VALIDATORS_VERSION}.cjs`);
  const schemas = validatorSchemas(subset);
  const ids = Object.keys(schemas);
  if (existsSync(file)) {
    try {
      const cached = evaluateModule(readFileSync(file, 'utf8'), require);
      if (ids.every((id) => typeof cached[id] === 'function')) {
        return { validators: cached, fromCache: true, ms: performance.now() - started };
      }
    } catch {
      // unreadable or stale: compile
    }
  }
  const ajv = new Ajv({
    allErrors: true,
    // strict mode rejects unknown keywords/formats: proves the OpenAPI -> JSON Schema conversion
    strict: true,
    strictTypes: false,
    strictRequired: false,
    verbose: true, // errors carry the offending data (for GitHub-style "Invalid request" messages)
    inlineRefs: false, // one function per component schema instead of inlined copies
    code: { source: true },
  });
  addFormats(ajv);
  ajv.addSchema({ $id: DEFINITIONS_ID, definitions: subset.definitions });
  for (const id of ids) ajv.addSchema(schemas[id], id);
  const validators: Validators = {};
  for (const id of ids) validators[id] = ajv.getSchema(id) as ValidateFunction;
  writeCacheFile(file, standaloneCode(ajv, Object.fromEntries(ids.map((id) => [id, id]))));
  return { validators, fromCache: false, ms: performance.now() - started };
}
