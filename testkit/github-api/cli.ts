// Standalone GitHub API emulator:
//   npx tsx testkit/github-api/cli.ts [--port N] [--owner O] [--repo R] [--token T]
//       [--latency MIN,MAX] [--seed N] [--state-file PATH]
// Prints one JSON line {"url": "http://127.0.0.1:PORT"} on stdout once listening. Serves the
// control endpoints GET /_emulator/{state,requests,violations} and POST /_emulator/faults (an
// ApiFault as JSON; pathPattern as a RegExp source string). On SIGTERM/SIGINT it writes
// {state, violations, requests} to --state-file (if given), reports violations on stderr, exits 0.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startGitHubApi } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    owner: { type: 'string' },
    repo: { type: 'string' },
    token: { type: 'string' },
    latency: { type: 'string' },
    seed: { type: 'string' },
    'state-file': { type: 'string' },
  },
  strict: true,
});

let latencyMs: [number, number] | undefined;
if (values.latency) {
  const [min, max = min] = values.latency.split(',').map(Number);
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max)
    throw new Error('--latency expects MIN,MAX');
  latencyMs = [min, max];
}

const api = await startGitHubApi({
  port: Number(values.port),
  owner: values.owner,
  repo: values.repo,
  token: values.token,
  latencyMs,
  seed: values.seed === undefined ? undefined : Number(values.seed),
  controlEndpoints: true,
});
process.stdout.write(`${JSON.stringify({ url: api.url })}\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  const file = values['state-file'];
  if (file) {
    const dump = { state: api.state.toJSON(), violations: api.violations, requests: api.requests };
    writeFileSync(file, `${JSON.stringify(dump, null, 2)}\n`);
  }
  for (const v of api.violations) process.stderr.write(`github-api emulator violation: ${v}\n`);
  await api.close();
  process.stderr.write(`github-api emulator stopped (${signal}), ${api.requests.length} request(s)\n`);
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
