// The runner harness's pure pieces: workflow-command parsing, file-command parsing, masking, the
// command processor's runner rules, and input defaults. Expected values follow actions/runner.
import { describe, expect, it } from '@jest/globals';
import { CommandProcessor } from '../../testkit/runner/commands.js';
import { evaluateDefault, resolveInputs, type ActionManifest } from '../../testkit/runner/env.js';
import { SecretMasker } from '../../testkit/runner/mask.js';
import {
  CommandNames,
  escapeData,
  escapeProperty,
  FileCommandError,
  inputEnvName,
  keyValuePairs,
  LineSplitter,
  parseCommand,
  parseKeyValueFile,
  parsePathFile,
  refNameAndType,
  splitLines,
  unescapeData,
  unescapeProperty,
} from '../../testkit/runner/parse.js';

describe('escaping', () => {
  it.each([
    ['a%0Ab', 'a\nb'],
    ['100%25', '100%'],
    ['%250A', '%0A'],
    ['%0D%0A', '\r\n'],
    ['a%3Ab', 'a%3Ab'],
    ['%0a', '%0a'],
  ])('data %j -> %j', (escaped, plain) => expect(unescapeData(escaped)).toBe(plain));

  it.each([
    ['a%3Ab%2Cc', 'a:b,c'],
    ['x%0Ay', 'x\ny'],
    ['%253A', '%3A'],
  ])('property %j -> %j', (escaped, plain) => expect(unescapeProperty(escaped)).toBe(plain));

  it.each(['plain', 'multi\nline\r\n', '50% off: a,b', '%0A literally'])('round-trips %j', (text) => {
    expect(unescapeData(escapeData(text))).toBe(text);
    expect(unescapeProperty(escapeProperty(text))).toBe(text);
  });
});

describe('parseCommand', () => {
  it.each([
    ['::error::boom', { command: 'error', properties: {}, data: 'boom' }],
    ['  ::notice::indented', { command: 'notice', properties: {}, data: 'indented' }],
    [
      '::error file=src/a.ts,line=3,col=7,title=Bad%3A thing%2C really::msg%0Anext',
      {
        command: 'error',
        properties: { file: 'src/a.ts', line: '3', col: '7', title: 'Bad: thing, really' },
        data: 'msg\nnext',
      },
    ],
    ['::ERROR::case-insensitive name', { command: 'ERROR', properties: {}, data: 'case-insensitive name' }],
    ['::set-output name=tags::a,b', { command: 'set-output', properties: { name: 'tags' }, data: 'a,b' }],
    [
      '::warning  title=x ,, line==4::d',
      { command: 'warning', properties: { title: 'x ', ' line': '4' }, data: 'd' },
    ],
    ['::warning k=,flag,=v::d', { command: 'warning', properties: {}, data: 'd' }],
    ['::warning a=b=c::d', { command: 'warning', properties: { a: 'b=c' }, data: 'd' }],
    ['::endgroup::', { command: 'endgroup', properties: {}, data: '' }],
    ['##[warning]legacy form', { command: 'warning', properties: {}, data: 'legacy form' }],
    ['prefix ##[error title=a%3Bb]x%5Dy', { command: 'error', properties: { title: 'a;b' }, data: 'x]y' }],
  ])('%j', (line, expected) => expect(parseCommand(line)).toEqual(expected));

  it.each(['plain text', '::unknown::x', ':: error::x', '::error', 'a ::error::x', '##[unknown]x', ''])(
    'ignores %j',
    (line) => expect(parseCommand(line)).toBeUndefined(),
  );

  it('knows extra names, case-insensitively', () => {
    const known = new CommandNames();
    known.add('MyToken');
    expect(parseCommand('::mytoken::', known)?.command).toBe('mytoken');
    known.delete('MYTOKEN');
    expect(parseCommand('::mytoken::', known)).toBeUndefined();
  });
});

describe('lines', () => {
  it('splits on \\n, \\r\\n and \\r, also across chunks', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    for (const chunk of ['a\r', '\nb\rc', '\n\nd\r', 'e']) splitter.push(chunk);
    splitter.end();
    expect(lines).toEqual(['a', 'b', 'c', '', 'd', 'e']);
  });
  it('drops only a final empty line', () => expect(splitLines('x\n\n')).toEqual(['x', '']));
});

