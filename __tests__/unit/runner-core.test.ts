// runner-core against @actions/core 3 itself: the same table of calls runs in two child processes
// (one per implementation) with the same environment and the same file-command files, and stdout
// and every file must match byte for byte. Only the random heredoc delimiters are normalised.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const root = resolve(import.meta.dirname, '..', '..');
const IMPLEMENTATIONS = {
  actions: join(root, 'node_modules', '@actions', 'core', 'lib', 'core.js'),
  runner: join(root, 'packages', 'action-io', 'runner-core.ts'),
};

/** A call: method path on the module (`summary.addTable` included) and its arguments. */
type Call = [string, ...unknown[]];
interface Case {
  name: string;
  /** Without the GITHUB_OUTPUT/STATE/ENV/PATH variables: the legacy `::set-output` commands. */
  noFiles?: boolean;
  env?: Record<string, string>;
  calls: Call[];
}
/** Stands for `new Error(message)` in a call's arguments (JSON cannot carry an Error). */
const err = (message: string) => ({ __error: message });

const tricky = 'a%b\r\nc:d,e 100% ::set-output name=x::y\n##[error]z ü 日本 🐳';
const CASES: Case[] = [
  {
    name: 'outputs: newlines, unicode, delimiter-like text, non-strings',
    calls: [
      ['setOutput', 'plain', 'value'],
      ['setOutput', 'multi', 'line 1\nline 2\r\nline 3\n'],
      ['setOutput', 'unicode', 'ü 日本 🐳 \u200b'],
      ['setOutput', 'fake', 'x\nghadelimiter_00000000-0000-0000-0000-000000000000\nother<<EOF\nevil\nEOF'],
      ['setOutput', 'json', { a: [1, 'two'], b: null }],
      ['setOutput', 'number', 42],
      ['setOutput', 'empty', ''],
      ['setOutput', 'undefined', undefined],
    ],
  },
  {
    name: 'state and environment',
    calls: [
      ['saveState', 'token', 'abc\ndef'],
      ['saveState', 'obj', { x: 1 }],
      ['exportVariable', 'MY_VAR', 'one\ntwo'],
      ['exportVariable', 'MY_BOOL', true],
      ['getState', 'given'],
      ['getState', 'missing'],
    ],
    env: { STATE_given: ' kept as is \n' },
  },
  {
    name: 'path',
    calls: [
      ['addPath', '/opt/tool/bin'],
      ['addPath', '/x y/z'],
    ],
  },
  {
    name: 'legacy commands when the file variables are absent',
    noFiles: true,
    calls: [
      ['setOutput', 'a', tricky],
      ['setOutput', 'b', { k: 'v:w,x' }],
      ['saveState', 's', tricky],
      ['exportVariable', 'E', tricky],
      ['addPath', '/opt/bin'],
    ],
  },
  {
    name: 'inputs: names, trimming, required, multiline, booleans',
    env: {
      'INPUT_MY INPUT': 'no',
      INPUT_MY_INPUT: '  spaced name  ',
      'INPUT_SHA-LENGTH': ' 7 ',
      INPUT_LIST: '  a \n\n b\n  c  \n',
      INPUT_T: 'True',
      INPUT_F: 'FALSE',
      INPUT_BAD: 'yes',
    },
    calls: [
      ['getInput', 'my input'],
      ['getInput', 'My Input', { trimWhitespace: false }],
      ['getInput', 'sha-length'],
      ['getInput', 'missing'],
      ['getInput', 'missing', { required: true }],
      ['getInput', 'sha-length', { required: true }],
      ['getMultilineInput', 'list'],
      ['getMultilineInput', 'list', { trimWhitespace: false }],
      ['getBooleanInput', 't'],
      ['getBooleanInput', 'f'],
      ['getBooleanInput', 'bad'],
      ['getBooleanInput', 'missing'],
    ],
  },
  {
    name: 'annotations with properties, special characters and Error objects',
    calls: [
      ['error', tricky],
      [
        'warning',
        'w',
        { title: 'T: a, b%', file: 'src/a,b:c.ts', startLine: 3, endLine: 4, startColumn: 1, endColumn: 9 },
      ],
      ['notice', 'n', { title: 'only a title' }],
      ['notice', 'n', {}],
      ['warning', 'no values', { title: '', startLine: 0 }],
      ['error', err('boom\nsecond line')],
      ['warning', err('w%')],
      ['notice', err('n'), { file: 'f.ts', startLine: 1 }],
      ['setFailed', 'failed: 100%\nreason'],
      ['setFailed', err('failed as Error')],
    ],
  },
  {
    name: 'log, masks, groups, debug',
    env: { RUNNER_DEBUG: '1' },
    calls: [
      ['info', tricky],
      ['info', ''],
      ['debug', 'debug %\r\n'],
      ['isDebug'],
      ['setSecret', 's3cr3t:%\n,x'],
      ['setSecret', ''],
      ['startGroup', 'Group: a, b %\nnext'],
      ['info', 'inside'],
      ['endGroup'],
      ['group', 'async group'],
    ],
  },
  {
    name: 'summary: every builder method, header cells, colspan and rowspan, overwrite',
    calls: [
      ['summary.addHeading', 'Title', 3],
      ['summary.addHeading', 'Bad level', 9],
      ['summary.addHeading', 'No level'],
      ['summary.addRaw', 'raw <b>text</b>', true],
      ['summary.addRaw', 'no eol'],
      ['summary.addEOL'],
      [
        'summary.addTable',
        [
          [
            { data: 'Tag', header: true },
            { data: 'Value', header: true, colspan: '2' },
          ],
          ['<code>a</code>', { data: 'b', rowspan: 2 }, { data: '' }],
          ['', { data: 'c', colspan: 0 }],
        ],
      ],
      ['summary.addCodeBlock', 'const x = 1;', 'ts'],
      ['summary.addCodeBlock', 'plain'],
      ['summary.addList', ['one', 'two']],
      ['summary.addList', ['one'], true],
      ['summary.addDetails', 'Label', 'content'],
      ['summary.addLink', 'link', 'https://example.com/?a=1&b=2'],
      ['summary.addBreak'],
      ['summary.addSeparator'],
      ['summary.addQuote', 'quoted', 'https://cite'],
      ['summary.addQuote', 'uncited'],
      ['summary.addImage', 'i.png', 'alt', { width: '10' }],
      ['summary.stringify'],
      ['summary.isEmptyBuffer'],
      ['summary.write'],
      ['summary.isEmptyBuffer'],
      ['summary.addRaw', 'second write', true],
      ['summary.write'],
      ['summary.addRaw', 'overwritten', true],
      ['summary.write', { overwrite: true }],
      ['summary.addRaw', 'dropped'],
      ['summary.emptyBuffer'],
      ['summary.write'],
    ],
  },
];

