// Standalone fault-injecting proxy, e.g. in front of the local registry for `docker push`:
//   node --import tsx testkit/faults/fault-proxy-cli.ts --target http://127.0.0.1:5000 \
//     [--port N] [--fail-first N] [--fault status|reset|delay|truncate|hang] [--status 503]
//     [--delay-ms MS] [--bytes N] [--method PATCH] [--path REGEX]
//     [--random-rate 0.1 --seed 42 --random-faults status:503,reset,delay:200,truncate,hang]
//     [--rewrite-realm] [--stats-file PATH]
// --fail-first N applies the --fault (default: status --status, default 503) to the first N
// requests matching --method/--path. Prints one JSON line {"url","host"} once listening; on
// SIGTERM/SIGINT writes {stats, log} to --stats-file (if given) and exits 0.
// (The Docker daemon treats 127.0.0.0/8 as insecure registries: push to <host>/image:tag.)
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startFaultProxy, type Fault, type FaultMatch } from './fault-proxy.js';

const { values } = parseArgs({
  options: {
    target: { type: 'string' },
    port: { type: 'string', default: '0' },
    'fail-first': { type: 'string' },
    fault: { type: 'string', default: 'status' },
    status: { type: 'string', default: '503' },
    'delay-ms': { type: 'string', default: '1000' },
    bytes: { type: 'string' },
    method: { type: 'string' },
    path: { type: 'string' },
    'random-rate': { type: 'string' },
    seed: { type: 'string', default: '1' },
    'random-faults': { type: 'string', default: 'status:503,reset' },
    'rewrite-realm': { type: 'boolean', default: false },
    'stats-file': { type: 'string' },
  },
  strict: true,
});

/** Parses `kind[:arg]`, e.g. status:503, delay:200, truncate:100, reset, hang. */
function parseFault(spec: string, defaults: { status: number; delayMs: number; bytes?: number }): Fault {
  const [kind, arg] = spec.split(':');
  const n = arg === undefined ? undefined : Number(arg);
  if (n !== undefined && !Number.isFinite(n)) throw new Error(`bad fault argument in ${spec}`);
  switch (kind) {
    case 'status':
      return { kind, status: n ?? defaults.status };
    case 'delay':
      return { kind, ms: n ?? defaults.delayMs };
    case 'truncate':
      return { kind, bytes: n ?? defaults.bytes };
    case 'reset':
    case 'hang':
      return { kind };
    default:
      throw new Error(`unknown fault kind ${kind} (status|reset|delay|truncate|hang)`);
  }
}

if (!values.target) throw new Error('--target http://HOST:PORT is required');
const defaults = {
  status: Number(values.status),
  delayMs: Number(values['delay-ms']),
  bytes: values.bytes === undefined ? undefined : Number(values.bytes),
};
const match: FaultMatch = {
  method: values.method,
  path: values.path === undefined ? undefined : new RegExp(values.path),
};

const proxy = await startFaultProxy(values.target, {
  port: Number(values.port),
  rewriteRealm: values['rewrite-realm'],
});
if (values['fail-first'] !== undefined) {
  const times = Number(values['fail-first']);
  if (times > 0) proxy.add({ match, times, fault: parseFault(values.fault, defaults) });
}
if (values['random-rate'] !== undefined) {
  const faults = values['random-faults'].split(',').map((f) => parseFault(f.trim(), defaults));
  proxy.random({ seed: Number(values.seed), rate: Number(values['random-rate']), faults, match });
}
process.stdout.write(`${JSON.stringify({ url: proxy.url, host: proxy.host })}\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  const file = values['stats-file'];
  if (file) writeFileSync(file, `${JSON.stringify({ stats: proxy.stats, log: proxy.log }, null, 2)}\n`);
  await proxy.close();
  const { requests, faulted } = proxy.stats;
  process.stderr.write(`fault-proxy stopped (${signal}): ${requests} request(s), ${faulted} faulted\n`);
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
