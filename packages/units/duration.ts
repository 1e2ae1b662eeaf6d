// Durations as users write them in workflow inputs: `15m`, `5s`, `1h30m`, `500ms`, `1.5s`.
// A plain number means seconds (`30` = 30 s), as in most CLI timeouts. Units are ms, s, m, h
// (case-insensitive), each at most once and from the largest down, so a typo such as `5m5m` or
// `30s1m` is an error rather than a silent sum. Values are whole milliseconds.
import { InputError, type Inputs } from '../action-io/index.js';
import { formatComponents, sumComponents } from './components.js';

export const DURATION_FORMS = 'a duration such as 500ms, 5s, 15m, 1h30m or 1.5s (a plain number is seconds)';

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 } as const;
type Unit = keyof typeof UNIT_MS;
const UNIT_ORDER: readonly Unit[] = ['h', 'm', 's', 'ms'];
const COMPONENT_RE = /(\d+(?:\.\d+)?|\.\d+)\s*(ms|h|m|s)\s*/y;
const PLAIN_SECONDS_RE = /^(\d+(?:\.\d+)?|\.\d+)$/;
/** setTimeout's limit (about 24.8 days): longer waits would fire at once. */
export const MAX_DURATION_MS = 2 ** 31 - 1;

/** Parses a duration into whole milliseconds; throws InputError naming `input` when malformed. */
export function parseDuration(text: string, input = 'duration'): number {
  const value = text.trim().toLowerCase();
  const fail = (why: string): never => {
    throw new InputError(input, `"${text.trim()}" ${why} (allowed: ${DURATION_FORMS})`);
  };
  if (value === '') fail('is empty');
  let ms: number;
  if (PLAIN_SECONDS_RE.test(value)) {
    ms = Number(value) * 1000;
  } else {
    ms = sumComponents(
      value,
      { component: COMPONENT_RE, ms: UNIT_MS, order: UNIT_ORDER },
      'a duration',
      fail,
    );
  }
  ms = Math.round(ms);
  if (!Number.isFinite(ms) || ms > MAX_DURATION_MS) fail(`is longer than ${formatDuration(MAX_DURATION_MS)}`);
  return ms;
}

/**
 * Reads a duration input (the action.yml default applies when empty) and checks its range,
 * e.g. `durationInput(inputs, 'timeout', '15m', { min: 1 })`.
 */
export function durationInput(
  inputs: Inputs,
  name: string,
  fallback: string,
  range: { min?: number; max?: number } = {},
): number {
  const text = inputs.string(name, fallback);
  const ms = parseDuration(text, name);
  const min = range.min ?? 0;
  const max = range.max ?? MAX_DURATION_MS;
  if (ms < min || ms > max) {
    const bounds =
      max >= MAX_DURATION_MS
        ? `at least ${formatDuration(min)}`
        : `${formatDuration(min)} to ${formatDuration(max)}`;
    throw new InputError(name, `"${text}" is out of range (allowed: ${bounds})`);
  }
  return ms;
}

/**
 * Formats whole milliseconds the way parseDuration reads them back: 5400000 -> `1h30m`,
 * 1500 -> `1s500ms`, 0 -> `0s`. `round: 'seconds'` rounds to whole seconds first (for logs).
 */
export function formatDuration(ms: number, opts: { round?: 'seconds' } = {}): string {
  const whole = Math.round(opts.round === 'seconds' ? Math.round(ms / 1000) * 1000 : ms);
  return formatComponents(Math.max(0, whole), { ms: UNIT_MS, order: UNIT_ORDER });
}
