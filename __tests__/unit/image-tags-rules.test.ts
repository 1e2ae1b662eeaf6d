import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../packages/action-io/index.js';
import { parseFlavor, parseImages, parseTagRules, parseEntries } from '../../packages/image-tags/index.js';
import { splitFields } from '../../packages/image-tags/fields.js';
import { checkExpressions, formatDate } from '../../packages/image-tags/expressions.js';
import { checkSemverPattern } from '../../packages/image-tags/semver-pattern.js';

describe('splitFields', () => {
  it.each([
    ['type=sha', [{ key: 'type', value: 'sha' }]],
    [
      'Type = raw , Value = a b',
      [
        { key: 'type', value: 'raw' },
        { key: 'value', value: 'a b' },
      ],
    ],
    ['latest', [{ value: 'latest' }]],
    [
      'type=raw,value="a,b"',
      [
        { key: 'type', value: 'raw' },
        { key: 'value', value: 'a,b' },
      ],
    ],
    [
      'type=raw,value="say ""hi"""',
      [
        { key: 'type', value: 'raw' },
        { key: 'value', value: 'say "hi"' },
      ],
    ],
    [
      'type=raw,value=a=b',
      [
        { key: 'type', value: 'raw' },
        { key: 'value', value: 'a=b' },
      ],
    ],
    ['type=sha,,', [{ key: 'type', value: 'sha' }]],
  ])('%s', (line, fields) => {
    expect(splitFields(line)).toEqual(fields);
  });

  it('reports an unterminated quote', () => {
    expect(splitFields('type=raw,value="a')).toMatch(/unterminated/);
  });
});

describe('parseTagRules', () => {
  it('uses the default rules for empty text, sorted by priority', () => {
    expect(parseTagRules('  \n# nothing\n').map((r) => r.source)).toEqual([
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{major}}.{{minor}}',
      'type=ref,event=branch',
      'type=ref,event=pr',
      'type=sha',
    ]);
  });

  it.each([
    ['type=sha', { type: 'sha', format: 'short', prefix: 'sha-', priority: 100, enable: 'true' }],
    ['type=sha,format=long,prefix=', { type: 'sha', format: 'long', prefix: '' }],
    ['type=ref,event=branch', { type: 'ref', event: 'branch', prefix: undefined, priority: 600 }],
    ['type=ref,event=tag,suffix=-x', { type: 'ref', event: 'tag', suffix: '-x' }],
    ['type=ref,event=pr', { type: 'ref', event: 'pr', prefix: 'pr-' }],
    ['type=ref,event=PR,prefix=pull-', { type: 'ref', event: 'pr', prefix: 'pull-' }],
    ['type=semver,pattern={{major}}', { type: 'semver', pattern: '{{major}}', value: '', priority: 900 }],
    [
      'type=semver,pattern=v{{ major }}.{{minor}},value=1.2.3',
      { pattern: 'v{{ major }}.{{minor}}', value: '1.2.3' },
    ],
    ['type=raw,value=stable,priority=950', { type: 'raw', value: 'stable', priority: 950 }],
    ['latest', { type: 'raw', value: 'latest', priority: 200 }],
    ['type=raw,value={{branch}}-{{sha}}', { type: 'raw', value: '{{branch}}-{{sha}}' }],
    ["type=raw,value=nightly-{{date 'YYYYMMDD'}}", { value: "nightly-{{date 'YYYYMMDD'}}" }],
    ['type=raw,value=edge,enable={{is_default_branch}}', { enable: '{{is_default_branch}}' }],
    ['type=raw,value=dev,enable={{ is_not_default_branch }}', { enable: '{{ is_not_default_branch }}' }],
    ['type=sha,enable=false', { enable: 'false' }],
    ['type=sha,priority=-5', { priority: -5 }],
  ])('%s', (line, expected) => {
    const [rule] = parseTagRules(line);
    expect(rule).toMatchObject(expected);
    expect(rule.source).toBe(line);
  });

  it('keeps the written order for equal priorities', () => {
    const rules = parseTagRules('type=raw,value=b\ntype=raw,value=a\ntype=semver,pattern={{version}}');
    expect(rules.map((r) => (r.type === 'raw' ? r.value : r.type))).toEqual(['semver', 'b', 'a']);
  });

  it.each([
    ['type=foo', /unknown type "foo" \(allowed: sha, ref, semver, raw, schedule, pep440, match, edge\)/],
    ['type=nightly', /unknown type "nightly"/],
    ['type=sha,colour=red', /unknown attribute "colour" for type=sha/],
    ['type=sha,event=branch', /unknown attribute "event"/],
    ['type=ref', /needs event= \(allowed: branch, tag, pr\)/],
    ['type=ref,event=push', /event=push \(allowed: branch, tag, pr\)/],
    ['type=semver', /needs pattern=/],
    ['type=semver,pattern=stable', /has no placeholder/],
    ['type=semver,pattern={{build}}', /unknown placeholder \{\{build\}\}/],
    ['type=semver,pattern={{major}', /unbalanced/],
    ['type=raw', /needs a non-empty value=/],
    ['type=raw,value=', /needs a non-empty value=/],
    ['type=sha,format=medium', /format=medium \(allowed: short, long\)/],
    ['type=sha,enable=yes', /enable=yes \(allowed: true, false, \{\{is_default_branch\}\}/],
    ['type=sha,enable={{branch}}', /enable=\{\{branch\}\}/],
    ['type=sha,priority=high', /priority=high/],
    ['type=sha,prefix={{nope}}', /prefix=: "\{\{nope\}\}" is not a known placeholder/],
    ['type=raw,value={{date}}', /"\{\{date\}\}" is not a known placeholder/],
    ['type=sha,type=raw', /sets "type" twice/],
    ['type=raw,value="open', /unterminated double quote/],
    ['type=sha,=x', /no name before "="/],
  ])('rejects %s', (line, message) => {
    expect(() => parseTagRules(line)).toThrow(InputError);
    expect(() => parseTagRules(line)).toThrow(message);
    try {
      parseTagRules(line);
    } catch (error) {
      expect((error as InputError).input).toBe('tags');
      expect((error as Error).message).toContain(line);
    }
  });
});

