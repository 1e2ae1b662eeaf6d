// docker/metadata-action's rule types beyond sha/ref/semver/raw: edge, schedule (with dates in
// time zones), match, pep440 and semver/pep440 match=. Expected values are worked out from
// metadata-action's README (its tables where it has them), not its tests.
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../packages/action-io/index.js';
import {
  computeImageMetadata,
  parseTagRules,
  type GitContext,
  type TagRulesInput,
} from '../../packages/image-tags/index.js';
import { push, rulesInput, tagPush } from '../../testkit/image-tags.js';

const schedule: GitContext = { ...push('main'), eventName: 'schedule' };

function tagNames(
  ctx: GitContext,
  tagRules: string,
  flavor = 'latest=false',
  input: Partial<TagRulesInput> = {},
) {
  const meta = computeImageMetadata(rulesInput({ tagRules, flavor, ...input }), ctx, []);
  return meta.tagNames;
}

describe('type=edge', () => {
  it.each([
    ['default branch head', push('main'), 'type=edge', ['edge']],
    ['another branch', push('dev'), 'type=edge', []],
    ['branch= names the edge branch', push('dev'), 'type=edge,branch=dev', ['edge']],
    ['branch= elsewhere', push('main'), 'type=edge,branch=dev', []],
    ['a tag push', tagPush('v1.2.3'), 'type=edge', []],
    [
      'priority 700 comes before ref (600)',
      push('main'),
      'type=ref,event=branch\ntype=edge',
      ['edge', 'main'],
    ],
    ['prefix and suffix', push('main'), 'type=edge,prefix=app-,suffix=-gpu', ['app-edge-gpu']],
    ['default branch unknown: nothing', { ...push('main'), defaultBranch: undefined }, 'type=edge', []],
  ])('%s', (_name, ctx, rules, expected) => {
    expect(tagNames(ctx, rules)).toEqual(expected);
  });
});

describe('type=schedule', () => {
  it.each([
    ['minimal: nightly', schedule, 'type=schedule', ['nightly']],
    ['explicit default', schedule, 'type=schedule,pattern=nightly', ['nightly']],
    ['date pattern', schedule, "type=schedule,pattern={{date 'YYYYMMDD'}}", ['20200110']],
    [
      'date pattern with a time zone',
      schedule,
      "type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
      ['20200110-093000'],
    ],
    ['not a schedule event', push('main'), 'type=schedule', []],
    ['priority 1000 comes first', schedule, 'type=sha\ntype=schedule', ['nightly', 'sha-0123456']],
    ['suffix', schedule, 'type=schedule,suffix=-arm', ['nightly-arm']],
  ])('%s', (_name, ctx, rules, expected) => {
    expect(tagNames(ctx, rules)).toEqual(expected);
  });
});

describe('type=match', () => {
  it.each([
    ['whole match (group 0)', tagPush('v1.2.3'), 'type=match,pattern=\\d.\\d.\\d', ['1.2.3']],
    ['group 1 of v(.*)', tagPush('v2.0.8-beta.67'), 'type=match,pattern=v(.*),group=1', ['2.0.8-beta.67']],
    ['group 1 of v(\\d.\\d)', tagPush('v2.0.8-beta.67'), 'type=match,pattern=v(\\d.\\d),group=1', ['2.0']],
    ['digits of a date tag', tagPush('20200110-RC2'), 'type=match,pattern=\\d+', ['20200110']],
    ['prefixed tag', tagPush('p1/v1.2.3'), 'type=match,pattern=p1/v(\\d.\\d.\\d),group=1', ['1.2.3']],
    ['monorepo tag api/v1.2.3', tagPush('api/v1.2.3'), 'type=match,pattern=^api/v(.*)$,group=1', ['1.2.3']],
    ["another service's tag", tagPush('web/v1.2.3'), 'type=match,pattern=^api/v(.*)$,group=1', []],
    ['value= on a branch', push('main'), 'type=match,pattern=v(.*),group=1,value=v1.0.0', ['1.0.0']],
    ['/regex/flags form', tagPush('V1.2.3'), 'type=match,pattern=/^v(.*)$/i,group=1', ['1.2.3']],
    ['no tag, no value: nothing', push('main'), 'type=match,pattern=v(.*),group=1', []],
    ['quoted pattern with a comma', tagPush('v12.3'), 'type=match,"pattern=v(\\d{1,2})",group=1', ['12']],
    [
      'priority 800: after semver',
      tagPush('v1.2.3'),
      'type=match,pattern=v(\\d),group=1\ntype=semver,pattern={{version}}',
      ['1.2.3', '1'],
    ],
  ])('%s', (_name, ctx, rules, expected) => {
    expect(tagNames(ctx, rules)).toEqual(expected);
  });

  it.each([
    ['a stable semver match gets latest', 'api/v1.2.3', ['1.2.3', 'latest']],
    ['a pre-release does not', 'api/v1.2.3-rc.1', ['1.2.3-rc.1']],
    ['a non-semver match does not', 'api/v1.2', ['1.2']],
  ])('%s', (_name, tag, expected) => {
    expect(tagNames(tagPush(tag), 'type=match,pattern=^api/v(.*)$,group=1', 'latest=auto')).toEqual(expected);
  });
});

