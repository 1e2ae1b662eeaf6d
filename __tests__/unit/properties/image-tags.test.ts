// packages/image-tags: tag rules, flavor and label/annotation entries fail only with InputError,
// and whatever a valid rule set computes from any branch/tag/description is a valid tag and a
// one-line label; sanitising is idempotent and turns each run of invalid characters into one dash.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InputError } from '../../../packages/action-io/index.js';
import { isValidTag, parseReference, sanitizeTag } from '../../../packages/image-ref/index.js';
import {
  computeImageMetadata,
  parseEntries,
  parseFlavor,
  parseTagRules,
  type GitContext,
} from '../../../packages/image-tags/index.js';
import { hostileText, imageName, params, spliced, validTag } from '../../../testkit/arbitraries.js';

function onlyInputErrors<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return undefined;
  }
}

const SHA = '0123456789abcdef0123456789abcdef01234567';
const CREATED = new Date('2026-01-02T03:04:05Z');

/** Rule-ish text: real keys and values, hostile values, and broken syntax. */
const ruleValue = fc.oneof(
  validTag,
  hostileText,
  fc.constantFrom(
    '{{branch}}',
    '{{tag}}',
    '{{sha}}',
    '{{base_ref}}',
    '{{date "YYYYMMDD"}}',
    '{{is_default_branch}}',
  ),
);
const ruleLine = fc.oneof(
  fc.constantFrom(
    'type=sha',
    'type=sha,format=long',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
    'latest',
    'type=edge',
    'type=edge,branch=feature/x',
    'type=schedule',
    "type=schedule,pattern=nightly-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
    'type=match,pattern=v(.*),group=1',
    'type=match,pattern=\\d+',
    'type=semver,pattern={{version}},match=v(.*)$',
    'type=pep440,pattern={{version}}',
    'type=pep440,pattern={{major}}.{{minor}}',
    'type=pep440,pattern={{raw}}',
  ),
  fc
    .tuple(
      fc.constantFrom(
        'raw',
        'sha',
        'ref,event=branch',
        'semver,pattern={{version}}',
        'edge',
        'schedule',
        'match,pattern=(.*),group=1',
        'pep440,pattern={{version}}',
      ),
      ruleValue,
      ruleValue,
      ruleValue,
    )
    .map(([type, value, prefix, suffix]) =>
      type === 'raw'
        ? `type=raw,value=${value},prefix=${prefix},suffix=${suffix}`
        : `type=${type},prefix=${prefix},suffix=${suffix}`,
    ),
  spliced(fc.constant('type=raw,value=x,priority=5')),
  hostileText,
);
const rules = fc.array(ruleLine, { maxLength: 5 }).map((lines) => lines.join('\n'));
const flavor = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.constantFrom('auto', 'true', 'false'), ruleValue, ruleValue, fc.boolean())
    .map(
      ([latest, prefix, suffix, on]) => `latest=${latest}\nprefix=${prefix},onlatest=${on}\nsuffix=${suffix}`,
    ),
  hostileText,
);
/** Any ref an event payload could carry: valid branch/tag names, semver tags, hostile text. */
const refName = fc.oneof(
  validTag,
  fc.constantFrom('v1.2.3', 'v2.0.0-rc.1', '1.0', 'feature/x', '1.0.0rc1', '1!2.0.post1+Local_7', 'main'),
  hostileText,
);
const EVENT_NAMES = { branch: 'push', tag: 'push', pr: 'pull_request', schedule: 'schedule' } as const;
const context = fc
  .tuple(
    fc.constantFrom('branch', 'tag', 'pr', 'schedule'),
    refName,
    fc.integer({ min: 1, max: 99999 }),
    hostileText,
  )
  .map(([kind, name, pr, description]): GitContext => {
    const base = {
      eventName: EVENT_NAMES[kind],
      sha: SHA,
      repository: 'octo-org/octo-repo',
      serverUrl: 'https://github.com',
      defaultBranch: 'main',
      repoDescription: description,
    };
    if (kind === 'branch' || kind === 'schedule')
      return { ...base, ref: `refs/heads/${name}`, refType: 'branch', branch: name };
    if (kind === 'tag') return { ...base, ref: `refs/tags/${name}`, refType: 'tag', tag: name };
    return { ...base, ref: `refs/pull/${pr}/merge`, refType: 'pr', prNumber: pr, baseRef: name };
  });

