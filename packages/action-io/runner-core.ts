// The part of @actions/core our actions use, speaking the runner protocol directly, with the same
// names, semantics and bytes on stdout and in the file-command files (checked against
// @actions/core itself by __tests__/unit/runner-core.test.ts).
//
// Why not @actions/core: version 3 always imports @actions/http-client and undici (for OIDC tokens,
// which we never request), and its exports map blocks deep imports of its lib files. That is ~1 MB
// of bundle and +60-90 ms CPU, +16-24 MiB at every cold start. Nothing heavy is loaded here: no
// node:stream, no node:crypto at the top level, and stdout is written with fs.writeSync(1) because
// the first touch of process.stdout on a pipe loads net/stream (~10 ms).
import { appendFileSync, existsSync, writeSync } from 'node:fs';
import { delimiter as PATH_DELIMITER } from 'node:path';
import { EOL } from './eol.js';

export {
  summary,
  type SummaryTableCell,
  type SummaryTableRow,
  type SummaryWriteOptions,
} from './runner-summary.js';

export interface InputOptions {
  required?: boolean;
  trimWhitespace?: boolean;
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

type CommandProperties = Record<string, unknown>;

// ---- stdout ----------------------------------------------------------------------------------

let viaStream = process.platform === 'win32'; // Windows pipes are asynchronous: keep node's order.

/**
 * Writes to stdout synchronously. fs.writeSync(1) keeps the order with process.stdout.write (which
 * is synchronous on Linux and macOS for files, TTYs and pipes). If stdout is a non-blocking pipe
 * that is full (EAGAIN), the rest goes through process.stdout from then on, which copes with it.
 */
export function writeStdout(text: string): void {
  if (!viaStream) {
    let buffer = Buffer.from(text, 'utf8');
    try {
      while (buffer.length > 0) buffer = buffer.subarray(writeSync(1, buffer));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      viaStream = true;
      text = buffer.toString('utf8');
    }
  }
  process.stdout.write(text);
}

// ---- escaping (lib/utils.js, lib/command.js) -------------------------------------------------

/** null/undefined -> '', strings as they are, anything else as JSON. */
export function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

export function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: unknown): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,key=value::message` (properties with a falsy value are left out). */
export function formatCommand(command: string, properties: CommandProperties, message: unknown): string {
  let text = `::${command || 'missing.command'}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    text += ' ';
    let first = true;
    for (const key of keys) {
      const value = properties[key];
      if (!value) continue;
      text += `${first ? '' : ','}${key}=${escapeProperty(value)}`;
      first = false;
    }
  }
  return `${text}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  writeStdout(formatCommand(command, properties, message) + EOL);
}

function toCommandProperties(p: AnnotationProperties): CommandProperties {
  if (Object.keys(p).length === 0) return {};
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

// ---- file commands (lib/file-command.js) -----------------------------------------------------

type FileCommand = 'OUTPUT' | 'STATE' | 'ENV' | 'PATH';

function issueFileCommand(command: FileCommand, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

/**
 * A random heredoc delimiter shaped like @actions/core's (`ghadelimiter_` + a UUID). Math.random,
 * not node:crypto: loading crypto costs 1-5 ms and ~2 MiB at cold start, and unpredictability is
 * not what keeps the entry safe: the delimiter is checked against the key and value below.
 */
function randomDelimiter(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

/**
 * `key<<delimiter`, value, `delimiter`. The delimiter is drawn again until it occurs in neither the
 * key nor the value, so a value can never end the entry early and forge another one.
 */
export function prepareKeyValueMessage(key: string, value: unknown): string {
  const converted = toCommandValue(value);
  let delimiter = randomDelimiter();
  while (key.includes(delimiter) || converted.includes(delimiter)) delimiter = randomDelimiter();
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

// ---- inputs and state --------------------------------------------------------------------------

export function getInput(name: string, options?: InputOptions): string {
  const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !val) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? val : val.trim();
}

export function getMultilineInput(name: string, options?: InputOptions): string[] {
  const inputs = getInput(name, options)
    .split('\n')
    .filter((x) => x !== '');
  return options?.trimWhitespace === false ? inputs : inputs.map((input) => input.trim());
}

/** YAML 1.2 core schema booleans: true | True | TRUE | false | False | FALSE. */
export function getBooleanInput(name: string, options?: InputOptions): boolean {
  const val = getInput(name, options);
  if (['true', 'True', 'TRUE'].includes(val)) return true;
  if (['false', 'False', 'FALSE'].includes(val)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``,
  );
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

// ---- outputs, state, environment, path -------------------------------------------------------

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  // A local run without the file: the legacy command, as @actions/core does.
  writeStdout(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
}

export function exportVariable(name: string, value: unknown): void {
  const converted = toCommandValue(value);
  process.env[name] = converted;
  if (process.env.GITHUB_ENV) return issueFileCommand('ENV', prepareKeyValueMessage(name, value));
  issueCommand('set-env', { name }, converted);
}

export function addPath(inputPath: string): void {
  if (process.env.GITHUB_PATH) issueFileCommand('PATH', inputPath);
  else issueCommand('add-path', {}, inputPath);
  process.env.PATH = `${inputPath}${PATH_DELIMITER}${process.env.PATH}`;
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

// ---- log -----------------------------------------------------------------------------------------

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  writeStdout(message + EOL);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'error',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'warning',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'notice',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}
