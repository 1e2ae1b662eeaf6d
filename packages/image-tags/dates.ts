// `{{date 'format' tz='Zone'}}` and `{{commit_date ...}}`: the moment.js display tokens
// docker/metadata-action documents, rendered in an IANA time zone (UTC by default) with Intl, so
// no date library is needed. A moment token we do not render is an error naming it, never a
// silently wrong tag.

/** The moment.js tokens rendered here (`[text]` is literal text, as in moment). */
// prettier-ignore
export const DATE_TOKENS = [
  'YYYY', 'YY', 'Q', 'M', 'Mo', 'MM', 'MMM', 'MMMM', 'D', 'Do', 'DD', 'DDD', 'DDDD',
  'd', 'dd', 'ddd', 'dddd', 'H', 'HH', 'h', 'hh', 'k', 'kk', 'm', 'mm', 's', 'ss',
  'S', 'SS', 'SSS', 'A', 'a', 'Z', 'ZZ', 'X', 'x',
] as const;

/** Letters that start a moment token; any other letter (such as `T`) is literal text. */
const TOKEN_OR_LITERAL = /\[([^\]]*)\]|([MQDdeEwWYgGNAaHhkmsSXxZzLl])\2*o?/g;
// prettier-ignore
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A problem description when `format` uses a token we cannot render, else undefined. */
export function checkDateFormat(format: string): string | undefined {
  for (const match of format.matchAll(TOKEN_OR_LITERAL)) {
    if (match[1] !== undefined) continue;
    if (!(DATE_TOKENS as readonly string[]).includes(match[0])) {
      return `date format '${format}' uses "${match[0]}", which is not supported (supported: ${DATE_TOKENS.join(' ')}, [literal text])`;
    }
  }
  return undefined;
}

/** A problem description when `zone` is not an IANA time zone Intl knows, else undefined. */
export function checkTimeZone(zone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return undefined;
  } catch {
    return `tz='${zone}' is not a known time zone (use an IANA name such as UTC or Asia/Tokyo)`;
  }
}

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC. */
  offset: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
}

function wallClock(date: Date, zone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  const [hour, minute, second] = [part('hour'), part('minute'), part('second')];
  const ms = date.getUTCMilliseconds();
  const localAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    ms,
    offset: Math.round((localAsUtc - date.getTime()) / 60000),
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    dayOfYear: Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1,
  };
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function zoneOffset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

function renderToken(token: string, c: WallClock, date: Date): string {
  const hour12 = c.hour % 12 === 0 ? 12 : c.hour % 12;
  const values: Record<string, string> = {
    YYYY: String(c.year),
    YY: pad(c.year % 100),
    Q: String(Math.ceil(c.month / 3)),
    M: String(c.month),
    Mo: ordinal(c.month),
    MM: pad(c.month),
    MMM: MONTHS[c.month - 1].slice(0, 3),
    MMMM: MONTHS[c.month - 1],
    D: String(c.day),
    Do: ordinal(c.day),
    DD: pad(c.day),
    DDD: String(c.dayOfYear),
    DDDD: pad(c.dayOfYear, 3),
    d: String(c.weekday),
    dd: DAYS[c.weekday].slice(0, 2),
    ddd: DAYS[c.weekday].slice(0, 3),
    dddd: DAYS[c.weekday],
    H: String(c.hour),
    HH: pad(c.hour),
    h: String(hour12),
    hh: pad(hour12),
    k: String(c.hour === 0 ? 24 : c.hour),
    kk: pad(c.hour === 0 ? 24 : c.hour),
    m: String(c.minute),
    mm: pad(c.minute),
    s: String(c.second),
    ss: pad(c.second),
    S: String(Math.floor(c.ms / 100)),
    SS: pad(Math.floor(c.ms / 10)),
    SSS: pad(c.ms, 3),
    A: c.hour < 12 ? 'AM' : 'PM',
    a: c.hour < 12 ? 'am' : 'pm',
    Z: zoneOffset(c.offset, true),
    ZZ: zoneOffset(c.offset, false),
    X: String(Math.floor(date.getTime() / 1000)),
    x: String(date.getTime()),
  };
  return values[token] ?? token;
}

/**
 * Renders `date` with moment display tokens in time zone `zone` (default UTC). The format and
 * zone are checked when the rules are parsed; here an unknown token is left as written.
 */
export function formatDate(date: Date, format: string, zone = 'UTC'): string {
  const clock = wallClock(date, zone);
  return format.replace(TOKEN_OR_LITERAL, (whole, literal: string | undefined) =>
    literal !== undefined ? literal : renderToken(whole, clock, date),
  );
}
