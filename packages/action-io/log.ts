// Printing untrusted text (branch names, tags, release bodies, buildx output, registry error
// messages) so that it can never act as a workflow command.
//
// The runner (actions/runner ActionCommandManager + ActionCommand.TryParseV2/TryParse) reads BOTH
// stdout and stderr line by line (`\n`, `\r\n` or a lone `\r` end a line) and acts on a line when
//   - after leading white space it starts with `::` (`::set-output name=x::y`, `  ::add-mask::s`), or
//   - it contains the legacy form `##[name ...]` ANYWHERE in the line (`build 1/2 ##[error]boom`).
// We neutralise each line instead of wrapping the text in `::stop-commands::<token>` … `::<token>::`:
//   - stop-commands pauses EVERY command of the step, not just the untrusted text's: a
//     `core.setSecret` or `core.error` that runs concurrently (another async task, another stream)
//     while the window is open is silently dropped, so a secret would then reach the log unmasked;
//   - stdout and stderr are separate pipes and the runner does not order lines across them, so a
//     window opened on stdout does not reliably cover text on stderr (child processes write both);
//   - if the process dies inside the window, commands stay off for the rest of the step.
// Neutralising is stateless and per line, so it holds on any stream, in any order, for any amount
// of text, and it does not depend on the runner's list of command names (new commands included).
//
// How: a zero-width space (U+200B; not white space to .NET's TrimStart or JavaScript's trim) goes
// between the two colons of a leading `::` and between the two hashes of every `##[`. The log reads
// the same to a person; no line can parse as a command. Secrets in the text are still masked by the
// runner as usual (masking matches the secret itself, which is untouched unless it contains `::`/`##[`).
import type { Writable } from 'node:stream';
import { core } from './core.js';

const ZWSP = '\u200b';
/** A line break as the runner splits lines: \r\n, \n or a lone \r. */
const LINE_BREAK = /\r\n|\r|\n/;
/** White space .NET's String.TrimStart() removes, plus JavaScript's (U+FEFF), to be safe. */
const LEADING_COMMAND = /^([\s\ufeff\u0085\u180e]*):(?=:)/u;

/** One line (no line breaks inside) made inert. */
function neutralizeLine(line: string): string {
  return line.replace(LEADING_COMMAND, `$1:${ZWSP}`).replaceAll('##[', `#${ZWSP}#[`);
}

/**
 * Untrusted text made safe to print: every line that could be read as a workflow command (`::cmd::`
 * after leading white space, or `##[cmd]` anywhere) is broken with a zero-width space. Line breaks
 * are kept as they were; everything else is unchanged.
 */
export function neutralize(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  const breaks = text.match(new RegExp(LINE_BREAK.source, 'g')) ?? [];
  return text
    .split(LINE_BREAK)
    .map((line, i) => neutralizeLine(line) + (breaks[i] ?? ''))
    .join('');
}

/** Template tag: interpolated values are neutralised, the literal parts (ours) are not. */
export function safe(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce(
    (out, part, i) => out + part + (i < values.length ? neutralize(String(values[i])) : ''),
    '',
  );
}

/** `core.info` for text that may contain untrusted data. */
export function logUntrusted(text: string): void {
  core.info(neutralize(text));
}

/**
 * A line-buffered sink for a child process's output (buildx, git): chunks may split lines anywhere,
 * so text is held until its line ends, then neutralised and passed on. Call `end()` when the child
 * exits to flush a last line without a newline. `writable()` gives a stream for `@actions/exec`'s
 * `outStream`/`errStream` (whose default, process.stdout, passes child output through raw).
 */
export class NeutralizingLineWriter {
  private pending = '';
  constructor(private readonly write: (text: string) => void) {}

  push(chunk: string | Buffer): void {
    const text = this.pending + chunk.toString();
    // A trailing \r may be the first half of \r\n: keep it with the pending text.
    const searchFrom = text.endsWith('\r') ? text.length - 2 : text.length - 1;
    const cut = Math.max(text.lastIndexOf('\n'), searchFrom < 0 ? -1 : text.lastIndexOf('\r', searchFrom));
    if (cut < 0) {
      this.pending = text;
      return;
    }
    this.pending = text.slice(cut + 1);
    this.write(neutralize(text.slice(0, cut + 1)));
  }

  end(): void {
    if (this.pending !== '') this.write(neutralize(this.pending));
    this.pending = '';
  }

  /** A Writable that neutralises what is written to it and flushes on end. */
  writable(): Writable {
    // node:stream is loaded here, not at the top: most runs never need it (cold start).
    const { Writable } = process.getBuiltinModule('node:stream');
    return new Writable({
      write: (chunk: Buffer | string, _encoding, done) => {
        this.push(chunk);
        done();
      },
      final: (done) => {
        this.end();
        done();
      },
    });
  }
}
