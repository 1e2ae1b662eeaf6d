// packages/action-io/log.ts against the runner harness's command processor (which follows
// actions/runner): neutralised text never acts as a workflow command, on any line, and reads the
// same once the zero-width spaces are removed.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { neutralize, NeutralizingLineWriter, safe } from '../../../packages/action-io/log.js';
import { CommandProcessor } from '../../../testkit/runner/commands.js';
import { splitLines } from '../../../testkit/runner/parse.js';

const SEED = 0x10c;
const ZWSP = /\u200b/g;

/** Feeds text to a fresh runner command processor, line by line as the runner reads it. */
function feed(text: string, stepDebug = true) {
  const processor = new CommandProcessor({ stepDebug });
  for (const line of splitLines(text)) processor.line(line);
  return processor;
}

function assertInert(text: string): void {
  const p = feed(text);
  expect(p.annotations).toEqual([]);
  expect(p.masked).toEqual([]);
  expect(p.groups).toEqual([]);
  expect(p.legacyOutputs).toEqual({});
  expect(p.legacyState).toEqual({});
  expect(p.legacyEnv).toEqual({});
  expect(p.legacyPath).toEqual([]);
  expect(p.commandErrors).toEqual([]);
  expect(p.debug).toEqual([]);
  // Every line reached the log as text (nothing was swallowed as a command).
  expect(p.log.length).toBe(splitLines(text).length);
}

export const HOSTILE_LINES = [
  '::set-output name=x::forged',
  '::add-mask::canary',
  '::error::injected',
  '::warning file=a.ts,line=1::injected',
  '::notice::injected',
  '::debug::injected',
  '::group::injected',
  '::endgroup::',
  '::stop-commands::abcdefgh',
  '::save-state name=s::v',
  '::set-env name=NODE_OPTIONS::--require=/tmp/x',
  '::add-path::/tmp/evil',
  '::echo::on',
  '   ::error::leading spaces',
  '\t::error::leading tab',
  '\u00a0::error::leading nbsp',
  '\u2003::error::leading em space',
  'text ##[error]legacy anywhere',
  '##[set-output name=x;]forged',
  '##[add-mask]canary',
  '###[error]triple hash',
  '::ERROR::upper case',
];

describe('neutralize', () => {
  it('the hostile lines are commands when printed raw (the corpus is live)', () => {
    for (const line of HOSTILE_LINES) {
      const p = feed(line, false);
      const acted =
        p.annotations.length + p.masked.length + p.groups.length + p.debug.length + p.commandErrors.length;
      const legacy = Object.keys({ ...p.legacyOutputs, ...p.legacyState }).length;
      // ::endgroup:: / ::echo:: / ::stop-commands:: leave no record but are swallowed from the log.
      expect({ line, live: acted + legacy > 0 || p.log.length === 0 || p.log[0] !== line }).toEqual({
        line,
        live: true,
      });
    }
  });

  it.each(HOSTILE_LINES)('%j is inert after neutralize', (line) => {
    assertInert(neutralize(line));
    expect(neutralize(line).replace(ZWSP, '')).toBe(line);
  });

  it.each([['\n'], ['\r\n'], ['\r']])('each line is neutralised with %j line breaks', (nl) => {
    const text = ['branch: main', ...HOSTILE_LINES].join(nl) + nl;
    const out = neutralize(text);
    assertInert(out);
    expect(out.replace(ZWSP, '')).toBe(text);
  });

  it('leaves text without commands untouched (same string)', () => {
    for (const text of ['feature/x', 'a::b', 'ghcr.io/o/r:1.0', 'a # [b]', '%0A::x', 'x\n : :y'])
      expect(neutralize(text)).toBe(text);
  });

  it('property: any text is inert after neutralize, and equal to the input without the ZWSPs', () => {
    const pieces = fc.constantFrom(
      '::',
      ':',
      '##[',
      '#',
      '[',
      ']',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      'error',
      'set-output name=x',
      'add-mask',
      'stop-commands',
      'group',
      '%0A',
      'a',
      '=',
      ',',
      ';',
      '\u00a0',
    );
    const texts = fc.oneof(
      fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const out = neutralize(text);
        assertInert(out);
        expect(out.replace(ZWSP, '')).toBe(text.replace(ZWSP, ''));
      }),
      { seed: SEED, numRuns: 250 },
    );
  });
});

describe('safe template tag', () => {
  it('neutralises values only', () => {
    const branch = 'x\n::add-mask::y';
    const line = safe`ref: ${branch}`;
    assertInert(line);
    expect(line.replace(ZWSP, '')).toBe(`ref: ${branch}`);
  });
});

describe('NeutralizingLineWriter', () => {
  it('property: any chunking of a stream gives the same inert text', () => {
    const text = ['ok', ...HOSTILE_LINES, 'tail ::error::x', '::error::no newline at end'].join('\r\n');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        let out = '';
        const writer = new NeutralizingLineWriter((t) => (out += t));
        let from = 0;
        for (const at of [...points, text.length]) {
          writer.push(text.slice(from, at));
          from = at;
        }
        writer.end();
        expect(out.replace(ZWSP, '')).toBe(text);
        assertInert(out);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('writable() flushes the last line on end', async () => {
    let out = '';
    const stream = new NeutralizingLineWriter((t) => (out += t)).writable();
    stream.write('::error::a\n::add-');
    stream.write('mask::b');
    await new Promise<void>((done) => stream.end(done));
    expect(out.replace(ZWSP, '')).toBe('::error::a\n::add-mask::b');
    assertInert(out);
  });
});
