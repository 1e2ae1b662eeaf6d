// Reading one HTTP/1.1 answer from bytes: the header block, then the content as RFC 9112 frames
// it. Each case is fed whole and a byte at a time, which must give the same result.
import {
  AnswerReader,
  MAX_BODY_BYTES,
  parseHeadBlock,
  ProtocolError,
} from '../../packages/registry-client/http1-answer.js';

describe('parseHeadBlock', () => {
  it('reads the status and the fields, names lower-cased, repeats joined', () => {
    const answer = parseHeadBlock(
      'HTTP/1.1 200 OK\r\nDocker-Content-Digest: sha256:ab\r\nWWW-Authenticate: Bearer a=1\r\nwww-authenticate:  Basic  \r\nEmpty:',
    );
    expect(answer.status).toBe(200);
    expect(Object.fromEntries(answer.fields)).toEqual({
      'docker-content-digest': 'sha256:ab',
      'www-authenticate': 'Bearer a=1, Basic',
      empty: '',
    });
  });

  it.each([
    ['HTTP/1.1 404', 404, false],
    ['HTTP/1.0 503 Service Unavailable', 503, true],
  ])('%j -> %i', (block, status, http10) => {
    expect(parseHeadBlock(block)).toMatchObject({ status, http10 });
  });

  it.each([
    ['HTTP/2 200'],
    ['ICY 200 OK'],
    ['HTTP/1.1 20 OK'],
    ['HTTP/1.1 099 Odd'],
    ['HTTP/1.1 200 OK\r\nno colon here'],
    ['HTTP/1.1 200 OK\r\n: empty name'],
    ['HTTP/1.1 200 OK\r\nA: 1\r\n folded continuation'],
    ['HTTP/1.1 200 OK\r\nbad name: x'],
  ])('rejects %j', (block) => {
    expect(() => parseHeadBlock(block)).toThrow(ProtocolError);
  });
});

type Read = { status: number; body: string; reusable: boolean; leftover: string } | { error: string };
type Expected = { status: number; body: string; reusable: boolean; leftover: string } | { error: RegExp };

/** Feeds `bytes` in `pieces`, then (if no answer yet) the connection's end. */
function read(bytes: string, withContent: boolean, pieces: string[]): Read {
  const reader = new AnswerReader(withContent);
  try {
    let answer;
    for (const piece of pieces) if ((answer = reader.push(piece))) break;
    answer ??= reader.closed();
    return {
      status: answer.status,
      body: answer.body.toString('latin1'),
      reusable: reader.reusable,
      leftover: reader.leftover,
    };
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    return { error: error.message };
  }
}

const H = 'HTTP/1.1 200 OK\r\n';
const CHUNKED = `${H}Transfer-Encoding: chunked\r\n\r\n`;

