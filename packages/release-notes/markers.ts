// HTML comment markers around our section and each service's sub-section. They are invisible on
// the release page and single-line. A marker counts only as a whole line: generated notes quote PR
// titles and commit subjects inside list items, and those may carry marker text.

const NAMESPACE = 'docker-pipeline-actions';
export const SECTION_START = `<!-- ${NAMESPACE}:images:start -->`;
export const SECTION_END = `<!-- ${NAMESPACE}:images:end -->`;

export function serviceStart(service: string): string {
  return `<!-- ${NAMESPACE}:image:${service}:start -->`;
}

export function serviceEnd(service: string): string {
  return `<!-- ${NAMESPACE}:image:${service}:end -->`;
}

export const SERVICE_START_RE = new RegExp(`^<!-- ${NAMESPACE}:image:([^\\s:]+):start -->$`);

export class MarkerError extends Error {
  override name = 'MarkerError';
}

export interface LocatedSection {
  /** Body text before the start marker, byte for byte. */
  before: string;
  /** Text between the markers (exclusive). */
  inner: string;
  /** Body text after the end marker, byte for byte. */
  after: string;
}

/** A line of a body: its text spans [start, end); the next line starts at `next`. */
export interface LineSpan {
  start: number;
  end: number;
  next: number;
}

/** The body's lines, ended by LF, CRLF or a lone CR (as Markdown counts lines). */
export function lineSpans(body: string): LineSpan[] {
  const spans: LineSpan[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    spans.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: body.length, next: body.length });
  return spans;
}

/**
 * Finds our section: the first line that is exactly the start marker, and the first line after
 * it that is exactly the end marker. A marker inside a line (a PR title or commit subject quoted
 * in generated notes) is text, not a marker.
 */
export function locateSection(body: string): LocatedSection | undefined {
  const lines = lineSpans(body);
  const isLine = (span: LineSpan, marker: string) => body.slice(span.start, span.end) === marker;
  const startAt = lines.findIndex((span) => isLine(span, SECTION_START));
  if (startAt < 0) return undefined;
  const start = lines[startAt]!;
  const end = lines.slice(startAt + 1).find((span) => isLine(span, SECTION_END));
  if (!end) {
    throw new MarkerError(
      `the release body has the marker line "${SECTION_START}" (line ${startAt + 1}) but no "${SECTION_END}" line after it; ` +
        'nothing was changed: restore the end marker (or delete the start marker) in the release text, then re-run',
    );
  }
  return {
    before: body.slice(0, start.start),
    inner: body.slice(start.end, end.start),
    after: body.slice(end.end),
  };
}

/**
 * The newline the body already uses: CRLF when it has any (bodies edited in the web UI), or when
 * it ends with a lone CR (appending LF after it would make a CRLF and flip the choice next run).
 */
export function detectNewline(body: string): '\n' | '\r\n' {
  return body.includes('\r\n') || body.endsWith('\r') ? '\r\n' : '\n';
}

/**
 * Where a new section goes when the body has none: appended after the user's text, separated
 * by a blank line; the user's text itself is not changed.
 */
export function appendPoint(body: string, nl: string): { before: string; after: string } {
  if (body === '') return { before: '', after: '' };
  const endsWithNewline = body.endsWith('\n');
  return { before: body + (endsWithNewline ? nl : nl + nl), after: '' };
}
