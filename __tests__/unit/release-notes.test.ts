import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  BODY_LIMIT,
  BodyTooLongError,
  editBody,
  groupByService,
  MarkerError,
  parseSection,
  renderSection,
  SECTION_END,
  SECTION_START,
  serviceStart,
  type ImageEntry,
} from '../../packages/release-notes/index.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const api: ImageEntry = {
  name: 'ghcr.io/org/repo/api',
  tag: 'v1.2.3',
  digest: D('a'),
  platforms: ['linux/amd64', 'linux/arm64'],
};
const web: ImageEntry = { name: 'ghcr.io/org/repo/web', tag: 'v1.2.3', digest: D('b') };
const gone: ImageEntry = { name: 'ghcr.io/org/repo/worker', tag: 'v1.2.3', missing: true };

function image(i: number, extra: Partial<ImageEntry> = {}): ImageEntry {
  const hex = i.toString(16).padStart(64, '0');
  return {
    name: `ghcr.io/some-org/some-repo/service-${i}`,
    tag: 'v1.2.3',
    digest: `sha256:${hex}`,
    ...extra,
  };
}

function inner(section: string): string {
  return section.slice(SECTION_START.length, section.length - SECTION_END.length);
}

describe('renderSection', () => {
  it('writes one sub-section per service with pull commands, digest and platforms', () => {
    const section = renderSection(groupByService([web, api]), {
      title: 'Docker Images',
      form: 'full',
      nl: '\n',
    });
    expect(section).toMatchSnapshot();
    expect(section.indexOf(serviceStart('api'))).toBeLessThan(section.indexOf(serviceStart('web')));
    expect(section).toContain('docker pull ghcr.io/org/repo/api:v1.2.3');
    expect(section).toContain(`docker pull ghcr.io/org/repo/api@${D('a')}`);
    expect(section).toContain('- **Platforms:** `linux/amd64`, `linux/arm64`');
  });

  it('lists missing images under a warning and still writes the rest', () => {
    const section = renderSection(groupByService([api, gone]), {
      title: 'Docker Images',
      form: 'full',
      nl: '\n',
    });
    expect(section).toContain(
      '> [!WARNING]\n> 1 image is missing from this release:\n> - `ghcr.io/org/repo/worker:v1.2.3`',
    );
    expect(section).toContain('docker pull ghcr.io/org/repo/api:v1.2.3');
  });

  it('compact form: one table row per image, missing rows first', () => {
    const section = renderSection(groupByService([api, gone, web]), {
      title: 'Images',
      form: 'compact',
      nl: '\n',
    });
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && l.includes('`'));
    expect(rows).toEqual([
      '| worker | `ghcr.io/org/repo/worker:v1.2.3` | ⚠️ missing |  |',
      `| api | \`ghcr.io/org/repo/api:v1.2.3\` | \`${D('a')}\` | linux/amd64, linux/arm64 |`,
      `| web | \`ghcr.io/org/repo/web:v1.2.3\` | \`${D('b')}\` |  |`,
    ]);
  });
});

const entryArb: fc.Arbitrary<ImageEntry> = fc
  .record({
    repo: fc.constantFrom('a', 'b', 'svc-1', 'x.y', 'api'),
    ns: fc.constantFrom('ghcr.io/org/repo', 'localhost:5000/team', 'docker.io/library'),
    tag: fc.option(fc.constantFrom('v1', 'v1.2.3', 'latest', 'sha-abc'), { nil: undefined }),
    digest: fc
      .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 })
      .map((h) => `sha256:${h.join('')}`),
    platforms: fc.option(fc.subarray(['linux/amd64', 'linux/arm64', 'linux/arm/v7']), { nil: undefined }),
    missing: fc.boolean(),
  })
  .map(({ repo, ns, tag, digest, platforms, missing }) =>
    missing
      ? { name: `${ns}/${repo}`, tag: tag ?? 'v0', missing: true }
      : { name: `${ns}/${repo}`, tag, digest, platforms },
  );

describe('parseSection(renderSection(x)) == x', () => {
  it.each(['full', 'compact'] as const)('%s form', (form) => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 12 }), (entries) => {
        const blocks = groupByService(entries);
        const section = renderSection(blocks, { title: 'T', form, nl: '\n' });
        expect([...parseSection(inner(section)).values()]).toEqual(blocks);
      }),
    );
  });
});

