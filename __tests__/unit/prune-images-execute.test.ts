// prune-images carrying out a plan: the plan's order, a stop at the first failure with the rest
// "not attempted", and the outputs and failure message that say what was and was not deleted.
import { describe, expect, it } from '@jest/globals';
import { dryRunOutcome, executePlan, type Deleter } from '../../actions/prune-images/execute.js';
import { planPrune } from '../../actions/prune-images/plan.js';
import { failureMessage, pruneOutputs, summaryText } from '../../actions/prune-images/report.js';
import { inventoryOf, NOW, rulesOf, topDigest } from '../../testkit/prune-plan.js';

const inv = inventoryOf([
  { name: 'old', tags: ['sha-1'], platforms: ['linux/amd64', 'linux/arm64'], attest: true, size: 300 },
  { name: 'kept', tags: ['v1'] },
]);
const plan = planPrune(inv, rulesOf({ delete: ['sha-*'] }), NOW);

function deleter(failOn?: string): Deleter & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    delete: async (digest) => {
      calls.push(digest);
      if (digest === failOn) throw new Error('HTTP 500');
      return calls.length === 1 ? 'gone' : 'deleted';
    },
  };
}

describe('executePlan', () => {
  it('deletes in the plan order; gone counts as done; outputs list tags and untagged digests', async () => {
    const fake = deleter();
    const outcome = await executePlan(plan, fake, () => {});
    expect(fake.calls).toEqual(plan.deletions.map((d) => d.digest));
    expect(outcome.error).toBeUndefined();
    const outputs = pruneOutputs([outcome], false);
    expect(outputs.deleted).toHaveLength(5);
    expect(outputs.deleted).toContain('registry.test/app:sha-1');
    expect(outputs.kept).toEqual(['registry.test/app:v1']);
    expect(outputs['freed-bytes']).toBe(String(plan.freedBytes));
    expect(failureMessage([outcome])).toBeUndefined();
  });

  it('stops at the first failure: the rest is not attempted, and the message says how far it got', async () => {
    const fake = deleter(topDigest('old'));
    const outcome = await executePlan(plan, fake, () => {});
    expect(outcome.deletions.map((d) => d.status)).toEqual([
      'gone',
      'deleted',
      'deleted',
      'deleted',
      'failed',
    ]);
    const outputs = pruneOutputs([outcome], false);
    expect(outputs.deleted).not.toContain('registry.test/app:sha-1');
    expect(outputs.kept).toContain('registry.test/app:sha-1');
    expect(outputs['freed-bytes']).toBe('0');
    expect(failureMessage([outcome])).toMatch(
      /^prune stopped \(registry\.test\/app: 4 of 5 deleted before .*HTTP 500\).*run again/,
    );
    expect(summaryText([outcome], false)).toContain('<b>Stopped:</b>');
  });

  it('dry-run: the same references, nothing called', () => {
    const outputs = pruneOutputs([dryRunOutcome(plan)], true);
    expect(outputs.deleted).toHaveLength(5);
    expect(outputs['freed-bytes']).toBe(String(plan.freedBytes));
    expect(summaryText([dryRunOutcome(plan)], true)).toContain('would be deleted');
  });
});