describe('AnswerReader', () => {
  it.each<[string, string, boolean, Expected]>([
    [
      'HEAD: no content, whatever Content-Length says',
      `${H}Content-Length: 99\r\n\r\n`,
      false,
      { status: 200, body: '', reusable: true, leftover: '' },
    ],
    [
      'HEAD followed by content nobody asked for',
      `${H}\r\nxyz`,
      false,
      { status: 200, body: '', reusable: false, leftover: 'xyz' },
    ],
    [
      '103 Early Hints before the answer',
      `HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n${H}Content-Length: 2\r\n\r\nok`,
      true,
      { status: 200, body: 'ok', reusable: true, leftover: '' },
    ],
    [
      'Content-Length',
      `${H}Content-Length: 5\r\n\r\nhello`,
      true,
      { status: 200, body: 'hello', reusable: true, leftover: '' },
    ],
    [
      'Content-Length repeated with one value',
      `${H}Content-Length: 2\r\nContent-Length: 2\r\n\r\nok`,
      true,
      { status: 200, body: 'ok', reusable: true, leftover: '' },
    ],
    [
      'Content-Length: 0',
      `${H}Content-Length: 0\r\n\r\n`,
      true,
      { status: 200, body: '', reusable: true, leftover: '' },
    ],
    [
      '204 and 304 have no content',
      'HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n',
      true,
      { status: 304, body: '', reusable: true, leftover: '' },
    ],
    [
      'chunked, with an extension and a trailer',
      `${CHUNKED}5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nDigest: x\r\n\r\n`,
      true,
      { status: 200, body: 'hello world', reusable: true, leftover: '' },
    ],
    [
      'chunked sizes in hex',
      `${CHUNKED}A\r\n0123456789\r\n0\r\n\r\n`,
      true,
      { status: 200, body: '0123456789', reusable: true, leftover: '' },
    ],
    [
      'binary content survives',
      `${H}Content-Length: 3\r\n\r\n\u0000\u00ff\u0080`,
      true,
      { status: 200, body: '\u0000\u00ff\u0080', reusable: true, leftover: '' },
    ],
    [
      'no length: content until the connection ends',
      `${H}\r\nto the end`,
      true,
      { status: 200, body: 'to the end', reusable: false, leftover: '' },
    ],
    [
      'Connection: close',
      `${H}Connection: close\r\nContent-Length: 1\r\n\r\nx`,
      true,
      { status: 200, body: 'x', reusable: false, leftover: '' },
    ],
    [
      'HTTP/1.0',
      'HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx',
      true,
      { status: 200, body: 'x', reusable: false, leftover: '' },
    ],
    [
      'more than the Content-Length',
      `${H}Content-Length: 1\r\n\r\nxy`,
      true,
      { status: 200, body: 'x', reusable: false, leftover: 'y' },
    ],
    [
      'Content-Length cut short',
      `${H}Content-Length: 10\r\n\r\nabc`,
      true,
      { error: /closed before the whole answer/ },
    ],
    ['chunked cut short', `${CHUNKED}5\r\nhel`, true, { error: /closed before the whole answer/ }],
    ['header cut short', `${H}Content-Le`, true, { error: /closed before the whole answer/ }],
    [
      'Content-Length values that disagree',
      `${H}Content-Length: 1\r\nContent-Length: 2\r\n\r\nx`,
      true,
      { error: /malformed Content.Length/ },
    ],
    [
      'Content-Length that is not a number',
      `${H}Content-Length: -1\r\n\r\n`,
      true,
      { error: /malformed Content.Length/ },
    ],
    [
      'a chunk longer than its size',
      `${CHUNKED}2\r\nabc\r\n0\r\n\r\n`,
      true,
      { error: /longer than its size/ },
    ],
    ['a chunk size that is not hex', `${CHUNKED}zz\r\n`, true, { error: /malformed chunk size/ }],
    [
      'a transfer coding we never asked for',
      `${H}Transfer-Encoding: gzip, chunked\r\n\r\n`,
      true,
      { error: /unsupported Transfer.Encoding/ },
    ],
  ])('%s', (_what, bytes, withContent, expected) => {
    const whole = read(bytes, withContent, [bytes]);
    // A byte at a time the answer ends at its last byte: what follows is the pool's business.
    const byteByByte = read(bytes, withContent, [...bytes]);
    if ('error' in expected) {
      expect(whole).toEqual({ error: expect.stringMatching(expected.error) });
      expect(byteByByte).toEqual(whole);
    } else {
      expect(whole).toEqual(expected);
      expect(byteByByte).toMatchObject({ status: expected.status, body: expected.body });
    }
  });

  it('refuses content over the limit, announced or not', () => {
    expect(() => new AnswerReader(true).push(`${H}Content-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`)).toThrow(
      /larger than/,
    );
    const reader = new AnswerReader(true);
    reader.push(`${H}\r\n`);
    expect(() => reader.push('x'.repeat(MAX_BODY_BYTES + 1))).toThrow(/larger than/);
  });

  it('refuses a header block that never ends', () => {
    expect(() => new AnswerReader(false).push(`${H}X: ${'y'.repeat(70_000)}`)).toThrow(/too large/);
  });

  it('knows whether any byte arrived (a reused connection that got none may be retried)', () => {
    const reader = new AnswerReader(false);
    expect(reader.started).toBe(false);
    reader.push('H');
    expect(reader.started).toBe(true);
  });
});
