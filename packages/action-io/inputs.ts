// Reading action inputs into typed values. Every problem becomes an InputError that names the
// input and says what is allowed; `runMain` turns it into one ::error:: line and exit code 1.
import { core } from './core.js';

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`Input "${input}": ${problem}`);
  }
}

/**
 * Where input text comes from: the runner's INPUT_* variables, or a map in unit tests. Both trim
 * the value's outer white space unless `trimWhitespace` is false (as @actions/core's getInput).
 */
export type InputSource = (name: string, options?: { trimWhitespace?: boolean }) => string;

export const runnerInputs: InputSource = (name, options) => core.getInput(name, options);

export function mapInputs(values: Record<string, string | undefined>): InputSource {
  return (name, options) => {
    const value = values[name] ?? '';
    return options?.trimWhitespace === false ? value : value.trim();
  };
}

export class Inputs {
  constructor(private readonly source: InputSource = runnerInputs) {}

  string(name: string, fallback = ''): string {
    const value = this.source(name).trim();
    return value === '' ? fallback : value;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === '') throw new InputError(name, 'is required');
    return value;
  }

  /** Raw text, untrimmed inner lines (for multi-line values such as build-args). */
  raw(name: string): string {
    return this.source(name);
  }

  /** The text exactly as given, outer white space too (a separator such as `, `). */
  untrimmed(name: string): string {
    return this.source(name, { trimWhitespace: false });
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name).toLowerCase();
    if (value === '') return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(name, `"${this.string(name)}" is not a boolean (allowed: true or false)`);
  }

  integer(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const text = this.string(name);
    if (text === '') return fallback;
    const min = range.min ?? Number.MIN_SAFE_INTEGER;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    const allowed = `a whole number from ${min} to ${max}`;
    if (!/^-?\d+$/.test(text)) throw new InputError(name, `"${text}" is not ${allowed}`);
    const value = Number(text);
    if (value < min || value > max)
      throw new InputError(name, `${value} is out of range (allowed: ${allowed})`);
    return value;
  }

  /** One of a fixed set of words (case-insensitive). */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name).toLowerCase();
    if (value === '') return fallback;
    const match = allowed.find((a) => a.toLowerCase() === value);
    if (!match) throw new InputError(name, `"${this.string(name)}" is not one of: ${allowed.join(', ')}`);
    return match;
  }

  /** Items separated by newlines and commas; blank items and `#` comment lines are dropped. */
  list(name: string): string[] {
    return splitList(this.source(name));
  }

  /** Items separated by newlines only (values may contain commas, e.g. build-args). */
  lines(name: string): string[] {
    return splitLines(this.source(name));
  }
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function splitList(text: string): string[] {
  return splitLines(text)
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