describe('file commands', () => {
  it.each([
    ['name=value\n', { name: 'value' }],
    ['a=1\nb=x=y\n\n', { a: '1', b: 'x=y' }],
    ['a=1\na=2\n', { a: '2' }],
    ['multi<<EOF\nline 1\nline 2\nEOF\nnext=1\n', { multi: 'line 1\nline 2', next: '1' }],
    ['empty<<EOF\nEOF\n', { empty: '' }],
    ['blank<<EOF\n\nEOF\n', { blank: '' }],
    ['trail<<EOF\nx\n\nEOF\n', { trail: 'x\n' }],
    ['a=b<<c\n', { a: 'b<<c' }],
    ['a<<b=c\nv\nb=c\n', { a: 'v' }],
    ['cr=x\r\n', { cr: 'x\r' }],
    ['=novalue\n', { '': 'novalue' }],
    ['last=no newline', { last: 'no newline' }],
    ['h<<ghadelimiter_1\nsome=thing\nh<<x\nghadelimiter_1\n', { h: 'some=thing\nh<<x' }],
  ])('%j', (text, expected) => expect(parseKeyValueFile(text)).toEqual(expected));

  it.each([
    ['justtext\n', "Invalid format 'justtext'"],
    ['<<EOF\nx\nEOF\n', "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty"],
    ['name<<\nx\n', "Invalid format 'name<<'. Name must not be empty and delimiter must not be empty"],
    ['m<<EOF\nnever closed\n', "Invalid value. Matching delimiter not found 'EOF'"],
    ['m<<EOF\nx', 'Invalid value. EOF marker missing new line.'],
  ])('rejects %j', (text, message) => {
    expect(() => parseKeyValueFile(text)).toThrow(new FileCommandError(message));
  });

  it('yields the pairs before a bad line, as the runner applies them', () => {
    const seen: string[] = [];
    expect(() => {
      for (const [k] of keyValuePairs('a=1\nb=2\noops\nc=3\n')) seen.push(k);
    }).toThrow(FileCommandError);
    expect(seen).toEqual(['a', 'b']);
  });

  it('GITHUB_PATH: non-empty lines, a repeat moves to its last place', () => {
    expect(parsePathFile('/a\r\n\n/b\n/a\n/c')).toEqual(['/b', '/a', '/c']);
  });
});

describe('names', () => {
  it.each([
    ['tags', 'INPUT_TAGS'],
    ['build-args', 'INPUT_BUILD-ARGS'],
    ['My input name', 'INPUT_MY_INPUT_NAME'],
  ])('%j -> %s', (name, env) => expect(inputEnvName(name)).toBe(env));

  it.each([
    ['refs/heads/feature/x', { name: 'feature/x', type: 'branch' }],
    ['refs/tags/v1.2.3', { name: 'v1.2.3', type: 'tag' }],
    ['refs/pull/42/merge', { name: '42/merge', type: 'branch' }],
  ])('%s', (ref, expected) => expect(refNameAndType(ref)).toEqual(expected));
});

describe('SecretMasker', () => {
  const masker = new SecretMasker();
  masker.add('p@ss word"1');
  masker.add('');
  it.each([
    ['token p@ss word"1 end', 'token *** end'],
    [`b64 ${Buffer.from('p@ss word"1').toString('base64')}`, 'b64 ***'],
    [`json ${JSON.stringify('p@ss word"1')}`, 'json "***"'],
    [`uri ${encodeURIComponent('p@ss word"1')}`, 'uri ***'],
    ['twice p@ss word"1p@ss word"1', 'twice ***'],
    ['nothing here', 'nothing here'],
  ])('%j', (input, expected) => expect(masker.mask(input)).toBe(expected));
  it('keeps only directly registered values in `registered`', () => {
    expect(masker.registered).toEqual(['p@ss word"1']);
  });
});

function processLines(lines: string[], options = {}): CommandProcessor {
  const p = new CommandProcessor({ workspace: '/ws/repo', repository: 'octo-org/octo-repo', ...options });
  for (const line of lines) p.line(line);
  return p;
}

