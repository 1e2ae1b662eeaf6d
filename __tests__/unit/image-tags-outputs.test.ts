// docker/metadata-action's output side: `{{date}}` formats and time zones, sep-tags/sep-labels/
// sep-annotations, the `json` shape, annotation levels, DOCKER_METADATA_OUTPUT_* entries and the
// DOCKER_METADATA_* variables read as inputs. Expected values come from metadata-action's README.
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../packages/action-io/index.js';
import { checkExpressions } from '../../packages/image-tags/expressions.js';
import {
  computeImageMetadata,
  formatDate,
  joinList,
  levelledAnnotations,
  metadataActionJson,
  metadataActionOutputs,
  outputEnvEntries,
  parseAnnotationLevels,
  readMetadataEnv,
} from '../../packages/image-tags/index.js';
import { rulesInput, SHA, tagPush } from '../../testkit/image-tags.js';

const meta = computeImageMetadata(
  rulesInput({
    tagRules: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}',
    flavor: 'latest=false',
    labels: ['com.example.team=audio'],
    annotations: ['index:com.example.index-only=1'],
  }),
  tagPush('v1.2.3'),
);
const LABELS = [
  'com.example.team=audio',
  'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
  `org.opencontainers.image.revision=${SHA}`,
  'org.opencontainers.image.source=https://github.com/o/r',
  'org.opencontainers.image.title=r',
  'org.opencontainers.image.url=https://github.com/o/r',
  'org.opencontainers.image.version=1.2.3',
];
const OCI_ANNOTATIONS = LABELS.slice(1);

