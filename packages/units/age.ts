// Ages as retention rules write them: `30d`, `2w`, `12h`, `1d12h`, `90m`. Units are w (weeks),
// d (days), h, m (minutes) and s, each at most once and from the largest down (`1d1d` or `1h1d`
// is an error, not a silent sum); whole numbers only. Unlike durations (./duration.ts, which
// time waits and stop at setTimeout's 24.8 days), an age may be years long.
import { InputError } from '../action-io/index.js';
import { formatComponents, sumComponents } from './components.js';

export const AGE_FORMS = 'an age such as 30d, 2w, 12h, 1d12h or 90m (units w, d, h, m, s)';

const UNIT_MS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;
type Unit = keyof typeof UNIT_MS;
const UNIT_ORDER: readonly Unit[] = ['w', 'd', 'h', 'm', 's'];
const COMPONENT_RE = /(\d{1,9})([wdhms])/y;
/** A hundred years: longer ages are typos. */
export const MAX_AGE_MS = 100 * 365 * UNIT_MS.d;

/** Parses an age into milliseconds; throws InputError naming `input` when malformed. */
export function parseAge(text: string, input = 'age'): number {
  const value = text.trim().toLowerCase();
  const fail = (why: string): never => {
    throw new InputError(input, `"${text.trim()}" ${why} (allowed: ${AGE_FORMS})`);
  };
  if (value === '') fail('is empty');
  const ms = sumComponents(
    value,
    { component: COMPONENT_RE, ms: UNIT_MS, order: UNIT_ORDER },
    'an age',
    fail,
  );
  if (ms > MAX_AGE_MS) fail('is longer than 100 years');
  return ms;
}

/** Formats milliseconds the way parseAge reads them back: 129600000 -> `1d12h`; 0 -> `0s`. */
export function formatAge(ms: number): string {
  return formatComponents(Math.max(0, Math.floor(ms / 1000) * 1000), { ms: UNIT_MS, order: UNIT_ORDER });
}
