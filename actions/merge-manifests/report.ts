// What merge-manifests tells the user: the outputs and the job summary table. Pure formatting.
import { headerRow, summaryMarkup } from '../../packages/action-io/index.js';
import type { Merged } from './push.js';

export function mergeOutputs(merged: Merged[]): Record<string, string | string[]> {
  const platforms = [...new Set(merged.flatMap((m) => m.index.platforms))];
  return {
    digest: merged[0]?.index.digest ?? '',
    tags: merged.flatMap((m) => m.plan.tags.map((t) => `${m.plan.image.name}:${t}`)),
    'image-refs': merged.map((m) => `${m.plan.image.name}@${m.index.digest}`),
    platforms,
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

export function summaryRows(merged: Merged[]): string[][] {
  return merged.map(({ plan, index }) => [
    code(plan.image.name),
    code(index.digest),
    escapeHtml(index.platforms.join(', ')),
    String(index.descriptors.length - index.platforms.length),
    plan.tags.map(code).join(' '),
  ]);
}

export function summaryText(merged: Merged[], elapsedMs: number): string {
  return summaryMarkup((summary) =>
    summary
      .addHeading('Merged manifests', 3)
      .addRaw(
        `${merged.length} image index(es) pushed and verified in ${(elapsedMs / 1000).toFixed(1)}s.`,
        true,
      )
      .addTable([
        headerRow('Image', 'Index digest', 'Platforms', 'Attestations', 'Tags'),
        ...summaryRows(merged),
      ]),
  );
}