/** Docker's tag grammar. */
const DOCKER_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

describe('image-tags properties', () => {
  it('parseTagRules and parseFlavor throw nothing but InputError', () => {
    fc.assert(
      fc.property(rules, flavor, (r, f) => {
        onlyInputErrors(() => parseTagRules(r));
        onlyInputErrors(() => parseFlavor(f));
      }),
      params,
    );
  });

  it('parseEntries throws nothing but InputError; accepted keys have no white space', () => {
    const lines = fc.array(fc.oneof(hostileText, spliced(fc.constant('org.example.key=value'))), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.constantFrom('labels' as const, 'annotations' as const), lines, (input, l) => {
        const entries = onlyInputErrors(() => parseEntries(input, l));
        for (const [key] of entries ?? []) expect(key).not.toMatch(/\s/);
      }),
      params,
    );
  });

  it('computed tags are always valid tags on valid images', () => {
    fc.assert(
      fc.property(
        fc.array(imageName, { maxLength: 2 }),
        rules,
        flavor,
        context,
        fc.integer({ min: 4, max: 40 }),
        (images, tagRules, fl, ctx, shaLength) => {
          const meta = onlyInputErrors(() =>
            computeImageMetadata(
              { images, tagRules, flavor: fl, shaLength, labels: [], annotations: [], created: CREATED },
              ctx,
              ['v1.0.0'],
            ),
          );
          if (!meta) return;
          for (const name of meta.tagNames) {
            expect(name).toMatch(DOCKER_TAG);
            expect(isValidTag(name)).toBe(true);
            expect(sanitizeTag(name)).toBe(name);
          }
          // No images: the tags are bare tag names.
          if (images.length === 0) expect(meta.tags).toEqual(meta.tagNames);
          else for (const tag of meta.tags) expect(parseReference(tag).ref).toBe(tag);
          expect(meta.tags.length).toBe(new Set(meta.tags).size);
        },
      ),
      params,
    );
  });

  // The `labels`/`annotations` outputs are one entry per line: a line break inside a value (the
  // repository description comes from the API) would add a forged entry such as `com.evil=1`.
  it('labels and annotations stay one line each, whatever the repository description', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const meta = computeImageMetadata(
          {
            images: ['ghcr.io/o/r'],
            tagRules: '',
            flavor: '',
            shaLength: 7,
            labels: [],
            annotations: [],
            created: CREATED,
          },
          ctx,
        );
        for (const line of [...meta.labels, ...meta.annotations]) expect(line).not.toMatch(/[\r\n]/);
      }),
      params,
    );
  });

  it('throws nothing but InputError for hostile image names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostileText, spliced(imageName)), { maxLength: 3 }),
        context,
        (images, ctx) => {
          onlyInputErrors(() =>
            computeImageMetadata(
              {
                images,
                tagRules: '',
                flavor: '',
                shaLength: 7,
                labels: [],
                annotations: [],
                created: CREATED,
              },
              ctx,
            ),
          );
        },
      ),
      params,
    );
  });
});

/** Characters a tag may not hold, in runs. */
const invalidRun = fc
  .array(fc.constantFrom('/', '@', '#', ' ', '+', '~', ':', 'ü', '\t', '!', '{'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((chars) => chars.join(''));
const word = fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/);

describe('sanitising', () => {
  it('is idempotent and always yields a valid tag or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileText, validTag), (text) => {
        const once = sanitizeTag(text);
        expect(sanitizeTag(once)).toBe(once);
        if (once !== '') expect(once).toMatch(DOCKER_TAG);
      }),
      params,
    );
  });

  it('turns each run of invalid characters into one dash', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, invalidRun), { minLength: 1, maxLength: 4 }),
        word,
        (parts, last) => {
          const text = parts.map(([w, run]) => w + run).join('') + last;
          const expected = [...parts.map(([w]) => w), last].join('-');
          expect(sanitizeTag(text)).toBe(expected.slice(0, 128));
        },
      ),
      params,
    );
  });
});