describe('{{date}} formats and time zones', () => {
  it.each([
    ['README: compact date', '2020-01-10T00:30:00Z', 'YYYYMMDD', undefined, '20200110'],
    ['README: Tokyo', '2020-01-10T00:30:00Z', 'YYYYMMDD-HHmmss', 'Asia/Tokyo', '20200110-093000'],
    [
      'README: long form',
      '2020-01-10T15:25:50Z',
      'dddd, MMMM Do YYYY, h:mm:ss a',
      undefined,
      'Friday, January 10th 2020, 3:25:50 pm',
    ],
    [
      'README: ISO with a literal Z',
      '2020-01-10T15:25:50.123Z',
      'YYYY-MM-DDTHH:mm:ss.SSS[Z]',
      undefined,
      '2020-01-10T15:25:50.123Z',
    ],
    [
      'offset west of UTC, the day before',
      '2020-01-10T03:00:00Z',
      'YYYY-MM-DD HH:mm Z',
      'America/New_York',
      '2020-01-09 22:00 -05:00',
    ],
    ['summer time', '2020-07-10T03:00:00Z', 'HH:mm ZZ', 'America/New_York', '23:00 -0400'],
    ['half-hour offset', '2020-01-10T00:00:00Z', 'HH:mm ZZ', 'Asia/Kolkata', '05:30 +0530'],
    ['UTC by name', '2020-01-10T00:00:00Z', 'Z', 'UTC', '+00:00'],
    ['ordinals 1st 2nd 3rd', '2020-01-02T00:00:00Z', 'Mo Do', undefined, '1st 2nd'],
    ['ordinals 11th 12th 13th', '2020-12-13T00:00:00Z', 'Mo Do', undefined, '12th 13th'],
    ['ordinals 21st 22nd 23rd', '2020-01-23T00:00:00Z', 'Do', undefined, '23rd'],
    ['short month and day, quarter', '2020-05-03T00:00:00Z', 'MMM ddd dd d Q', undefined, 'May Sun Su 0 2'],
    [
      'unpadded and 24-hour k',
      '2020-01-05T00:07:09Z',
      'YY M D H h k m s A',
      undefined,
      '20 1 5 0 12 24 7 9 AM',
    ],
    ['day of year', '2020-12-31T00:00:00Z', 'DDD DDDD', undefined, '366 366'],
    ['fractions of seconds', '2020-01-01T00:00:00.045Z', 'S SS SSS', undefined, '0 04 045'],
    ['unix seconds and milliseconds', '2020-01-10T00:30:00Z', 'X x', undefined, '1578616200 1578616200000'],
    [
      'literal text in brackets and other letters',
      '2020-01-10T00:30:00Z',
      '[week] YYYY T',
      undefined,
      'week 2020 T',
    ],
  ])('%s', (_name, iso, format, zone, expected) => {
    expect(formatDate(new Date(iso), format, zone)).toBe(expected);
  });

  it.each([
    ["{{date 'YYYYMMDD' tz='Asia/Tokyo'}}", undefined],
    ['{{date "YYYYMMDD"}}', undefined],
    ['{{commit_date \'YYYY-MM-DDTHH:mm:ss.SSS[Z]\' tz="Europe/Paris"}}', undefined],
    ["{{date 'YYYY-ww'}}", /"ww", which is not supported \(supported: YYYY/],
    ["{{date 'gggg'}}", /"gggg", which is not supported/],
    ["{{date 'LLL'}}", /"LLL", which is not supported/],
    ["{{date 'YYYY' tz='Mars/Olympus'}}", /tz='Mars\/Olympus' is not a known time zone/],
    ["{{date 'YYYY' zone='UTC'}}", /is not a known placeholder/],
    ["{{sha tz='UTC'}}", /is not a known placeholder/],
  ])('checkExpressions(%j)', (text, problem) => {
    const result = checkExpressions(text);
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeUndefined();
  });
});

describe('sep-tags, sep-labels, sep-annotations', () => {
  it.each([
    ['default: one per line', ['a', 'b'], undefined, 'a\nb'],
    ['comma', ['a', 'b'], ',', 'a,b'],
    ['several characters', ['a', 'b', 'c'], ' | ', 'a | b | c'],
    ['empty separator', ['a', 'b'], '', 'ab'],
    ['one item', ['a'], ',', 'a'],
    ['no items', [], ',', ''],
  ])('joinList: %s', (_name, items, separator, expected) => {
    expect(joinList(items, separator)).toBe(expected);
  });

  it.each([
    ['defaults', {}, 'ghcr.io/o/r:1.2.3\nghcr.io/o/r:1.2', LABELS.join('\n')],
    [
      'commas for tags, semicolons for labels',
      { sepTags: ',', sepLabels: ';' },
      'ghcr.io/o/r:1.2.3,ghcr.io/o/r:1.2',
      LABELS.join(';'),
    ],
  ])('metadataActionOutputs: %s', (_name, options, tags, labels) => {
    const outputs = metadataActionOutputs(meta, options);
    expect(outputs.tags).toBe(tags);
    expect(outputs['tag-names']).toBe(tags.replace(/ghcr\.io\/o\/r:/g, ''));
    expect(outputs.labels).toBe(labels);
    expect(outputs.version).toBe('1.2.3');
  });

  it('sep-annotations joins the levelled annotations', () => {
    expect(metadataActionOutputs(meta, { sepAnnotations: ',' }).annotations).toBe(
      [...OCI_ANNOTATIONS.map((a) => `manifest:${a}`), 'index:com.example.index-only=1'].join(','),
    );
  });
});

describe('annotation levels and the json shape', () => {
  it.each([
    ['unset: manifest', undefined, ['manifest']],
    ['empty: manifest', ' ', ['manifest']],
    ['index only', 'index', ['index']],
    ['both, spaces, duplicates', 'manifest, index,manifest', ['manifest', 'index']],
    [
      'descriptors and platforms',
      'index-descriptor,manifest[linux/amd64,linux/arm64]',
      ['index-descriptor', 'manifest[linux/amd64,linux/arm64]'],
    ],
  ])('parseAnnotationLevels: %s', (_name, text, expected) => {
    expect(parseAnnotationLevels(text)).toEqual(expected);
  });

  it.each([['layer'], ['manifest:'], ['Manifest']])('parseAnnotationLevels rejects %j', (text) => {
    expect(() => parseAnnotationLevels(text)).toThrow(InputError);
    expect(() => parseAnnotationLevels(text)).toThrow(
      /Input "DOCKER_METADATA_ANNOTATIONS_LEVELS": ".*" is not an annotation level \(allowed: manifest, index/,
    );
  });

  it.each([
    ['manifest (default)', undefined, ['manifest:a=1', 'manifest:b=2', 'index:c=3']],
    ['index', ['index'], ['index:a=1', 'index:b=2', 'index:c=3']],
    [
      'manifest and index',
      ['manifest', 'index'],
      ['manifest:a=1', 'manifest:b=2', 'index:a=1', 'index:b=2', 'index:c=3'],
    ],
    [
      'a platform-scoped level',
      ['manifest[linux/amd64]'],
      ['manifest[linux/amd64]:a=1', 'manifest[linux/amd64]:b=2', 'index:c=3'],
    ],
  ])('levelledAnnotations: %s', (_name, levels, expected) => {
    expect(levelledAnnotations(['a=1', 'b=2', 'index:c=3'], levels)).toEqual(expected);
  });

  it.each([
    ['manifest (default)', undefined, OCI_ANNOTATIONS.map((a) => `manifest:${a}`)],
    [
      'manifest,index',
      ['manifest', 'index'],
      ['manifest', 'index'].flatMap((l) => OCI_ANNOTATIONS.map((a) => `${l}:${a}`)),
    ],
  ])('metadataActionJson: %s', (_name, levels, annotations) => {
    const json = metadataActionJson(meta, levels);
    expect(json).toEqual({
      tags: ['ghcr.io/o/r:1.2.3', 'ghcr.io/o/r:1.2'],
      'tag-names': ['1.2.3', '1.2'],
      labels: Object.fromEntries(LABELS.map((l) => l.split(/=(.*)/s).slice(0, 2))),
      annotations: [...annotations, 'index:com.example.index-only=1'],
    });
    expect(JSON.parse(metadataActionOutputs(meta, { annotationLevels: levels }).json)).toEqual(json);
  });
});

describe('environment variables', () => {
  it.each([
    [
      'metadata-action outputs',
      { version: '1.2.3', tags: 'a\nb', labels: 'x=1', annotations: 'manifest:x=1', json: '{}' },
      {
        DOCKER_METADATA_OUTPUT_VERSION: '1.2.3',
        DOCKER_METADATA_OUTPUT_TAGS: 'a\nb',
        DOCKER_METADATA_OUTPUT_LABELS: 'x=1',
        DOCKER_METADATA_OUTPUT_ANNOTATIONS: 'manifest:x=1',
        DOCKER_METADATA_OUTPUT_JSON: '{}',
      },
    ],
    [
      'dashed names',
      { 'tag-names': 'a', 'short-sha': '0123456', 'sha-tags': '' },
      {
        DOCKER_METADATA_OUTPUT_TAG_NAMES: 'a',
        DOCKER_METADATA_OUTPUT_SHORT_SHA: '0123456',
        DOCKER_METADATA_OUTPUT_SHA_TAGS: '',
      },
    ],
    ['nothing', {}, {}],
  ])('outputEnvEntries: %s', (_name, outputs, expected) => {
    expect(outputEnvEntries(outputs)).toEqual(expected);
  });

  it('entries for every metadata-action output of computed metadata', () => {
    expect(Object.keys(outputEnvEntries(metadataActionOutputs(meta)))).toEqual([
      'DOCKER_METADATA_OUTPUT_VERSION',
      'DOCKER_METADATA_OUTPUT_TAGS',
      'DOCKER_METADATA_OUTPUT_TAG_NAMES',
      'DOCKER_METADATA_OUTPUT_LABELS',
      'DOCKER_METADATA_OUTPUT_ANNOTATIONS',
      'DOCKER_METADATA_OUTPUT_JSON',
    ]);
  });

  it.each([
    ['nothing set', {}, { annotationLevels: ['manifest'], setOutputEnv: true }],
    ['PR head sha on', { DOCKER_METADATA_PR_HEAD_SHA: 'true' }, { prHeadSha: true }],
    ['PR head sha off', { DOCKER_METADATA_PR_HEAD_SHA: 'FALSE' }, { prHeadSha: false }],
    ['short sha length', { DOCKER_METADATA_SHORT_SHA_LENGTH: '12' }, { shortShaLength: 12 }],
    [
      'levels',
      { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index' },
      { annotationLevels: ['manifest', 'index'] },
    ],
    ['no output env', { DOCKER_METADATA_SET_OUTPUT_ENV: 'false' }, { setOutputEnv: false }],
    [
      'empty values are unset',
      { DOCKER_METADATA_PR_HEAD_SHA: '', DOCKER_METADATA_SHORT_SHA_LENGTH: ' ' },
      { prHeadSha: undefined, shortShaLength: undefined },
    ],
  ])('readMetadataEnv: %s', (_name, env, expected) => {
    expect(readMetadataEnv(env)).toMatchObject(expected);
  });

  it.each([
    ['DOCKER_METADATA_PR_HEAD_SHA', 'yes', /not a boolean \(allowed: true, false\)/],
    ['DOCKER_METADATA_SET_OUTPUT_ENV', '1', /not a boolean/],
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', '3', /"3" is not a length \(allowed: 4 to 40\)/],
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', '41', /not a length/],
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', '7.5', /not a length/],
    ['DOCKER_METADATA_ANNOTATIONS_LEVELS', 'layer', /not an annotation level/],
  ])('readMetadataEnv rejects %s=%s', (name, value, message) => {
    expect(() => readMetadataEnv({ [name]: value })).toThrow(message);
    try {
      readMetadataEnv({ [name]: value });
    } catch (error) {
      expect((error as InputError).input).toBe(name);
    }
  });
});
