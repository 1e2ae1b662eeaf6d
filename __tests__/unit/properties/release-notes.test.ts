// packages/release-notes: editing a release body is idempotent (twice = once, in both modes), text
// outside the markers is never changed (LF, CRLF, marker-like text, workflow commands in the body),
// and `merge` writers on disjoint services commute (any order gives the same body).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  editBody,
  foreignLine,
  locateSection,
  MarkerError,
  SECTION_END,
  SECTION_START,
  serviceEnd,
  serviceStart,
  type EditMode,
  type ImageEntry,
} from '../../../packages/release-notes/index.js';
import { digest, hostileText, params, pathComponent, validTag } from '../../../testkit/arbitraries.js';

const service = fc.constantFrom('api', 'web', 'worker', 'db-migrate', 'x_y', 'a.b');
const entry: fc.Arbitrary<ImageEntry> = fc.record(
  {
    name: fc.tuple(pathComponent, service).map(([org, svc]) => `ghcr.io/${org}/${svc}`),
    tag: validTag,
    digest,
    platforms: fc.array(fc.constantFrom('linux/amd64', 'linux/arm64', 'linux/arm/v7'), { maxLength: 3 }),
    missing: fc.boolean(),
  },
  { requiredKeys: ['name'] },
);
const entries = fc.array(entry, { maxLength: 5 });

/** User text around (or instead of) our section: ordinary prose, hostile text, marker look-alikes. */
const userText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '## Changelog',
        '- fix: things',
        '',
        '::set-output name=x::y',
        '::add-mask::canary',
        '##[error]boom',
        '<!-- docker-pipeline-actions:images -->',
        '<!-- docker-pipeline-actions:image:api:start -->',
        '<!-- docker-pipeline-actions:image:api:end -->',
        '<!-- docker-pipeline-actions:images:start --', // almost a start marker
        '```',
        '| a | b |',
        '   ',
      ),
      hostileText.filter((t) => !t.includes(SECTION_START) && !t.includes(SECTION_END)),
    ),
    { maxLength: 6 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((nl) => lines.join(nl)));

/**
 * A body: user text only, or user text + an existing section + user text. The section is ours, ours
 * with a hand-edited service block (still ours), or marker lines around someone else's text.
 */
const body = fc.oneof(
  userText,
  fc
    .tuple(
      userText,
      fc.constantFrom('\n', '\r\n'),
      userText,
      entries,
      fc.constantFrom('ours', 'hand-edited', 'foreign'),
      fc.constantFrom('replace', 'merge') as fc.Arbitrary<EditMode>,
    )
    .map(([before, nl, after, existing, variant, mode]) => {
      const section = editBody('', { mode, title: 'Docker Images', entries: existing }).body;
      const block = `${serviceStart('api')}${nl}hand-edited ::error::x${nl}${serviceEnd('api')}`;
      const inner =
        variant === 'ours'
          ? section
          : `${SECTION_START}${nl}${block}${nl}${variant === 'foreign' ? `stray text${nl}` : ''}${SECTION_END}`;
      return `${before}${nl}${inner}${nl}${after}`;
    }),
);
const title = fc.constantFrom('Docker Images', 'Images 🐳', 'Images ::set-output name=x::y');
const mode = fc.constantFrom<EditMode>('replace', 'merge');

function outside(text: string): { before: string; after: string } {
  const located = locateSection(text);
  if (!located) return { before: text, after: '' };
  return { before: located.before, after: located.after };
}

