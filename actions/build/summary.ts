// The job summary: what was built and pushed, which cache tiers were read and written, how much
// was cached, how long it took; on failure the last lines of the error.
import { core } from '../../packages/action-io/index.js';
import type { CachePlan } from './cache-tiers.js';
import type { StepStats } from './progress.js';

export interface SummaryData {
  images: string[];
  tags: string[];
  platforms: string[];
  digest: string;
  imageRefs: string[];
  cache?: CachePlan;
  stats?: StepStats;
  seconds: number;
  attempts: number;
  builder: string;
  failure?: { message: string; tail: string[] };
}

const code = (text: string) => `<code>${escape(text)}</code>`;
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function writeSummary(data: SummaryData): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const s = core.summary;
  s.addHeading(data.failure ? 'Docker build failed' : 'Docker build', 3);
  const rows: [string, string][] = [
    ['Images', data.images.map(code).join('<br>') || '(none)'],
    ['Tags', data.tags.map(code).join('<br>') || '(none)'],
    ['Digest', data.digest ? code(data.digest) : '(none)'],
    ['Platforms', data.platforms.join(', ') || 'builder default'],
    ['Builder', data.builder || 'active builder'],
  ];
  if (data.cache) {
    const read = data.cache.tiers.filter((t) => t.from).map((t) => t.tier);
    const written = data.cache.tiers.filter((t) => t.to).map((t) => t.tier);
    rows.push(['Cache scope', code(data.cache.scope)]);
    rows.push(['Cache read from', read.join(', ') || '(none)']);
    rows.push(['Cache written to', written.join(', ') || '(none)']);
    for (const skip of data.cache.skipped) rows.push([`Skipped: ${skip.tier}`, escape(skip.reason)]);
  }
  if (data.stats) {
    rows.push([
      'Cache hits',
      `${data.stats.cached} of ${data.stats.steps} steps (ratio ${data.stats.ratio.toFixed(2)})`,
    ]);
  }
  rows.push([
    'Duration',
    `${data.seconds.toFixed(1)} s${data.attempts > 1 ? ` (${data.attempts} attempts)` : ''}`,
  ]);
  s.addTable([
    [
      { data: 'What', header: true },
      { data: 'Value', header: true },
    ],
    ...rows.map(([k, v]) => [k, v]),
  ]);
  if (data.imageRefs.length > 0)
    s.addRaw(`\n**Image references**\n\n${data.imageRefs.map((r) => `- \`${r}\``).join('\n')}\n`);
  if (data.failure) {
    s.addRaw(`\n**Error:** ${escape(data.failure.message)}\n`);
    if (data.failure.tail.length > 0) s.addCodeBlock(data.failure.tail.join('\n'));
  }
  await s.write();
}