describe('CommandProcessor', () => {
  it('masks secrets from the line after ::add-mask:: on (also each line of a multi-line secret)', () => {
    const p = processLines([
      'early hunter22x',
      '::add-mask::hunter22x%0Asecond-line',
      'late hunter22x',
      'second-line',
    ]);
    expect(p.log).toEqual(['early hunter22x', 'late ***', '***']);
    expect(p.masked).toEqual(['hunter22x\nsecond-line']);
  });

  it('stop-commands: nothing is processed until the token, which is masked when long', () => {
    const p = processLines([
      '::stop-commands::pause-token-1',
      '::error::not an error',
      '::add-mask::x',
      '::pause-token-1::',
      '::error::real',
    ]);
    expect(p.annotations).toEqual([{ level: 'error', message: 'real', properties: {} }]);
    expect(p.log).toEqual([
      '::stop-commands::***',
      '::error::not an error',
      '::add-mask::x',
      '::***::',
      '##[error]real',
    ]);
    expect(p.masked).toEqual([]);
  });

  it.each(['', 'error', 'pause-logging'])('rejects stop token %j and fails the step', (token) => {
    const p = processLines([`::stop-commands::${token}`, '::error::still processed']);
    expect(p.commandErrors).toHaveLength(1);
    expect(p.annotations.map((a) => a.message)).toContain('still processed');
  });

  it('records ::set-output/::save-state without honouring them, with the deprecation warning', () => {
    const p = processLines([
      '::set-output name=tags::evil',
      '::save-state name=s::v',
      '::set-output::no name',
    ]);
    expect(p.legacyOutputs).toEqual({ tags: 'evil' });
    expect(p.legacyState).toEqual({ s: 'v' });
    expect(p.annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(p.commandErrors).toEqual([
      "Unable to process command '::set-output::no name' successfully. Required field 'name' is missing in ##[set-output] command.",
    ]);
  });

  it.each(['::set-env name=A::b', '::add-path::/x', '::echo::maybe'])('%s fails the step', (line) => {
    expect(processLines([line]).commandErrors).toHaveLength(1);
  });

  it('set-env/add-path work only when opted in', () => {
    const p = processLines(['::set-env name=A::b', '::add-path::/x'], { allowUnsecureCommands: true });
    expect([p.legacyEnv, p.legacyPath, p.commandErrors]).toEqual([{ A: 'b' }, ['/x'], []]);
  });

  it('groups, debug (log only with step debug), echo', () => {
    const quiet = processLines(['::group::Build %25', '::debug::d1', '::endgroup::']);
    expect(quiet.log).toEqual(['##[group]Build %', '##[endgroup]']);
    expect([quiet.groups, quiet.debug]).toEqual([['Build %'], ['d1']]);
    const loud = processLines(
      ['::debug::a%0Ab', '::echo::off', '::set-output name=x::1', '::echo::on', '::endgroup::'],
      {
        stepDebug: true,
      },
    );
    expect(loud.log.filter((l) => !l.startsWith('##[warning]'))).toEqual([
      '##[debug]a',
      '##[debug]b',
      '::echo::off',
      '::endgroup::',
      '##[endgroup]',
    ]);
  });

  it('empty add-mask warns', () => {
    expect(processLines(['::add-mask::  ']).annotations).toEqual([
      {
        level: 'warning',
        message: "Can't add secret mask for empty string in ##[add-mask] command.",
        properties: {},
      },
    ]);
  });

  it.each([
    ['file=/ws/repo/src/a.ts,line=3', { file: 'src/a.ts', line: '3', repo: 'octo-org/octo-repo' }],
    ['file=/elsewhere/a.ts', { file: '/elsewhere/a.ts' }],
    ['file=rel.ts,endLine=5', { file: 'rel.ts', endLine: '5', line: '5' }],
    ['line=2,col=4,endColumn=1', { line: '2' }],
    ['col=4', {}],
    ['line=9,endLine=3', {}],
    ['line=1,endLine=2,col=1,endColumn=9', { line: '1', endLine: '2' }],
  ])('annotation properties %s', (props, expected) => {
    expect(processLines([`::warning ${props}::m`]).annotations[0]!.properties).toEqual(expected);
  });

  it('neutralises runner-controlled markers in plain output', () => {
    expect(processLines(['x ##[start-action y']).log).toEqual(['x ##[\\start-action y']);
  });
});

describe('input defaults', () => {
  const ctx = {
    env: { GITHUB_TOKEN: 'ghs_abc', GITHUB_REPOSITORY: 'octo-org/octo-repo', RUNNER_TEMP: '/t' },
    workflowEnv: { FOO: 'bar' },
    payload: { repository: { full_name: 'octo-org/octo-repo', owner: { login: 'octo-org' } }, number: 42 },
  };
  it.each([
    ['${{ github.token }}', 'ghs_abc'],
    ['${{github.repository}}', 'octo-org/octo-repo'],
    ['${{ github.event.repository.owner.login }}/x', 'octo-org/x'],
    ['${{ github.event.number }}', '42'],
    ['${{ github.event.nope }}', ''],
    ['${{ runner.temp }}/cache', '/t/cache'],
    ['${{ env.FOO }}', 'bar'],
    ["${{ 'it''s' }}", "it's"],
    ['plain', 'plain'],
  ])('%s -> %j', (template, expected) => expect(evaluateDefault('i', template, ctx)).toBe(expected));

  it.each(['${{ github.token || "x" }}', '${{ format("{0}", github.sha) }}', '${{ secrets.X }}'])(
    'refuses %s',
    (template) => expect(() => evaluateDefault('i', template, ctx)).toThrow(/cannot evaluate/),
  );

  it('applies defaults to inputs not given (case-insensitively) and warns like the runner', () => {
    const manifest: ActionManifest = {
      dir: '/a',
      file: '/a/action.yml',
      inputs: { Tags: {}, token: { default: '${{ github.token }}' }, old: { deprecationMessage: 'use new' } },
    };
    expect(resolveInputs({ tags: 'x', old: '1', extra: 'y' }, manifest, ctx)).toEqual({
      inputs: { tags: 'x', old: '1', extra: 'y', token: 'ghs_abc' },
      warnings: [
        "Input 'old' has been deprecated with message: use new",
        "Unexpected input(s) 'extra', valid inputs are ['Tags', 'token', 'old']",
      ],
    });
  });
});