// The child: runs every case against one implementation; between cases it truncates the files,
// resets the environment, and writes a marker line; at the end it prints a JSON record per case.
const CHILD = `
import { appendFileSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
const [modulePath, dir, casesJson] = process.argv.slice(2);
const core = await import(modulePath);
const cases = JSON.parse(casesJson);
const files = { OUTPUT: dir + '/output', STATE: dir + '/state', ENV: dir + '/env', PATH: dir + '/path', STEP_SUMMARY: dir + '/summary' };
const basePath = process.env.PATH;
const records = [];
const revive = (a) => (a && typeof a === 'object' && '__error' in a ? new Error(a.__error) : a);
for (const [i, c] of cases.entries()) {
  for (const key of Object.keys(process.env))
    if (/^(INPUT_|STATE_|GITHUB_|RUNNER_DEBUG$|MY_)/.test(key)) delete process.env[key];
  process.env.PATH = basePath;
  for (const [name, file] of Object.entries(files)) {
    writeFileSync(file, '');
    if (!c.noFiles || name === 'STEP_SUMMARY') process.env['GITHUB_' + name] = file;
  }
  Object.assign(process.env, c.env ?? {});
  writeSync(1, '<<<case ' + i + '>>>\\n');
  const results = [];
  for (const [method, ...args] of c.calls) {
    const [a, b] = method.split('.');
    const target = b ? core[a] : core;
    try {
      let value = method === 'group'
        ? await core.group(args[0], async () => { core.info('in group'); return 7; })
        : target[b ?? a](...args.map(revive));
      if (value && typeof value.then === 'function') value = await value;
      results.push(value === target ? 'this' : value === undefined ? 'undefined' : value);
    } catch (error) {
      results.push('throws ' + error.constructor.name + ': ' + error.message);
    }
  }
  const read = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, readFileSync(f, 'utf8')]));
  records.push({ results, files: read, exitCode: process.exitCode ?? 0,
    env: { MY_VAR: process.env.MY_VAR, MY_BOOL: process.env.MY_BOOL, E: process.env.E,
      PATH: process.env.PATH.slice(0, process.env.PATH.length - basePath.length) } });
  process.exitCode = 0;
}
writeSync(1, '<<<records>>>' + JSON.stringify(records) + '\\n');
`;