describe('editBody', () => {
  const opts = { mode: 'replace' as const, title: 'Docker Images', entries: [api, web] };

  it.each([
    ['empty body', ''],
    ['text without newline', 'Release notes'],
    ['text with newline', '## Changes\n- fix\n'],
    ['CRLF text', '## Changes\r\n- fix\r\n'],
  ])('appends a section to %s without touching the text', (_, body) => {
    const result = editBody(body, opts);
    expect(result.body.startsWith(body)).toBe(true);
    expect(result.body.endsWith(SECTION_END)).toBe(true);
    expect(result.changed).toBe(true);
  });

  it.each(['replace', 'merge'] as const)('keeps text above and below byte for byte (%s)', (mode) => {
    const above = 'Intro  \r\nmixed\nendings\r\n\r\n';
    const below = '\n\r\n## Footer\t\r\n';
    // The old section is one we rendered (a title, nothing else): it is replaced.
    const first = editBody(above + SECTION_START + '\n## old stuff\n' + SECTION_END + below, {
      ...opts,
      mode,
    });
    expect(first.body.startsWith(above + SECTION_START)).toBe(true);
    expect(first.body.endsWith(SECTION_END + below)).toBe(true);
    expect(first.body).not.toContain('old stuff');
  });

  it('uses CRLF inside the section when the body already has CRLF (web UI edits)', () => {
    const result = editBody('Notes\r\n', opts);
    expect(result.section.split('\r\n').length).toBeGreaterThan(5);
    expect(result.section.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('matches the section after the web UI turned it into CRLF, and stays idempotent', () => {
    const lf = editBody('Notes\n', opts).body;
    const crlf = lf.replace(/\n/g, '\r\n');
    const again = editBody(crlf, opts);
    expect(again.changed).toBe(false);
    expect(again.body).toBe(crlf);
    expect(editBody(crlf, { ...opts, mode: 'merge' }).changed).toBe(false);
  });

  it.each(['replace', 'merge'] as const)('is idempotent (%s)', (mode) => {
    fc.assert(
      fc.property(fc.string(), fc.array(entryArb, { maxLength: 8 }), (text, entries) => {
        const body = text.replaceAll('<!--', '');
        const once = editBody(body, { mode, title: 'Docker Images', entries }).body;
        const twice = editBody(once, { mode, title: 'Docker Images', entries });
        expect(twice.body).toBe(once);
        expect(twice.changed).toBe(false);
      }),
    );
  });

  it('merge keeps other services and replaces ours; order of writers does not matter', () => {
    const base = editBody('Top\n', { ...opts, mode: 'merge', entries: [api] }).body;
    const newApi = { ...api, digest: D('c'), platforms: undefined };
    const ab = editBody(editBody(base, { ...opts, mode: 'merge', entries: [web] }).body, {
      ...opts,
      mode: 'merge',
      entries: [newApi, gone],
    });
    const ba = editBody(editBody(base, { ...opts, mode: 'merge', entries: [newApi, gone] }).body, {
      ...opts,
      mode: 'merge',
      entries: [web],
    });
    expect(ab.body).toBe(ba.body);
    expect(ab.body).toContain(`ghcr.io/org/repo/api@${D('c')}`);
    expect(ab.body).not.toContain(D('a'));
    expect(ab.body).toContain('docker pull ghcr.io/org/repo/web:v1.2.3');
    expect(ab.body).toContain('> - `ghcr.io/org/repo/worker:v1.2.3`');
  });

  it('merge keeps a hand-edited sub-section verbatim', () => {
    const hand = `${SECTION_START}\n${serviceStart('db')}\nask the DBA\n<!-- docker-pipeline-actions:image:db:end -->\n${SECTION_END}`;
    const result = editBody(hand, { ...opts, mode: 'merge', entries: [api] });
    expect(result.body).toContain(
      `${serviceStart('db')}\nask the DBA\n<!-- docker-pipeline-actions:image:db:end -->`,
    );
    expect(result.body).toContain('docker pull ghcr.io/org/repo/api:v1.2.3');
  });

  it('replace drops services no longer in the inputs', () => {
    const once = editBody('', { ...opts, entries: [api, web] }).body;
    expect(editBody(once, { ...opts, entries: [api] }).body).not.toContain('repo/web');
  });

  it('a start marker without an end marker is an error, not a guess', () => {
    expect(() => editBody(`x\n${SECTION_START}\nuser text`, opts)).toThrow(MarkerError);
  });

  it('400 images switch to the compact table and fit the limit', () => {
    const entries = Array.from({ length: 400 }, (_, i) =>
      image(i, { platforms: ['linux/amd64', 'linux/arm64'] }),
    );
    const result = editBody('## What changed\n'.repeat(100), { ...opts, entries });
    expect(result.form).toBe('compact');
    expect(result.omitted).toBe(0);
    expect(result.body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(result.body.split('\n').filter((l) => l.startsWith('| service-')).length).toBe(400);
  });

  it('cuts the table with a note when even the compact form is too long, counting the user text', () => {
    const userText = 'x'.repeat(100000) + '\n';
    const entries = Array.from({ length: 400 }, (_, i) => image(i));
    const result = editBody(userText, { ...opts, entries });
    expect(result.form).toBe('truncated');
    expect(result.omitted).toBeGreaterThan(0);
    expect(result.body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(result.body.length).toBeGreaterThan(BODY_LIMIT - 200);
    expect(result.body).toContain(`_${result.omitted} more images not listed`);
    expect(result.body.startsWith(userText)).toBe(true);
    expect(editBody(result.body, { ...opts, entries }).changed).toBe(false);
  });

  it('fails when the user text alone leaves no room', () => {
    expect(() => editBody('x'.repeat(BODY_LIMIT), opts)).toThrow(BodyTooLongError);
  });
});

describe('hostile text cannot move the section boundaries', () => {
  it.each(['\r', 'x\r', 'a\r\nb\r'])('a body ending in a lone CR (%j) stays idempotent', (body) => {
    const once = editBody(body, { mode: 'merge', title: 'T', entries: [api] }).body;
    expect(editBody(once, { mode: 'merge', title: 'T', entries: [api] }).body).toBe(once);
    expect(once.startsWith(body)).toBe(true);
  });

  it.each([SECTION_END, SECTION_START, `x ${serviceStart('api')} y`])('title %j is defused', (title) => {
    const once = editBody('', { mode: 'merge', title, entries: [api] });
    expect(once.body.split(SECTION_END)).toHaveLength(2);
    expect(editBody(once.body, { mode: 'merge', title, entries: [api] }).body).toBe(once.body);
  });

  it('platform strings that are not os/arch[/variant] are dropped', () => {
    const section = editBody('', {
      ...{ mode: 'replace' as const, title: 'T' },
      entries: [{ ...web, platforms: [SECTION_END, 'a|b', 'linux/amd64'] }],
    }).section;
    expect(section).toContain('- **Platforms:** `linux/amd64`');
    expect(section.split(SECTION_END)).toHaveLength(2);
  });
});

// Issue 15, point 6: generated release notes quote PR titles and commit subjects inside list items;
// marker text there is text. Only whole marker lines around a section we rendered are ours.
describe('markers only count as whole lines around a section we rendered', () => {
  const opts = { mode: 'replace' as const, title: 'Docker Images', entries: [api] };
  const generated = (...titles: string[]) =>
    `## What's Changed\n${titles.map((t, i) => `* ${t} by @someone in #${i + 1}`).join('\n')}\n`;

  it.each([
    ['a PR title carrying the start marker', generated(`feat: ${SECTION_START} sneaky`)],
    ['a commit subject carrying the end marker', generated(`fix: ${SECTION_END}`)],
    [
      'a start marker in one title and an end marker in another',
      generated(`a ${SECTION_START}`, "other people's notes", `b ${SECTION_END}`),
    ],
    ['a marker line with trailing spaces', `notes\n${SECTION_START}  \nmine\n${SECTION_END} \n`],
  ])('%s: the notes stay byte for byte and our section is appended', (_name, body) => {
    for (const mode of ['replace', 'merge'] as const) {
      const once = editBody(body, { ...opts, mode });
      expect(once.body.startsWith(body)).toBe(true);
      expect(once.body.slice(body.length)).toBe(`\n${once.section}`);
      const twice = editBody(once.body, { ...opts, mode });
      expect(twice.body).toBe(once.body);
      expect(twice.changed).toBe(false);
    }
  });

  it.each([
    ['text of someone else', `Intro\n${SECTION_START}\nThanks to all contributors!\n${SECTION_END}\n`, 3],
    [
      'our section with a stray line added',
      `${editBody('', opts).body.replace('## Docker Images', '## Docker Images\nstray')}\n`,
      3,
    ],
    [
      'a service block that never ends',
      `${SECTION_START}\r\n${serviceStart('api')}\r\nx\r\n${SECTION_END}`,
      2,
    ],
  ])('whole marker lines around %s: an error that names the line, nothing replaced', (_name, body, line) => {
    for (const mode of ['replace', 'merge'] as const) {
      expect(() => editBody(body, { ...opts, mode })).toThrow(MarkerError);
      expect(() => editBody(body, { ...opts, mode })).toThrow(
        new RegExp(
          `line ${line} between it and the end marker is not part of a section this action writes; nothing was changed`,
        ),
      );
    }
  });
});
