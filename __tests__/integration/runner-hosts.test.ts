// testkit/runner's `hosts` option: the action process resolves the names it is given (its own
// /etc/hosts in a private mount namespace; the machine's file is untouched) and still receives
// every input, including those whose variable names are not shell identifiers.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunnerTemp, runAction } from '../../testkit/runner/index.js';

const ACTION_YML = `name: hosts-probe
description: resolves a name
inputs:
  registry-auth:
    description: any text
runs:
  using: node24
  main: main.mjs
`;
const MAIN_MJS = `import { lookup } from 'node:dns/promises';
import { appendFileSync } from 'node:fs';
const found = await lookup('registry.dpa.test', { family: 4 }).then((a) => a.address, (e) => e.code);
appendFileSync(process.env.GITHUB_OUTPUT, \`address=\${found}\\ninput=\${process.env['INPUT_REGISTRY-AUTH']}\\n\`);
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpa-hosts-probe-'));
  writeFileSync(join(dir, 'action.yml'), ACTION_YML);
  writeFileSync(join(dir, 'main.mjs'), MAIN_MJS);
});
afterAll(async () => {
  await cleanupRunnerTemp();
  rmSync(dir, { recursive: true, force: true });
});

it.each([
  ['with hosts: the name resolves, inputs arrive', { 'registry.dpa.test': '127.0.0.7' }, '127.0.0.7'],
  ['without hosts: the name is unknown', undefined, 'ENOTFOUND'],
])('%s', async (_name, hosts, address) => {
  const r = await runAction({
    action: 'hosts-probe',
    entry: join(dir, 'main.mjs'),
    node: 'node24',
    inputs: { 'registry-auth': 'given' },
    hosts,
  });
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toEqual({ address, input: 'given' });
  expect(readFileSync('/etc/hosts', 'utf8')).not.toContain('registry.dpa.test');
});