interface CaseRecord {
  results: unknown[];
  files: Record<string, string>;
  exitCode: number;
  env: Record<string, string | undefined>;
}
interface RunResult {
  stdout: string[];
  records: CaseRecord[];
}

const DELIMITER = /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const normalise = (text: string) => text.replace(DELIMITER, 'ghadelimiter_<uuid>');

let dir: string;
const runs: Partial<Record<keyof typeof IMPLEMENTATIONS, RunResult>> = {};

function runChild(modulePath: string, caseDir: string): RunResult {
  const script = join(dir, 'child.mts');
  writeFileSync(script, CHILD);
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', script, modulePath, caseDir, JSON.stringify(CASES)],
    { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
  );
  if (child.status !== 0) throw new Error(`child failed (${child.status}):\n${child.stderr}`);
  const [log, json] = child.stdout.split('<<<records>>>');
  const stdout = log.split(/<<<case \d+>>>\n/).slice(1);
  return { stdout, records: JSON.parse(json) as CaseRecord[] };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-core-'));
  // The same paths for both: the summary builder remembers its file across calls.
  const caseDir = join(dir, 'files');
  for (const [name, modulePath] of Object.entries(IMPLEMENTATIONS)) {
    rmSync(caseDir, { recursive: true, force: true });
    mkdirSync(caseDir);
    runs[name as keyof typeof IMPLEMENTATIONS] = runChild(modulePath, caseDir);
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(CASES.map((c, i) => [c.name, i] as const))('runner-core matches @actions/core: %s', (_, i) => {
  it('writes the same stdout', () => {
    expect(normalise(runs.runner!.stdout[i])).toBe(normalise(runs.actions!.stdout[i]));
  });
  it('writes the same file commands and summary', () => {
    const mine = runs.runner!.records[i];
    const theirs = runs.actions!.records[i];
    for (const name of Object.keys(theirs.files))
      expect([name, normalise(mine.files[name])]).toEqual([name, normalise(theirs.files[name])]);
  });
  it('returns, throws, exits and exports the same', () => {
    const { files: _mine, ...mine } = runs.runner!.records[i];
    const { files: _theirs, ...theirs } = runs.actions!.records[i];
    expect(mine).toEqual(theirs);
  });
});

/** The runner's reading of a file-command file (key=value lines and key<<delimiter heredocs). */
function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    if (heredoc < 0) throw new Error(`not a heredoc: ${line}`);
    const [key, delimiter] = [line.slice(0, heredoc), line.slice(heredoc + 2)];
    const body: string[] = [];
    while (lines[++i] !== delimiter) {
      if (i >= lines.length) throw new Error(`unterminated ${key}`);
      body.push(lines[i]);
    }
    values[key] = body.join('\n');
  }
  return values;
}

describe('runner-core heredoc delimiters', () => {
  it('lets no value end its entry early or forge another output', () => {
    const outputs = parseFileCommands(runs.runner!.records[0].files.OUTPUT);
    expect(outputs).toEqual({
      plain: 'value',
      multi: 'line 1\nline 2\r\nline 3\n',
      unicode: 'ü 日本 🐳 \u200b',
      fake: 'x\nghadelimiter_00000000-0000-0000-0000-000000000000\nother<<EOF\nevil\nEOF',
      json: '{"a":[1,"two"],"b":null}',
      number: '42',
      empty: '',
      undefined: '',
    });
  });
  it('draws a fresh delimiter for every entry', () => {
    const delimiters = runs.runner!.records[0].files.OUTPUT.match(DELIMITER) ?? [];
    // Each of the 8 entries opens and closes with its own delimiter; one value holds a fake one.
    expect(new Set(delimiters).size).toBe(9);
  });
});

describe('runner-core stdout', () => {
  it('goes through a full pipe without losing text (EAGAIN falls back to process.stdout)', () => {
    const big = 'x'.repeat(1 << 20);
    const script = join(dir, 'big.mts');
    writeFileSync(
      script,
      `const core = await import(${JSON.stringify(IMPLEMENTATIONS.runner)});
       for (let i = 0; i < 4; i++) core.info(${JSON.stringify(big)});
       core.info('end');`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(child.status).toBe(0);
    expect(child.stdout).toBe(`${big}\n`.repeat(4) + 'end\n');
  });
});
