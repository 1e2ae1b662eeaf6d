// Reading a section we rendered back into data, from either form, so `merge` mode can keep other
// writers' services and re-render the whole section canonically. A sub-section we cannot read
// (edited by hand, or written by a newer version) is kept verbatim as an opaque block.
// `foreignLine` tells a section we rendered from other text between two marker lines: only the
// former may be replaced.
import {
  groupByService,
  normalizeEntries,
  serviceOf,
  splitRef,
  type ImageEntry,
  type ServiceBlock,
} from './model.js';
import { SERVICE_START_RE, serviceEnd } from './markers.js';
import { MISSING_CELL, PULL_NOTE, TABLE_HEADER } from './render.js';

const PULL_RE = /^docker pull (\S+)$/;
const MISSING_RE = /^> ⚠️ `([^`]+)` is missing from this release\.$/;
const PLATFORMS_RE = /^- \*\*Platforms:\*\* (.+)$/;
const ROW_RE = /^\| ([^|]+?) \| `([^`]+)` \| ([^|]+?) \| ([^|]*?) ?\|$/;
const DIGEST_CELL_RE = /^`([a-z0-9]+:[a-f0-9]+)`$/;

function parseFullBlock(lines: readonly string[]): ImageEntry[] {
  const entries: ImageEntry[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (line.startsWith('```')) inBlock = !inBlock;
    const pull = inBlock ? PULL_RE.exec(line) : null;
    if (pull) {
      const ref = splitRef(pull[1]);
      const last = entries[entries.length - 1];
      // A digest line completes the tag line just before it in the same code block.
      if (ref.digest && !ref.tag && last && last.name === ref.name && !last.digest && !last.missing) {
        last.digest = ref.digest;
      } else {
        entries.push(ref);
      }
      continue;
    }
    const missing = MISSING_RE.exec(line);
    if (missing) {
      entries.push({ ...splitRef(missing[1]), missing: true });
      continue;
    }
    const platforms = PLATFORMS_RE.exec(line);
    if (platforms && entries.length > 0) {
      entries[entries.length - 1].platforms = platforms[1].split(', ').map((p) => p.replace(/^`|`$/g, ''));
    }
  }
  return entries;
}

function parseRow(line: string): ImageEntry | undefined {
  const row = ROW_RE.exec(line);
  if (!row) return undefined;
  const [, , image, digestCell, platformCell] = row;
  const platforms = platformCell.trim() === '' ? [] : platformCell.trim().split(', ');
  if (digestCell === MISSING_CELL) return { ...splitRef(image), missing: true };
  const digest = DIGEST_CELL_RE.exec(digestCell);
  if (!digest) return undefined;
  return { ...splitRef(image), digest: digest[1], ...(platforms.length ? { platforms } : {}) };
}

/** The service blocks found in a section's inner text, by service name. */
export function parseSection(inner: string): Map<string, ServiceBlock> {
  const lines = inner.split(/\r?\n/);
  const blocks = new Map<string, ServiceBlock>();
  const rows: ImageEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = SERVICE_START_RE.exec(lines[i]);
    if (!start) {
      const entry = parseRow(lines[i]);
      if (entry) rows.push(entry);
      continue;
    }
    const service = start[1];
    const endAt = lines.indexOf(serviceEnd(service), i + 1);
    const blockLines = lines.slice(i + 1, endAt < 0 ? lines.length : endAt);
    i = endAt < 0 ? lines.length : endAt;
    const entries = parseFullBlock(blockLines);
    if (entries.length > 0 && entries.every((e) => serviceOf(e.name) === service)) {
      blocks.set(service, { service, entries: normalizeEntries(entries) });
    } else {
      // A trailing CR would meet our newline and turn into CRLF: drop it.
      blocks.set(service, { service, opaque: blockLines.map((l) => l.replace(/\r+$/, '')) });
    }
  }
  for (const block of groupByService(rows)) {
    const existing = blocks.get(block.service);
    const merged = existing && 'entries' in existing ? [...existing.entries] : [];
    if (!existing || 'entries' in existing) {
      blocks.set(block.service, {
        service: block.service,
        entries: normalizeEntries([...merged, ...('entries' in block ? block.entries : [])]),
      });
    }
  }
  return blocks;
}

/** Lines a rendered section has outside its service blocks (besides blank lines and the title). */
const SECTION_LINE_RES: readonly RegExp[] = [
  /^> \[!WARNING\]$/,
  /^> \d+ images? (is|are) missing from this release(:| \(rows marked ⚠️ missing\)\.)$/,
  /^> - `[^`]+`$/,
  /^_\d+ more images? not listed: GitHub limits a release body to \d+ characters\._$/,
];

function isSectionLine(line: string): boolean {
  return (
    line === '' ||
    line === PULL_NOTE ||
    TABLE_HEADER.includes(line) ||
    ROW_RE.test(line) ||
    SECTION_LINE_RES.some((re) => re.test(line))
  );
}

/**
 * The first line (0 = the start marker's own line) of a section's inner text that a section we
 * render cannot have, or undefined when the whole text is ours: an optional `## title` first, then
 * our warning, table and note lines, and service blocks (any text between a service's start and
 * end marker lines: hand-edited blocks are kept). Anything else means the marker lines enclose
 * someone else's text.
 */
export function foreignLine(inner: string): number | undefined {
  const lines = inner.split(/\r\n|\r|\n/);
  let titleAllowed = true;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const service = SERVICE_START_RE.exec(line);
    if (service) {
      const end = lines.indexOf(serviceEnd(service[1]!), i + 1);
      if (end < 0) return i;
      i = end;
    } else if (titleAllowed && line.startsWith('## ')) {
      titleAllowed = false;
      continue;
    } else if (!isSectionLine(line)) {
      return i;
    }
    if (line !== '') titleAllowed = false;
  }
  return undefined;
}
