// Putting the section into a release body: everything outside our markers is kept byte for
// byte; the section is rebuilt (`replace`) or merged per service (`merge`), in the full form when
// the whole body fits GitHub's limit, else the compact table, else the table cut short. Marker
// lines around text we did not render are an error that changes nothing (never a replacement).
import {
  appendPoint,
  detectNewline,
  lineSpans,
  locateSection,
  MarkerError,
  SECTION_START,
} from './markers.js';
import { groupByService, type ImageEntry, type ServiceBlock } from './model.js';
import { foreignLine, parseSection } from './parse.js';
import { BODY_LIMIT, compactRows, renderSection, type SectionForm } from './render.js';

export type EditMode = 'replace' | 'merge';

export interface EditOptions {
  mode: EditMode;
  title: string;
  entries: readonly ImageEntry[];
  /** Maximum body length (GitHub: 125000). */
  limit?: number;
}

export interface EditResult {
  body: string;
  /** The rendered section alone (for the job summary). */
  section: string;
  form: SectionForm | 'truncated';
  /** Services whose blocks our inputs wrote. */
  services: string[];
  /** Image rows left out to fit the limit. */
  omitted: number;
  changed: boolean;
}

export class BodyTooLongError extends Error {
  override name = 'BodyTooLongError';
}

/**
 * Length as GitHub's limit counts it: we count UTF-16 code units, which is never less than
 * the number of characters, so a body that fits here fits there.
 */
export function bodyLength(text: string): number {
  return text.length;
}

function mergeBlocks(existing: Map<string, ServiceBlock>, ours: readonly ServiceBlock[]): ServiceBlock[] {
  const merged = new Map(existing);
  for (const block of ours) merged.set(block.service, block);
  return [...merged.values()].sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}

/** Our section, or undefined when there is none; a MarkerError when the markers hold other text. */
function locateOurSection(body: string) {
  const located = locateSection(body);
  const foreign = located && foreignLine(located.inner);
  if (located && foreign !== undefined) {
    const startLine = lineSpans(located.before).length;
    throw new MarkerError(
      `the release body has the marker line "${SECTION_START}" (line ${startLine}), but line ${startLine + foreign} ` +
        'between it and the end marker is not part of a section this action writes; nothing was changed: ' +
        'move that text out of the section (or delete the two marker lines), then re-run',
    );
  }
  return located;
}

export function editBody(body: string, opts: EditOptions): EditResult {
  const limit = opts.limit ?? BODY_LIMIT;
  const nl = detectNewline(body);
  const located = locateOurSection(body);
  const { before, after } = located ?? appendPoint(body, nl);
  const ours = groupByService(opts.entries);
  const blocks = opts.mode === 'merge' && located ? mergeBlocks(parseSection(located.inner), ours) : ours;
  const room = limit - bodyLength(before) - bodyLength(after);
  const finish = (section: string, form: EditResult['form'], omitted: number): EditResult => {
    const next = before + section + after;
    return {
      body: next,
      section,
      form,
      services: ours.map((b) => b.service),
      omitted,
      changed: next !== body,
    };
  };

  for (const form of ['full', 'compact'] as const) {
    const section = renderSection(blocks, { title: opts.title, form, nl });
    if (bodyLength(section) <= room) return finish(section, form, 0);
  }
  // Largest row count that fits (rendering is monotonic in the number of rows).
  const total = compactRows(blocks).length;
  let [low, high] = [-1, total];
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    const section = renderSection(blocks, { title: opts.title, form: 'compact', nl, rows: mid });
    if (bodyLength(section) <= room) low = mid;
    else high = mid;
  }
  if (low < 0) {
    throw new BodyTooLongError(
      `the release text outside the "${opts.title}" section is ${bodyLength(before) + bodyLength(after)} characters; ` +
        `with even a one-line section the body would exceed GitHub's limit of ${limit} characters`,
    );
  }
  return finish(
    renderSection(blocks, { title: opts.title, form: 'compact', nl, rows: low }),
    'truncated',
    total - low,
  );
}
