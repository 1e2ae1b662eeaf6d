// HTML comment markers around our section and each service's sub-section. They are invisible on
// the release page and single-line, so finding them never depends on the body's line endings.

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

/** Finds our section (the first start marker and the first end marker after it). */
export function locateSection(body: string): LocatedSection | undefined {
  const start = body.indexOf(SECTION_START);
  if (start < 0) return undefined;
  const innerStart = start + SECTION_START.length;
  const end = body.indexOf(SECTION_END, innerStart);
  if (end < 0) {
    throw new MarkerError(
      `the release body has the marker "${SECTION_START}" but no "${SECTION_END}" after it; ` +
        'restore the end marker (or delete the start marker) in the release text, then re-run',
    );
  }
  return {
    before: body.slice(0, start),
    inner: body.slice(innerStart, end),
    after: body.slice(end + SECTION_END.length),
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
