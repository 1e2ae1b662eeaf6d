// Writing outputs. @actions/core writes GITHUB_OUTPUT entries with a random heredoc delimiter, so a
// value containing newlines cannot forge another output.
import { core } from './core.js';

export type OutputValue = string | number | boolean | string[] | Record<string, unknown> | unknown[];

/** Lists become one item per line; objects become JSON. */
export function formatOutput(value: OutputValue): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('\n');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, formatOutput(value));
}
