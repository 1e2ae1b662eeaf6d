// The job summary: what was built and pushed, which cache tiers were read and written, how much
// was cached, how long it took; on failure the last lines of the error. Rendered to a string
// (with core.summary's builder) that the run returns; runAction writes it.
import { core } from '../../packages/action-io/index.js';
import type { CachePlan } from './cache-tiers.js';
import type { StepStats } from './progress.js';

/** What each phase found, as far as the run got. */
export interface SummaryData {
  images: string[];
  tags: string[];
  platforms: string[];
  builder: string;
  /** push-by-digest: no tags by design. */
  byDigest?: boolean;
  cache?: CachePlan;
  build?: { stats: StepStats; attempts: number; seconds: number };
  result?: { digest: string; imageRefs: string[] };
  failure?: { message: string; tail: string[] };
}

const code = (text: string) => `<code>${escape(text)}</code>`;
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Untrusted text (buildx's error output): no HTML, and no markdown (links, images, emphasis). */
function escapeUntrusted(text: string): string {
  return escape(text).replace(/[[\]()*_`!|~#\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function summaryRows(data: SummaryData): [string, string][] {
  const rows: [string, string][] = [
    ['Images', data.images.map(code).join('<br>') || '(none)'],
    ['Tags', data.tags.map(code).join('<br>') || (data.byDigest ? '(none: pushed by digest)' : '(none)')],
    ['Digest', data.result?.digest ? code(data.result.digest) : '(none)'],
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
  const { stats, attempts = 0, seconds = 0 } = data.build ?? {};
  if (stats) {
    rows.push(['Cache hits', `${stats.cached} of ${stats.steps} steps (ratio ${stats.ratio.toFixed(2)})`]);
  }
  rows.push(['Duration', `${seconds.toFixed(1)} s${attempts > 1 ? ` (${attempts} attempts)` : ''}`]);
  return rows;
}

export function renderSummary(data: SummaryData): string {
  const s = core.summary.emptyBuffer();
  s.addHeading(data.failure ? 'Docker build failed' : 'Docker build', 3);
  s.addTable([
    [
      { data: 'What', header: true },
      { data: 'Value', header: true },
    ],
    ...summaryRows(data).map(([k, v]) => [k, v]),
  ]);
  const imageRefs = data.result?.imageRefs ?? [];
  if (imageRefs.length > 0)
    s.addRaw(`\n**Image references**\n\n${imageRefs.map((r) => `- \`${r}\``).join('\n')}\n`);
  if (data.failure) {
    s.addRaw(`\n**Error:** ${escapeUntrusted(data.failure.message)}\n`);
    if (data.failure.tail.length > 0) s.addCodeBlock(escape(data.failure.tail.join('\n')));
  }
  const markdown = s.stringify();
  s.emptyBuffer();
  return markdown;
}
