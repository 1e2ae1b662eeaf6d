// The part durations (./duration.ts) and ages (./age.ts) share: a run of number-unit components,
// each unit at most once and from the largest down (`1h30m`, `2w3d`), summed in milliseconds, and
// the way back.

export interface UnitTable<U extends string> {
  /** Sticky: number in group 1, unit in group 2. */
  component: RegExp;
  ms: Record<U, number>;
  /** Largest first. */
  order: readonly U[];
}

/** The sum of the components of `value`; `fail` is called (and throws) with what is wrong. */
export function sumComponents<U extends string>(
  value: string,
  table: UnitTable<U>,
  what: string,
  fail: (why: string) => never,
): number {
  let ms = 0;
  let last = -1;
  table.component.lastIndex = 0;
  while (table.component.lastIndex < value.length) {
    const start = table.component.lastIndex;
    const match = table.component.exec(value);
    if (!match) return fail(`is not ${what} at "${value.slice(start)}"`);
    const rank = table.order.indexOf(match[2] as U);
    if (rank <= last)
      fail(`repeats a unit or lists them out of order (write ${table.order.join(', ')} from largest down)`);
    last = rank;
    ms += Number(match[1]) * table.ms[match[2] as U];
  }
  return ms;
}

/** Whole milliseconds as components, largest first (`1h30m`); 0 -> `0s`. */
export function formatComponents<U extends string>(
  ms: number,
  table: Pick<UnitTable<U>, 'ms' | 'order'>,
): string {
  let rest = ms;
  if (rest <= 0) return '0s';
  let text = '';
  for (const unit of table.order) {
    const count = Math.floor(rest / table.ms[unit]);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * table.ms[unit];
  }
  return text;
}