describe('type=semver and type=pep440 with match=', () => {
  it.each([
    [
      'semver value + match',
      push('main'),
      'type=semver,pattern={{version}},value=p1/v1.2.3,match=v(\\d.\\d.\\d)$',
      ['1.2.3'],
    ],
    [
      'semver match on a monorepo tag',
      tagPush('api/v1.2.3'),
      'type=semver,pattern={{major}}.{{minor}},match=^api/v(.*)$',
      ['1.2'],
    ],
    [
      'semver match misses: nothing',
      tagPush('web/v1.2.3'),
      'type=semver,pattern={{version}},match=^api/v(.*)$',
      [],
    ],
    [
      'semver match without a group: whole match',
      tagPush('release-1.4.0-final'),
      'type=semver,pattern={{version}},match=\\d+\\.\\d+\\.\\d+',
      ['1.4.0'],
    ],
    [
      'semver match, {{raw}} is the matched text',
      tagPush('api/v1.2.3'),
      'type=semver,pattern={{raw}},match=^api/(v.*)$',
      ['v1.2.3'],
    ],
    [
      'pep440 value + match',
      push('main'),
      'type=pep440,pattern={{version}},value=p1/v1.0.0,match=v(\\d.\\d.\\d)$',
      ['1.0.0'],
    ],
  ])('%s', (_name, ctx, rules, expected) => {
    expect(tagNames(ctx, rules)).toEqual(expected);
  });
});

describe('type=pep440 (the README table)', () => {
  it.each([
    ['1.2.3', '{{raw}}', ['1.2.3']],
    ['1.2.3', '{{version}}', ['1.2.3']],
    ['v1.2.3', '{{version}}', ['1.2.3']],
    ['1.2.3', '{{major}}.{{minor}}', ['1.2']],
    ['1.2.3', 'v{{major}}', ['v1']],
    ['v1.2.3rc2', '{{raw}}', ['v1.2.3rc2']],
    ['1.2.3rc2', '{{version}}', ['1.2.3rc2']],
    ['1.2.3rc2', '{{major}}.{{minor}}', ['1.2.3rc2']],
    ['1.2.3post1', '{{major}}.{{minor}}', ['1.2.3.post1']],
    ['1.2.3beta2', '{{major}}.{{minor}}', ['1.2.3b2']],
    ['1.0dev4', '{{major}}.{{minor}}', ['1.0.dev4']],
    ['0.4.1', '{{major}}', []],
    ['2!1.0', '{{version}}', ['2-1.0']],
    ['1.0+ubuntu-1', '{{version}}', ['1.0-ubuntu.1']],
    ['not-a-version', '{{version}}', []],
    ['12345678901234567890.1', '{{version}}', []],
  ])('%s with %s', (tag, pattern, expected) => {
    expect(tagNames(tagPush(tag), `type=pep440,pattern=${pattern}`)).toEqual(expected);
  });

  it.each([
    ['final release', '1.2.3', ['1.2.3', 'latest']],
    ['two-number release', '1.2', ['1.2', 'latest']],
    ['release candidate', '1.2.3rc1', ['1.2.3rc1']],
    ['post release', '1.2.3.post1', ['1.2.3.post1']],
  ])('latest=auto: %s', (_name, tag, expected) => {
    expect(tagNames(tagPush(tag), 'type=pep440,pattern={{version}}', 'latest=auto')).toEqual(expected);
  });
});

describe('new rule types: parsing', () => {
  it.each([
    ['type=edge', { type: 'edge', priority: 700 }],
    ['type=edge,branch=develop', { type: 'edge', branch: 'develop' }],
    ['type=schedule', { type: 'schedule', pattern: 'nightly', priority: 1000 }],
    ['type=match,pattern=v(.*),group=1', { type: 'match', group: 1, value: '', priority: 800 }],
    ['type=pep440,pattern={{version}}', { type: 'pep440', value: '', priority: 900 }],
  ])('%s', (line, expected) => {
    expect(parseTagRules(line)[0]).toMatchObject(expected);
  });

  it.each([
    ['type=match', /needs pattern=/],
    ['type=match,pattern=v(.*),group=2', /group=2 \(allowed: 0 for the whole match, up to 1/],
    ['type=match,pattern=x,group=-1', /group=-1/],
    ['type=match,pattern=(', /not a valid regular expression/],
    ['type=semver,pattern={{version}},match=[', /match=\[, not a valid regular expression/],
    ['type=pep440', /needs pattern=/],
    ['type=edge,branch=', /empty branch=/],
    ['type=edge,event=branch', /unknown attribute "event" for type=edge/],
    ["type=schedule,pattern={{date 'ww'}}", /"ww", which is not supported/],
    ['type=schedule,pattern=', /bad pattern=: is empty/],
  ])('rejects %s', (line, message) => {
    expect(() => parseTagRules(line)).toThrow(InputError);
    expect(() => parseTagRules(line)).toThrow(message);
  });
});
