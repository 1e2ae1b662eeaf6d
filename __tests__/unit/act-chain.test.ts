// testkit/act/chain.ts: how a rehearsal follows `on: workflow_run` chains (which workflows a stage
// starts) and GitHub's conclusion of a run from its jobs, which the next stage's `if:` reads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { conclusionOf, readChain } from '../../testkit/act/chain.js';
import { params } from '../../testkit/arbitraries.js';
import type { ActJob } from '../../testkit/act/log.js';

const job = (result: ActJob['result']): ActJob => ({
  name: 'w/j',
  jobId: 'j',
  matrix: {},
  result,
  startedAt: 0,
  outputs: {},
  lines: [],
  ran: result !== 'skipped',
});

describe('conclusionOf', () => {
  it.each([
    { name: 'every job succeeded', results: ['success', 'success'], conclusion: 'success' },
    { name: 'one failed', results: ['success', 'failure'], conclusion: 'failure' },
    { name: 'one cancelled', results: ['cancelled', 'success'], conclusion: 'failure' },
    { name: 'some skipped, one succeeded', results: ['skipped', 'success'], conclusion: 'success' },
    { name: 'every job skipped', results: ['skipped', 'skipped'], conclusion: 'skipped' },
    { name: 'no job', results: [], conclusion: 'skipped' },
  ] as const)('$name -> $conclusion', ({ results, conclusion }) => {
    expect(conclusionOf(results.map(job))).toBe(conclusion);
  });

  it('is failure exactly when a job failed or was cancelled, whatever the order', () => {
    const result = fc.constantFrom('success', 'failure', 'cancelled', 'skipped') as fc.Arbitrary<
      ActJob['result']
    >;
    fc.assert(
      fc.property(fc.array(result), (results) => {
        const failed = results.some((r) => r === 'failure' || r === 'cancelled');
        expect(conclusionOf(results.map(job)) === 'failure').toBe(failed);
      }),
      params,
    );
  });
});

describe('readChain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'act-chain-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'publish.yml': 'name: publish\non:\n  push:\njobs:\n  start: {}\n',
    'base.yml':
      'name: 01-base\non:\n  workflow_run:\n    workflows: [publish]\n    types: [completed]\njobs:\n  a: {}\n  b: {}\n',
    'unnamed.yaml': 'on: [push, workflow_run]\njobs: {}\n',
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);

  it.each([
    {
      name: 'a push workflow starts no chain',
      file: 'publish.yml',
      expected: { name: 'publish', after: [], jobIds: ['start'] },
    },
    {
      name: 'a workflow_run stage names its predecessors',
      file: 'base.yml',
      expected: { name: '01-base', after: ['publish'], jobIds: ['a', 'b'] },
    },
    {
      name: 'no name: the file name; a list trigger has no workflows',
      file: 'unnamed.yaml',
      expected: { name: 'unnamed', after: [], jobIds: [] },
    },
  ])('$name', ({ file, expected }) => {
    expect(readChain(dir, [file])).toEqual([{ file, ...expected }]);
  });
});
