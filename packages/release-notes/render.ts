// Rendering the section from data. Two forms: `full` (a sub-section per service with `docker
// pull` commands, between per-service markers) and `compact` (one table row per image, used when
// the full form would push the body over GitHub's limit), optionally cut after `rows` rows.
import { displayRef, digestRef, tagRef, type ImageEntry, type ServiceBlock } from './model.js';
import { SECTION_END, SECTION_START, serviceEnd, serviceStart } from './markers.js';

export const BODY_LIMIT = 125000;
export type SectionForm = 'full' | 'compact';

export const MISSING_LINE = (ref: string) => `> ⚠️ \`${ref}\` is missing from this release.`;
export const MISSING_CELL = '⚠️ missing';
export const PULL_NOTE =
  'Pull by tag: `docker pull IMAGE`; by digest (immutable): `docker pull NAME@DIGEST`.';
export const TABLE_HEADER = ['| Service | Image | Digest | Platforms |', '| --- | --- | --- | --- |'];

/** The title on one line, with comment delimiters defused so it cannot open or close a marker. */
export function cleanTitle(title: string): string {
  return title
    .replace(/[\r\n]+/g, ' ')
    .replace(/<!--/g, '&lt;!--')
    .replace(/-->/g, '--&gt;');
}

export interface RenderOptions {
  title: string;
  form: SectionForm;
  nl: string;
  /** compact form only: show at most this many rows and a note about the rest. */
  rows?: number;
}

function allEntries(blocks: readonly ServiceBlock[]): ImageEntry[] {
  return blocks.flatMap((b) => ('entries' in b ? b.entries : []));
}

function missingWarning(blocks: readonly ServiceBlock[], form: SectionForm): string[] {
  const missing = allEntries(blocks).filter((e) => e.missing);
  if (missing.length === 0) return [];
  const count = `${missing.length} image${missing.length === 1 ? ' is' : 's are'} missing from this release`;
  if (form === 'compact') return ['> [!WARNING]', `> ${count} (rows marked ${MISSING_CELL}).`, ''];
  return ['> [!WARNING]', `> ${count}:`, ...missing.map((e) => `> - \`${displayRef(e)}\``), ''];
}

function fullEntry(e: ImageEntry): string[] {
  if (e.missing) return [MISSING_LINE(displayRef(e)), ''];
  const pull: string[] = ['```bash'];
  if (e.tag) pull.push('# Pull by version tag', `docker pull ${tagRef(e)}`);
  if (e.tag && e.digest) pull.push('');
  if (e.digest) pull.push('# Pull by digest (immutable)', `docker pull ${digestRef(e)}`);
  pull.push('```', '');
  if (e.digest) pull.push(`- **Image Digest:** \`${e.digest}\``);
  if (e.platforms) pull.push(`- **Platforms:** ${e.platforms.map((p) => `\`${p}\``).join(', ')}`);
  if (e.digest || e.platforms) pull.push('');
  return pull;
}

function fullBlock(block: ServiceBlock): string[] {
  const inner =
    'entries' in block ? [`### ${block.service}`, '', ...block.entries.flatMap(fullEntry)] : block.opaque;
  return [serviceStart(block.service), ...inner, serviceEnd(block.service)];
}

export function compactRow(service: string, e: ImageEntry): string {
  const image = e.missing ? displayRef(e) + (e.tag && e.digest ? `@${e.digest}` : '') : tagRef(e);
  const digest = e.missing ? MISSING_CELL : `\`${e.digest}\``;
  return `| ${service} | \`${image}\` | ${digest} | ${(e.platforms ?? []).join(', ')} |`;
}

/** Rows in display order: missing images first (they need attention), then by service. */
export function compactRows(blocks: readonly ServiceBlock[]): string[] {
  const rows = blocks.flatMap((b) => ('entries' in b ? b.entries.map((e) => ({ b, e })) : []));
  const ordered = [...rows.filter((r) => r.e.missing), ...rows.filter((r) => !r.e.missing)];
  return ordered.map(({ b, e }) => compactRow(b.service, e));
}

export function truncationNote(omitted: number): string {
  return `_${omitted} more image${omitted === 1 ? '' : 's'} not listed: GitHub limits a release body to ${BODY_LIMIT} characters._`;
}

/** The whole section, markers included. */
export function renderSection(blocks: readonly ServiceBlock[], opts: RenderOptions): string {
  const lines = [SECTION_START, `## ${cleanTitle(opts.title)}`, '', ...missingWarning(blocks, opts.form)];
  if (opts.form === 'full') {
    blocks.forEach((b) => lines.push(...fullBlock(b)));
  } else {
    const rows = compactRows(blocks);
    const shown = Math.min(opts.rows ?? rows.length, rows.length);
    if (rows.length > 0) {
      lines.push(PULL_NOTE, '');
      lines.push(...TABLE_HEADER, ...rows.slice(0, shown), '');
    }
    if (shown < rows.length) lines.push(truncationNote(rows.length - shown), '');
    // Sub-sections we could not read back stay as they were, after the table.
    blocks.filter((b) => 'opaque' in b).forEach((b) => lines.push(...fullBlock(b)));
  }
  lines.push(SECTION_END);
  return lines.join(opts.nl);
}
