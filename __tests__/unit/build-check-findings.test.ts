// `call: check`: buildx's check output -> findings -> one warning annotation per finding on its
// Dockerfile line. The sample output follows buildkit's lint printer (rule, url, detail, location,
// then the source excerpt), written here by hand.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import {
  annotateFindings,
  checkSummaryLine,
  parseCheckFindings,
  reportCheckFindings,
  type CheckFinding,
} from '../../actions/build/check-findings.js';
import { callUnsupported } from '../../actions/build/buildx-flag-inputs.js';
import { hostileText, params } from '../../testkit/arbitraries.js';

const FROM_AS = 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/';
const JSON_ARGS = 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/';
const excerpt = (line: number, text: string) => [
  '--------------------',
  `${line} | >>> ${text}`,
  '--------------------',
];
const TWO = [
  'Check complete, 2 warnings have been found!',
  `WARNING: FromAsCasing - ${FROM_AS}`,
  "'as' and 'FROM' keywords' casing do not match",
  'Dockerfile:1',
  ...excerpt(1, 'FROM scratch as base'),
  `WARNING: JSONArgsRecommended - ${JSON_ARGS}`,
  'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
  'docker/api.Dockerfile:3-4',
  ...excerpt(3, 'CMD echo hi'),
];

const cases: { name: string; lines: string[]; findings: CheckFinding[] }[] = [
  { name: 'no findings: nothing', lines: ['#1 [internal] load build definition'], findings: [] },
  {
    name: 'two findings, one with a line range',
    lines: TWO,
    findings: [
      {
        rule: 'FromAsCasing',
        url: FROM_AS,
        detail: "'as' and 'FROM' keywords' casing do not match",
        file: 'Dockerfile',
        line: 1,
      },
      {
        rule: 'JSONArgsRecommended',
        url: JSON_ARGS,
        detail: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
        file: 'docker/api.Dockerfile',
        line: 3,
      },
    ],
  },
  {
    name: 'a finding without url or location',
    lines: ['WARNING: InvalidDefinitionDescription', 'Comment for build stage is not in the right form'],
    findings: [
      {
        rule: 'InvalidDefinitionDescription',
        url: '',
        detail: 'Comment for build stage is not in the right form',
        file: '',
        line: 0,
      },
    ],
  },
];

describe('parseCheckFindings', () => {
  it.each(cases)('$name', ({ lines, findings }) => expect(parseCheckFindings(lines)).toEqual(findings));

  it('finds the summary line', () => {
    expect(checkSummaryLine(TWO)).toBe('Check complete, 2 warnings have been found!');
    expect(checkSummaryLine(['done'])).toBeUndefined();
  });

  it('never throws, and every finding has a rule, a detail and a line >= 0 (any output)', () => {
    const line = fc.oneof(hostileText, fc.constantFrom('WARNING: R - u', 'WARNING: R', 'Dockerfile:2', 'x'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        for (const finding of parseCheckFindings(lines)) {
          expect(finding.rule).not.toBe('');
          expect(finding.detail).toBeDefined();
          expect(finding.line).toBeGreaterThanOrEqual(0);
        }
      }),
      params,
    );
  });
});

describe('annotations', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((text) => {
      written.push(String(text));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  const warnings = () => written.filter((w) => w.startsWith('::warning'));

  it('one warning per finding, on the Dockerfile the build used, relative to the workspace', () => {
    annotateFindings(parseCheckFindings(TWO), '/ws', '/ws/docker/api.Dockerfile');
    expect(warnings()).toHaveLength(2);
    expect(warnings()[0]).toMatch(
      /^::warning title=Dockerfile check FromAsCasing,file=docker\/api.Dockerfile,line=1::/,
    );
    expect(warnings()[0]).toContain("FromAsCasing: 'as' and 'FROM' keywords' casing do not match");
    expect(warnings()[1]).toMatch(/file=docker\/api.Dockerfile,line=3::JSONArgsRecommended: /);
  });

  it("buildx's own name when the Dockerfile is not known (remote context)", () => {
    annotateFindings(parseCheckFindings(TWO), '/ws', '');
    expect(warnings()[0]).toMatch(/file=Dockerfile,line=1::/);
  });

  it('no location: a warning without file', () => {
    annotateFindings(cases[2].findings, '/ws', '/ws/Dockerfile');
    expect(warnings()[0]).toMatch(/^::warning title=Dockerfile check InvalidDefinitionDescription::/);
  });

  it('reportCheckFindings returns the summary line only when something was found', () => {
    expect(reportCheckFindings(TWO, '/ws', '/ws/Dockerfile')).toBe(
      'Check complete, 2 warnings have been found!',
    );
    expect(reportCheckFindings(['ok'], '/ws', '/ws/Dockerfile')).toBeUndefined();
  });
});

describe('call needs buildx 0.15', () => {
  it.each([
    { name: 'no call, old buildx', call: '', version: '0.13.1', fails: false },
    { name: 'check on 0.13.1', call: 'check', version: '0.13.1', fails: true },
    { name: 'build on 0.14.1', call: 'build', version: '0.14.1', fails: true },
    { name: 'check on 0.15.0', call: 'check', version: '0.15.0', fails: false },
    { name: 'check on 0.20.1', call: 'check', version: '0.20.1', fails: false },
  ])('$name', ({ call, version, fails }) => {
    const message = callUnsupported(call, version);
    if (fails)
      expect(message).toMatch(
        new RegExp(`needs docker buildx 0\\.15\\.0 or newer \\(this one is ${version}\\)`),
      );
    else expect(message).toBeUndefined();
  });
});
