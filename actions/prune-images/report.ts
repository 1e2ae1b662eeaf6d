// What prune-images tells: the outputs (deleted and kept references, freed bytes), the job
// summary (one table per image: each tag and deleted manifest, what happened and why), and the
// failure message that says what was and was not deleted.
import { headerRow, summaryMarkup, type OutputValue } from '../../packages/action-io/index.js';
import { formatSize } from '../../packages/units/size.js';
import { isDone, type DeletionOutcome, type ImageOutcome } from './execute.js';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

/** References a deletion removes: its tags, or the digest when it has none. */
function referencesOf(image: string, d: DeletionOutcome): string[] {
  return d.tags.length ? d.tags.map((t) => `${image}:${t}`) : [`${image}@${d.digest}`];
}

export function pruneOutputs(outcomes: ImageOutcome[], dryRun: boolean): Record<string, OutputValue> {
  const deleted: string[] = [];
  const kept: string[] = [];
  let freed = 0;
  for (const { plan, deletions } of outcomes) {
    const done = deletions.filter((d) => (dryRun ? d.status === 'planned' : isDone(d)));
    deleted.push(...done.flatMap((d) => referencesOf(plan.image, d)));
    const goneTags = new Set(done.flatMap((d) => d.tags));
    kept.push(...plan.tags.filter((t) => !goneTags.has(t.tag)).map((t) => `${plan.image}:${t.tag}`));
    if (dryRun || deletions.every(isDone)) freed += plan.freedBytes;
  }
  return { deleted, kept, 'freed-bytes': String(freed) };
}

function rows(outcome: ImageOutcome): string[][] {
  const byDigest = new Map(outcome.deletions.map((d) => [d.digest, d]));
  const tagRows = outcome.plan.tags.map((t) => {
    const d = byDigest.get(t.digest);
    const status = d ? d.status : 'kept';
    return [`<code>${escape(t.tag)}</code>`, `<code>${short(t.digest)}</code>`, status, escape(t.reason)];
  });
  const untaggedRows = outcome.deletions
    .filter((d) => d.tags.length === 0)
    .map((d) => [`<i>${d.kind}</i>`, `<code>${short(d.digest)}</code>`, d.status, escape(d.reason)]);
  return [...tagRows, ...untaggedRows];
}

export function summaryText(outcomes: ImageOutcome[], dryRun: boolean): string {
  return summaryMarkup((summary) => {
    summary.addHeading(dryRun ? 'Prune plan (dry run: nothing deleted)' : 'Pruned images', 3);
    for (const outcome of outcomes) {
      const { plan } = outcome;
      const count = outcome.deletions.filter((d) => (dryRun ? d.status === 'planned' : isDone(d))).length;
      summary.addHeading(escape(plan.image), 4);
      summary.addRaw(
        `${count} of ${plan.deletions.length} manifest(s) ${dryRun ? 'would be deleted' : 'deleted'}, ${formatSize(plan.freedBytes)} of layers freed.`,
        true,
      );
      if (outcome.error) summary.addRaw(`<b>Stopped:</b> ${escape(outcome.error)}`, true);
      for (const note of plan.notes) summary.addRaw(`<i>Note: ${escape(note)}</i>`, true);
      summary.addTable([headerRow('Tag', 'Digest', 'Status', 'Why'), ...rows(outcome)]);
    }
  });
}

/** The failure message: which images stopped, and how many deletions were done and left. */
export function failureMessage(outcomes: ImageOutcome[]): string | undefined {
  const failed = outcomes.filter((o) => o.error);
  if (!failed.length) return undefined;
  const parts = failed.map((o) => {
    const done = o.deletions.filter(isDone).length;
    return `${o.plan.image}: ${done} of ${o.deletions.length} deleted before ${o.error}`;
  });
  return `prune stopped (${parts.join('; ')}); what is listed in "deleted" is gone, the rest is not: run again to finish`;
}