describe('release-notes editing properties', () => {
  it('editing any body twice equals editing it once', () => {
    fc.assert(
      fc.property(body, mode, title, entries, (b, m, t, e) => {
        let once;
        try {
          once = editBody(b, { mode: m, title: t, entries: e });
        } catch (error) {
          expect(error).toBeInstanceOf(MarkerError);
          return;
        }
        const twice = editBody(once.body, { mode: m, title: t, entries: e });
        expect(twice.body).toBe(once.body);
        expect(twice.changed).toBe(false);
      }),
      params,
    );
  });

  it('text outside the markers is never changed', () => {
    fc.assert(
      fc.property(body, mode, title, entries, (b, m, t, e) => {
        const was = locateSection(b);
        let result;
        try {
          result = editBody(b, { mode: m, title: t, entries: e });
        } catch (error) {
          // Refused (nothing changed) only when the marker lines hold text we did not render.
          expect(error).toBeInstanceOf(MarkerError);
          expect(was && foreignLine(was.inner)).toBeGreaterThan(0);
          return;
        }
        const now = outside(result.body);
        if (was) {
          expect(now.before).toBe(was.before);
          expect(now.after).toBe(was.after);
        } else {
          // A new section is appended after the user's text, which stays a byte-for-byte prefix.
          expect(result.body.startsWith(b)).toBe(true);
          expect(now.after).toBe('');
        }
      }),
      params,
    );
  });

  it('CRLF bodies keep CRLF: the result has no bare LF when the body used CRLF', () => {
    fc.assert(
      fc.property(
        body.filter((b) => b.includes('\r\n') && !/(^|[^\r])\n/.test(b)),
        mode,
        entries,
        (b, m, e) => {
          let result;
          try {
            result = editBody(b, { mode: m, title: 'Docker Images', entries: e });
          } catch (error) {
            expect(error).toBeInstanceOf(MarkerError);
            return;
          }
          expect(/(^|[^\r])\n/.test(result.body)).toBe(false);
        },
      ),
      { ...params, numRuns: 60 },
    );
  });

  it('merge writers on different services commute', () => {
    const perService = fc.uniqueArray(entry, {
      selector: (x) => x.name.split('/').pop(),
      minLength: 2,
      maxLength: 4,
    });
    fc.assert(
      fc.property(userText, perService, (b, writers) => {
        const apply = (order: ImageEntry[]) =>
          order.reduce(
            (text, w) => editBody(text, { mode: 'merge', title: 'Docker Images', entries: [w] }).body,
            b,
          );
        expect(apply([...writers].reverse())).toBe(apply(writers));
      }),
      { ...params, numRuns: 80 },
    );
  });

  // The title (input `section-title`, one line) and platform strings (input `digests` JSON, or a
  // registry's manifest) are rendered into the section: marker text there must not move the
  // section's boundaries, or each run appends another copy of the section to the release.
  it('any one-line title and any platform strings keep editing idempotent', () => {
    const oneLine = fc.oneof(
      fc.constantFrom(SECTION_END, SECTION_START, serviceEnd('api'), `x ${SECTION_END} y`),
      hostileText.map((t) => t.replace(/[\r\n]/g, ' ')),
    );
    fc.assert(
      fc.property(userText, oneLine, oneLine, (b, t, platform) => {
        const e: ImageEntry[] = [
          { name: 'ghcr.io/o/api', tag: '1', digest: `sha256:${'a'.repeat(64)}`, platforms: [platform] },
        ];
        const once = editBody(b, { mode: 'merge', title: t, entries: e });
        expect(editBody(once.body, { mode: 'merge', title: t, entries: e }).body).toBe(once.body);
      }),
      { ...params, numRuns: 80 },
    );
  });

  // Issue 15, point 6: PR titles and commit subjects quoted in generated notes may carry marker
  // text anywhere in a line; the text before and after our section is kept byte for byte.
  it('text outside our section is preserved byte for byte, whatever marker text it quotes mid-line', () => {
    const marker = fc.constantFrom(SECTION_START, SECTION_END, serviceStart('api'), serviceEnd('api'));
    const oneLine = fc.string({ maxLength: 10 }).map((t) => t.replace(/[\r\n]/g, ' '));
    const quoting = fc
      .tuple(fc.constantFrom('* ', '- feat: ', 'x'), oneLine, marker, oneLine)
      .map(([bullet, a, m, b]) => `${bullet}${a}${m}${b}`);
    const notes = (nl: string) =>
      fc.array(fc.oneof(quoting, userText), { maxLength: 6 }).map((lines) => lines.join(nl));
    const bodyParts = fc
      .constantFrom('\n', '\r\n')
      .chain((nl) =>
        fc.record({ nl: fc.constant(nl), before: notes(nl), after: notes(nl), existing: fc.option(entries) }),
      );
    fc.assert(
      fc.property(bodyParts, mode, entries, ({ nl, before, after, existing }, m, e) => {
        const old = existing && editBody('', { mode: 'replace', title: 'Old', entries: existing }).body;
        const b = old ? `${before}${nl}${old}${nl}${after}` : before;
        const result = editBody(b, { mode: m, title: 'Docker Images', entries: e });
        if (old) {
          expect(result.body).toBe(`${before}${nl}${result.section}${nl}${after}`);
        } else {
          expect(result.body.startsWith(b)).toBe(true);
          expect(result.body.endsWith(result.section)).toBe(true);
        }
        expect(editBody(result.body, { mode: m, title: 'Docker Images', entries: e }).body).toBe(result.body);
      }),
      params,
    );
  });
});
