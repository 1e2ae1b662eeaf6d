// The secret inputs: `secrets` (ID=value, written to files), `secret-files` (ID=path) and
// `secret-envs` (ID=ENV_VAR). Errors name the entry by number, never by content.
import { InputError, Inputs, splitLines } from '../../packages/action-io/index.js';

export interface SecretValue {
  id: string;
  value: string;
}
export interface SecretRef {
  id: string;
  /** A file path (`secret-files`) or an environment variable name (`secret-envs`). */
  source: string;
}

const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;

/**
 * `secrets` entries are `ID=value`, one per line like build-push-action; a value spanning several
 * lines is written in double quotes (`"KEY=line1\nline2"`, `""` for a literal quote). Errors name
 * the entry by number, never by content.
 */
export function readSecrets(text: string): SecretValue[] {
  const secrets: SecretValue[] = [];
  for (const [index, entry] of splitQuotedLines(text).entries()) {
    const eq = entry.indexOf('=');
    const id = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!id || !SECRET_ID_RE.test(id)) {
      throw new InputError(
        'secrets',
        `entry ${index + 1} has no id (write ID=value, the ID of letters, digits, '_', '.' or '-')`,
      );
    }
    secrets.push({ id, value: entry.slice(eq + 1) });
  }
  return secrets;
}

export function readSecretRefs(
  inputs: Inputs,
  name: string,
  form: string,
  map: (value: string) => string,
): SecretRef[] {
  return inputs.lines(name).map((entry, index) => {
    const eq = entry.indexOf('=');
    const id = eq > 0 ? entry.slice(0, eq).trim() : '';
    const source = entry.slice(eq + 1).trim();
    if (!id || !SECRET_ID_RE.test(id) || !source) {
      throw new InputError(
        name,
        `entry ${index + 1} is not ${form} (the ID of letters, digits, '_', '.' or '-')`,
      );
    }
    return { id, source: map(source) };
  });
}

/** Lines, except that a line opening with `"` runs until its closing quote (CSV style). */
export function splitQuotedLines(text: string): string[] {
  const entries: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i++;
        } else if (text[i] === '"') {
          i++;
          break;
        } else value += text[i];
      }
      // Anything after the closing quote up to the end of the line is ignored, as csv-parse does.
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol + 1;
      entries.push(value);
    } else {
      const eol = text.indexOf('\n', i);
      const line = text.slice(i, eol < 0 ? text.length : eol).replace(/\r$/, '');
      i = eol < 0 ? text.length : eol + 1;
      entries.push(...splitLines(line));
    }
  }
  return entries;
}
