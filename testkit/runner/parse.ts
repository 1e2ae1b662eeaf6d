// Pure parsers for what a JavaScript action hands back to the GitHub Actions runner, written to
// match actions/runner's own code (src/Runner.Common/ActionCommand.cs for `::cmd::` lines,
// src/Runner.Worker/FileCommandManager.cs for GITHUB_OUTPUT/ENV/STATE/PATH files) on Linux.

/** A workflow command parsed from one output line. */
export interface WorkflowCommand {
  /** The name as written (the runner matches names case-insensitively). */
  command: string;
  properties: Record<string, string>;
  data: string;
}

type Mapping = readonly [token: string, replacement: string];
// Order matters: the runner unescapes by replacing each mapping in this order, `%25` last.
const DATA_ESCAPES: readonly Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_ESCAPES: readonly Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const LEGACY_ESCAPES: readonly Mapping[] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function unescapeWith(value: string, mappings: readonly Mapping[]): string {
  let out = value;
  for (const [token, replacement] of mappings) out = out.replaceAll(replacement, token);
  return out;
}

function escapeWith(value: string, mappings: readonly Mapping[]): string {
  let out = value;
  for (const [token, replacement] of [...mappings].reverse()) out = out.replaceAll(token, replacement);
  return out;
}

export const unescapeData = (value: string): string => unescapeWith(value, DATA_ESCAPES);
export const unescapeProperty = (value: string): string => unescapeWith(value, PROPERTY_ESCAPES);
/** Escaping as @actions/core does it, for building command lines in tests. */
export const escapeData = (value: string): string => escapeWith(value, DATA_ESCAPES);
export const escapeProperty = (value: string): string => escapeWith(value, PROPERTY_ESCAPES);

/** The commands every runner knows (ActionCommandManager's extensions plus stop-commands). */
export const RUNNER_COMMANDS: readonly string[] = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
];

/** Case-insensitive set of command names, like the runner's HashSet(OrdinalIgnoreCase). */
export class CommandNames {
  private readonly names = new Set<string>();
  constructor(names: Iterable<string> = RUNNER_COMMANDS) {
    for (const n of names) this.add(n);
  }
  add(name: string): void {
    this.names.add(name.toLowerCase());
  }
  delete(name: string): void {
    this.names.delete(name.toLowerCase());
  }
  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }
}

function setProperty(props: Record<string, string>, key: string, value: string): void {
  // The runner's property dictionary is case-insensitive: a repeat overwrites the first spelling.
  const existing = Object.keys(props).find((k) => k.toLowerCase() === key.toLowerCase());
  props[existing ?? key] = value;
}

/** `Split('=', count: 2, RemoveEmptyEntries)` as .NET does it: empty pieces around the key are dropped. */
function splitPair(text: string): [string, string] | undefined {
  const rest = text.replace(/^=+/, '');
  const at = rest.indexOf('=');
  if (at < 0) return undefined;
  const value = rest.slice(at + 1).replace(/^=+/, '');
  return value ? [rest.slice(0, at), value] : undefined;
}

/** `::name k=v,k2=v2::data` (leading whitespace allowed); undefined when not a known command. */
export function parseCommandV2(line: string, known: CommandNames): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!command || !known.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const item of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const pair = splitPair(item);
      if (pair) setProperty(properties, pair[0], unescapeProperty(pair[1]));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** The legacy `##[name k=v;k2=v2]data` form, which the runner still honours anywhere in a line. */
export function parseCommandLegacy(line: string, known: CommandNames): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!command || !known.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const item of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const pair = splitPair(item);
      if (pair) setProperty(properties, pair[0], unescapeWith(pair[1], LEGACY_ESCAPES));
    }
  }
  return { command, properties, data: unescapeWith(line.slice(close + 1), LEGACY_ESCAPES) };
}

export function parseCommand(
  line: string,
  known: CommandNames = new CommandNames(),
): WorkflowCommand | undefined {
  if (!line) return undefined;
  return parseCommandV2(line, known) ?? parseCommandLegacy(line, known);
}

