// Reading one HTTP/1.1 answer from a byte stream: the header block, then the content framed as
// RFC 9112 section 6.3 says (none for HEAD, 1xx, 204 and 304; chunked; Content-Length; or up to
// the end of the connection). Pure and incremental: ./connection-pool.ts feeds it what the socket
// delivers, as latin1 strings (one character per byte, so nothing is lost or re-encoded).

export interface Answer {
  status: number;
  /** Lower-case names; repeated fields joined with ", " (as Node and Headers.get do). */
  fields: Map<string, string>;
  body: Buffer;
}

export interface AnswerHead {
  status: number;
  fields: Map<string, string>;
  /** An HTTP/1.0 server closes the connection after the answer unless it says otherwise. */
  http10: boolean;
}

/** An answer that is not HTTP/1.1, or a connection that ended before the whole answer. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** A registry's header block is a few hundred bytes; anything this big is not one. */
const MAX_HEAD_BYTES = 64 * 1024;
/** Manifests, config blobs and token answers are small; anything this big is not one of them. */
export const MAX_BODY_BYTES = 8 << 20;
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: |$)/;
export const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CHUNK_SIZE = /^([0-9a-fA-F]{1,7})[ \t]*(?:;.*)?$/;
const EMPTY = Buffer.alloc(0);

/** Parses one header block (without its final blank line). */
export function parseHeadBlock(block: string): AnswerHead {
  const lines = block.split('\r\n');
  const status = STATUS_LINE.exec(lines[0]);
  if (!status) throw new ProtocolError(`not an HTTP/1.1 answer: ${JSON.stringify(lines[0].slice(0, 40))}`);
  const fields = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    // A field without a name, or one folded onto the next line (obsolete), is malformed.
    if (!FIELD_NAME.test(name))
      throw new ProtocolError(`malformed header field: ${JSON.stringify(line.slice(0, 40))}`);
    const key = name.toLowerCase();
    const value = line.slice(colon + 1).trim();
    const before = fields.get(key);
    fields.set(key, before === undefined ? value : `${before}, ${value}`);
  }
  return { status: Number(status[2]), fields, http10: status[1] === '0' };
}

type Phase = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'trailers' | 'until-close' | 'done';

/** One answer, read incrementally: `push` what arrives, `closed` when the connection ends. */
export class AnswerReader {
  private buffer = '';
  private phase: Phase = 'head';
  private head?: AnswerHead;
  private readonly body: string[] = [];
  private bodyBytes = 0;
  /** Content bytes still to come: of the Content-Length, or of the current chunk. */
  private remaining = 0;
  /** No Content-Length nor Transfer-Encoding: the content ends with the connection. */
  private untilClose = false;
  /** Some byte of the answer has arrived. */
  started = false;

  /** `withContent`: false for an answer to HEAD, which never has content (RFC 9110, 9.3.2). */
  constructor(private readonly withContent: boolean) {}