describe('parseFlavor', () => {
  it.each([
    ['', { latest: 'auto', prefix: '', suffix: '', prefixLatest: false, suffixLatest: false }],
    ['latest=false', { latest: 'false' }],
    ['latest=TRUE', { latest: 'true' }],
    ['suffix=-large-v3-zh', { suffix: '-large-v3-zh', suffixLatest: false }],
    ['suffix=-gpu,onlatest=true', { suffix: '-gpu', suffixLatest: true }],
    [
      'prefix=app-,onlatest=true\nsuffix=-x',
      { prefix: 'app-', prefixLatest: true, suffix: '-x', suffixLatest: false },
    ],
    ['latest=auto\nprefix={{branch}}-', { prefix: '{{branch}}-' }],
  ])('%j', (text, expected) => {
    expect(parseFlavor(text)).toMatchObject(expected);
  });

  it.each([
    ['latest=maybe', /latest=maybe \(allowed: auto, true, false\)/],
    ['colour=red', /unknown key "colour" \(allowed: latest, prefix, suffix, onlatest\)/],
    ['-gpu', /"-gpu" without a key/],
    ['onlatest=true', /without a prefix= or suffix= before it/],
    ['suffix=-x,onlatest=sometimes', /onlatest=sometimes/],
    ['prefix={{unknown}}', /not a known placeholder/],
  ])('rejects %j', (text, message) => {
    expect(() => parseFlavor(text)).toThrow(message);
    try {
      parseFlavor(text);
    } catch (error) {
      expect((error as InputError).input).toBe('flavor');
    }
  });
});

describe('parseImages', () => {
  it('lower-cases and de-duplicates', () => {
    expect(parseImages(['ghcr.io/Org/Repo/api', 'ghcr.io/org/repo/api', 'nginx'])).toEqual([
      'ghcr.io/org/repo/api',
      'nginx',
    ]);
  });

  it.each([
    [[], /at least one image/],
    [['ghcr.io/o/r:v1'], /has a tag/],
    [['ghcr.io/o/r@sha256:' + 'a'.repeat(64)], /has a digest/],
    [['ghcr.io/o r'], /white space/],
    [['ghcr.io/o/r$'], /invalid path component/],
  ])('rejects %j', (names, message) => {
    expect(() => parseImages(names)).toThrow(message);
    try {
      parseImages(names);
    } catch (error) {
      expect((error as InputError).input).toBe('images');
    }
  });
});

describe('parseEntries', () => {
  it.each([
    [
      'labels',
      ['a=b', 'c = d=e ', 'empty='],
      [
        ['a', 'b'],
        ['c', 'd=e'],
        ['empty', ''],
      ],
    ],
    [
      'annotations',
      ['manifest:k=v', 'index:k=w'],
      [
        ['k', 'v'],
        ['index:k', 'w'],
      ],
    ],
  ] as const)('%s %j', (input, lines, expected) => {
    expect(parseEntries(input, [...lines])).toEqual(expected);
  });

  it.each([
    ['labels', 'no-equals'],
    ['labels', '=value'],
    ['annotations', 'a b=c'],
  ] as const)('rejects %s %j', (input, line) => {
    expect(() => parseEntries(input, [line])).toThrow(
      new RegExp(`Input "${input}": "${line}" is not a key=value`),
    );
  });
});

describe('placeholders', () => {
  it.each([
    ['{{branch}}-{{ sha }}', undefined],
    ["{{date 'YYYY'}}", undefined],
    ['{{version}}', /not a known placeholder/],
    ["{{branch 'x'}}", /not a known placeholder/],
    ['{{', /unbalanced/],
  ])('checkExpressions(%j)', (text, problem) => {
    const result = checkExpressions(text);
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeUndefined();
  });

  it('formats dates in UTC', () => {
    expect(formatDate(new Date('2026-03-04T05:06:07Z'), 'YYYYMMDD-HHmmss YY')).toBe('20260304-050607 26');
  });

  it.each([
    ['{{version}}', undefined],
    ['v{{major}}.{{minor}}.{{patch}}', undefined],
    ['{{raw}}', undefined],
    ['fixed', /no placeholder/],
    ['{{Major}}', /unknown placeholder/],
  ])('checkSemverPattern(%j)', (pattern, problem) => {
    const result = checkSemverPattern(pattern);
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeUndefined();
  });
});
