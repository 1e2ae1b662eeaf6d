// The runner's secret masker (src/Sdk/DTLogging/Logging/SecretMasker.cs + ValueEncoders.cs): every
// registered value and its encoded forms are replaced by `***`; overlapping or touching hits merge.

function uriDataEscape(value: string): string {
  // .NET Uri.EscapeDataString keeps only RFC 3986 unreserved characters.
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function base64Shift(value: string, shift: number): string {
  const bytes = Buffer.from(value, 'utf8');
  return (bytes.length > shift ? bytes.subarray(shift) : bytes).toString('base64');
}

function powerShellPre(value: string): string {
  if (!value.includes('&')) return '';
  const section = value.includes('&+')
    ? value.slice(0, value.indexOf('&+') + 2)
    : value.slice(0, value.lastIndexOf('&') + 1);
  return section.length >= 6 ? section : '';
}

function powerShellPost(value: string): string {
  if (!value.includes('&')) return '';
  let section = '';
  if (value.includes('&+')) {
    const from = value.indexOf('&+') + 3;
    if (value.length > from) section = value.slice(from);
  } else {
    section = value.slice(value.lastIndexOf('&') + 1);
  }
  return section.length >= 6 ? section : '';
}

/** The encoders HostContext registers, in its order. */
export const VALUE_ENCODERS: ReadonlyArray<(value: string) => string> = [
  (v) => Buffer.from(v, 'utf8').toString('base64'),
  (v) => base64Shift(v, 1),
  (v) => base64Shift(v, 2),
  (v) => v.replaceAll('"', '\\"'),
  (v) => v.replaceAll("'", "''"),
  (v) => JSON.stringify(v).slice(1, -1),
  uriDataEscape,
  (v) =>
    v.replace(
      /[<>"'&]/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '&': '&amp;' })[c]!,
    ),
  (v) => (v.length > 8 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : ''),
  powerShellPre,
  powerShellPost,
];

export class SecretMasker {
  private readonly originals = new Set<string>();
  private readonly values = new Set<string>();

  /** Registers a value (ignored when empty or already known) and its encoded forms. */
  add(value: string): void {
    if (!value || this.originals.has(value)) return;
    this.originals.add(value);
    this.values.add(value);
    for (const encode of VALUE_ENCODERS) {
      const encoded = encode(value);
      if (encoded) this.values.add(encoded);
    }
  }

  /** The values registered directly (not their encodings), in registration order. */
  get registered(): string[] {
    return [...this.originals];
  }

  mask(input: string): string {
    if (!input || this.values.size === 0) return input;
    const hits: Array<[start: number, end: number]> = [];
    for (const value of this.values) {
      for (let at = input.indexOf(value); at >= 0; at = input.indexOf(value, at + 1)) {
        hits.push([at, at + value.length]);
      }
    }
    if (hits.length === 0) return input;
    hits.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of hits) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    let out = '';
    let from = 0;
    for (const [start, end] of merged) {
      out += `${input.slice(from, start)}***`;
      from = end;
    }
    return out + input.slice(from);
  }
}