  /** Feeds bytes; returns the answer once complete (later bytes are `leftover`). */
  push(chunk: string): Answer | undefined {
    if (chunk) this.started = true;
    this.buffer += chunk;
    for (;;) {
      switch (this.phase) {
        case 'head': {
          const end = this.buffer.indexOf('\r\n\r\n');
          if (end < 0) {
            if (this.buffer.length > MAX_HEAD_BYTES)
              throw new ProtocolError('the answer header is too large');
            return undefined;
          }
          const head = parseHeadBlock(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 4);
          // 1xx (e.g. 103 Early Hints) precede the real answer.
          if (head.status >= 200) this.startContent(head);
          break;
        }
        case 'length':
        case 'chunk-data': {
          const take = Math.min(this.remaining, this.buffer.length);
          this.addContent(this.buffer.slice(0, take));
          this.buffer = this.buffer.slice(take);
          this.remaining -= take;
          if (this.remaining > 0) return undefined;
          if (this.phase === 'length') this.phase = 'done';
          else {
            if (this.buffer.length < 2) return undefined;
            if (!this.buffer.startsWith('\r\n')) throw new ProtocolError('a chunk is longer than its size');
            this.buffer = this.buffer.slice(2);
            this.phase = 'chunk-size';
          }
          break;
        }
        case 'chunk-size':
        case 'trailers': {
          const eol = this.buffer.indexOf('\r\n');
          if (eol < 0) {
            if (this.buffer.length > MAX_HEAD_BYTES) throw new ProtocolError('a chunk line is too long');
            return undefined;
          }
          const line = this.buffer.slice(0, eol);
          this.buffer = this.buffer.slice(eol + 2);
          if (this.phase === 'trailers') {
            if (line === '') this.phase = 'done'; // trailer fields, if any, are not needed
            break;
          }
          const size = CHUNK_SIZE.exec(line);
          if (!size) throw new ProtocolError(`malformed chunk size: ${JSON.stringify(line.slice(0, 20))}`);
          this.remaining = parseInt(size[1], 16);
          this.phase = this.remaining === 0 ? 'trailers' : 'chunk-data';
          break;
        }
        case 'until-close':
          this.addContent(this.buffer);
          this.buffer = '';
          return undefined;
        case 'done':
          return this.answer();
      }
    }
  }

  /** The connection ended: the answer if its content runs to the end of the connection. */
  closed(): Answer {
    if (this.phase !== 'until-close')
      throw new ProtocolError('the connection closed before the whole answer arrived');
    this.phase = 'done';
    return this.answer();
  }

  /** Bytes after the answer: for a HEAD, content nobody asked for. */
  get leftover(): string {
    return this.buffer;
  }

  /** Whether the connection may carry another request after this answer. */
  get reusable(): boolean {
    const connection = this.head?.fields.get('connection') ?? '';
    return (
      this.phase === 'done' &&
      this.buffer === '' &&
      !this.untilClose &&
      !this.head!.http10 &&
      !/(^|,)\s*close\s*(,|$)/i.test(connection)
    );
  }

  private startContent(head: AnswerHead) {
    this.head = head;
    const { status, fields } = head;
    if (!this.withContent || status === 204 || status === 304) {
      this.phase = 'done';
      return;
    }
    const coding = fields.get('transfer-encoding');
    if (coding !== undefined) {
      // We never ask for compression, so chunked is the only coding a server may send us.
      if (coding.trim().toLowerCase() !== 'chunked')
        throw new ProtocolError(`unsupported Transfer-Encoding: ${JSON.stringify(coding.slice(0, 40))}`);
      this.phase = 'chunk-size';
      return;
    }
    const length = fields.get('content-length');
    if (length === undefined) {
      this.phase = 'until-close';
      this.untilClose = true;
      return;
    }
    // Repeated fields arrive joined ("12, 12"): all must agree (RFC 9112, 6.3).
    const values = new Set(length.split(',').map((v) => v.trim()));
    const [value] = values;
    if (values.size !== 1 || !/^\d{1,10}$/.test(value))
      throw new ProtocolError(`malformed Content-Length: ${JSON.stringify(length.slice(0, 40))}`);
    this.remaining = Number(value);
    if (this.remaining > MAX_BODY_BYTES) throw new ProtocolError(tooLarge());
    this.phase = this.remaining === 0 ? 'done' : 'length';
  }

  private addContent(part: string) {
    if (!part) return;
    this.bodyBytes += part.length;
    if (this.bodyBytes > MAX_BODY_BYTES) throw new ProtocolError(tooLarge());
    this.body.push(part);
  }

  private answer(): Answer {
    const { status, fields } = this.head!;
    const body = this.body.length ? Buffer.from(this.body.join(''), 'latin1') : EMPTY;
    return { status, fields, body };
  }
}

function tooLarge(): string {
  return `an answer larger than ${MAX_BODY_BYTES} bytes`;
}
