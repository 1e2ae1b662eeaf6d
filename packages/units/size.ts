// Byte sizes as users write them in workflow inputs (`40GB`, `40G`, `512MiB`, `1.5TB`, `1000000`)
// and as summaries show them.
//
// Decimal vs binary, stated once: SI units are powers of 1000 — kB/KB, MB, GB, TB, PB and their
// one-letter forms K, M, G, T, P (as GitHub, `df -H`, disk vendors and Kubernetes use them).
// IEC units are powers of 1024 — KiB, MiB, GiB, TiB, PiB and Ki, Mi, Gi, Ti, Pi. A plain number
// or `B` means bytes. Letters are case-insensitive (`40gb` = `40GB`; there are no bits here), a
// space may separate number and unit, fractions are allowed, and the result is whole bytes.
import { InputError } from '../action-io/index.js';

export const SIZE_FORMS = 'a size such as 40GB, 40G, 512MiB, 1.5TB or a number of bytes';

const DECIMAL = ['k', 'm', 'g', 't', 'p'];
const SIZE_RE = /^(\d+(?:\.\d+)?|\.\d+)\s*([kmgtp]?)(i?)(b?)$/i;

/** Parses a size into whole bytes; throws InputError naming `input` when malformed. */
export function parseSize(text: string, input = 'size'): number {
  const value = text.trim();
  const fail = (why: string): never => {
    throw new InputError(input, `"${value}" ${why} (allowed: ${SIZE_FORMS})`);
  };
  if (value === '') return fail('is empty');
  const match = SIZE_RE.exec(value);
  if (!match) return fail('is not a size');
  const [, number, prefix, binary] = match;
  // `iB` or `i` alone without a prefix (`5iB`) is not a unit.
  if (binary && !prefix) return fail('is not a size');
  const power = prefix ? DECIMAL.indexOf(prefix.toLowerCase()) + 1 : 0;
  const bytes = Math.round(Number(number) * (binary ? 1024 : 1000) ** power);
  if (!Number.isSafeInteger(bytes)) return fail('is too large');
  return bytes;
}

/**
 * Formats bytes for people: `formatSize(40e9)` -> `40 GB`, `formatSize(1536, {binary: true})` ->
 * `1.5 KiB`. Three significant digits at most; whole bytes below 1 kB. Negative values keep the sign.
 */
export function formatSize(bytes: number, opts: { binary?: boolean } = {}): string {
  const base = opts.binary ? 1024 : 1000;
  const units = opts.binary ? ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] : ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  const sign = bytes < 0 ? '-' : '';
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= base && unit < units.length - 1) {
    value /= base;
    unit++;
  }
  // Rounding can carry into the next unit (999.6 kB -> 1000 kB): step up once more then.
  if (unit > 0 && Number(value.toPrecision(3)) >= base && unit < units.length - 1) {
    value /= base;
    unit++;
  }
  const text = unit === 0 ? String(Math.round(value)) : String(Number(value.toPrecision(3)));
  return `${sign}${text} ${units[unit]}`;
}
