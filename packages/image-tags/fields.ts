// Splitting one rule or flavor line into `key=value` fields, the way docker/metadata-action reads
// them (a CSV record): commas separate fields, double quotes protect commas inside a value, keys
// are case-insensitive, and a field without `=` is a bare value.

export interface Field {
  /** Lower-cased key, or undefined for a bare value such as `latest`. */
  key?: string;
  value: string;
}

/** Returns the fields of one line, or a problem description when its quoting is broken. */
export function splitFields(line: string): Field[] | string {
  const raw: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        current += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      raw.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (quoted) return 'has an unterminated double quote';
  raw.push(current);
  const fields: Field[] = [];
  for (const text of raw) {
    if (text.trim() === '') continue;
    const eq = text.indexOf('=');
    if (eq < 0) fields.push({ value: text.trim() });
    else fields.push({ key: text.slice(0, eq).trim().toLowerCase(), value: text.slice(eq + 1).trim() });
  }
  return fields;
}