/** Splits process output into lines the way .NET's StreamReader.ReadLine does (\n, \r\n or \r). */
export class LineSplitter {
  private pending = '';
  private lastWasCR = false;
  constructor(private readonly onLine: (line: string) => void) {}
  push(chunk: string): void {
    let start = this.lastWasCR && chunk.startsWith('\n') ? 1 : 0;
    this.lastWasCR = false;
    const breaks = /\r\n|\r|\n/g;
    breaks.lastIndex = start;
    for (let m = breaks.exec(chunk); m; m = breaks.exec(chunk)) {
      const line = this.pending + chunk.slice(start, m.index);
      this.pending = '';
      start = m.index + m[0].length;
      // A \r ending this chunk may be the first half of a \r\n split across chunks.
      if (m[0] === '\r' && start === chunk.length) this.lastWasCR = true;
      this.onLine(line);
    }
    this.pending += chunk.slice(start);
  }
  end(): void {
    if (this.pending !== '') this.onLine(this.pending);
    this.pending = '';
    this.lastWasCR = false;
  }
}

export function splitLines(text: string): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter((l) => lines.push(l));
  splitter.push(text);
  splitter.end();
  return lines;
}

/** Thrown for content the runner rejects (it then fails the step). */
export class FileCommandError extends Error {
  override name = 'FileCommandError';
}

/**
 * GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE content: `name=value` lines and `name<<DELIM` heredocs
 * (value = the lines up to a line that is exactly DELIM, without the last newline). Lines split on
 * \n only (a \r stays in the value, as on a Linux runner). Like the runner, yields pairs as it goes
 * and throws FileCommandError (with the runner's message) at the first thing it rejects, so pairs
 * before a bad line still count. Later pairs with the same name win.
 */
export function* keyValuePairs(text: string): Generator<[string, string]> {
  let index = 0;
  const readLine = (): { line: string; newline: boolean } | undefined => {
    if (index >= text.length) return undefined;
    const lf = text.indexOf('\n', index);
    const start = index;
    if (lf < 0) {
      index = text.length;
      return { line: text.slice(start), newline: false };
    }
    index = lf + 1;
    return { line: text.slice(start, lf), newline: true };
  };
  for (let next = readLine(); next; next = readLine()) {
    const { line } = next;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      // (The runner's "Name must not be empty" check tests the line, not the name, so `=v` passes.)
      yield [line.slice(0, eq), line.slice(eq + 1)];
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) {
        throw new FileCommandError(
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        );
      }
      const start = index;
      let end = index;
      for (let inner = readLine(); ; inner = readLine()) {
        if (!inner) throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
        if (inner.line === delimiter) break;
        if (!inner.newline) throw new FileCommandError('Invalid value. EOF marker missing new line.');
        end = index - 1;
      }
      yield [name, end > start ? text.slice(start, end) : ''];
    } else {
      throw new FileCommandError(`Invalid format '${line}'`);
    }
  }
}

/** All pairs of a file-command file as an object (throws FileCommandError like keyValuePairs). */
export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of keyValuePairs(text)) out[key] = value;
  return out;
}

/** GITHUB_PATH: one entry per non-empty line (\n, \r\n or \r); a repeated entry moves to its last place. */
export function parsePathFile(text: string): string[] {
  const entries: string[] = [];
  for (const line of splitLines(text)) {
    if (line === '') continue;
    const at = entries.indexOf(line);
    if (at >= 0) entries.splice(at, 1);
    entries.push(line);
  }
  return entries;
}

/** `INPUT_<NAME>`: spaces become `_`, upper-cased, dashes kept (Handler.AddInputsToEnvironment). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

/** refs/heads/x -> x (branch), refs/tags/x -> x (tag), refs/pull/42/merge -> 42/merge (branch). */
export function refNameAndType(ref: string): { name: string; type: 'branch' | 'tag' } {
  if (ref.startsWith('refs/tags/')) return { name: ref.slice('refs/tags/'.length), type: 'tag' };
  if (ref.startsWith('refs/heads/')) return { name: ref.slice('refs/heads/'.length), type: 'branch' };
  if (ref.startsWith('refs/pull/')) return { name: ref.slice('refs/pull/'.length), type: 'branch' };
  return { name: ref, type: 'branch' };
}
