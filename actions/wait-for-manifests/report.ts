// What the wait tells the user: a line per reference as it appears, a progress line per round,
// the outputs, the failure or warning text, and the job summary table. Pure formatting.
import { formatDuration } from '../../packages/units/duration.js';
import type { WantedImage } from './inputs.js';
import type { Outcome, Progress, WaitResult } from './wait-loop.js';

export function appearedLine(o: Outcome<WantedImage>): string {
  const platforms = o.platforms?.length ? ` [${o.platforms.join(', ')}]` : '';
  return `present: ${o.item.text} ${o.digest}${platforms} (waited ${seconds(o.waitedMs ?? 0)})`;
}

export function progressLine(p: Progress): string {
  const head = `${p.present}/${p.total} present, ${p.waiting} waiting`;
  if (p.nextPollInMs === undefined) return head;
  // Whole seconds as in `next poll in 7s`; tenths below 10 s, so a 400 ms wait is not "0s".
  const tenths = Math.round(p.nextPollInMs / 100) / 10;
  const next =
    p.nextPollInMs < 10_000 && !Number.isInteger(tenths)
      ? `${tenths}s`
      : formatDuration(p.nextPollInMs, { round: 'seconds' });
  return `${head}, next poll in ${next}`;
}

/** `3.2s` below a minute, `1m30s` above. */
export function seconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : formatDuration(ms, { round: 'seconds' });
}

/** Why a reference is not there, as one phrase; unauthorized is told apart from a slow build. */
export function reason(o: Outcome<WantedImage>): string {
  switch (o.status) {
    case 'present':
      return 'present';
    case 'unauthorized':
      return `unauthorized or missing: ${o.detail}`;
    case 'platforms-missing':
      return `present without platform(s) ${o.missingPlatforms?.join(', ')} (has ${o.platforms?.join(', ') || 'none'})`;
    case 'error':
      return `registry error: ${o.detail}`;
    default:
      return o.checks === 0 ? 'missing (not checked before the timeout)' : 'missing';
  }
}

export function waitOutputs(
  result: WaitResult<WantedImage>,
): Record<string, string | string[] | Record<string, string> | boolean> {
  const present = result.outcomes.filter((o) => o.status === 'present');
  const absent = result.outcomes.filter((o) => o.status !== 'present');
  return {
    found: present.map((o) => o.item.text),
    missing: absent.map((o) => o.item.text),
    'missing-json': JSON.stringify(absent.map((o) => o.item.text)),
    unauthorized: absent.filter((o) => o.status === 'unauthorized').map((o) => o.item.text),
    digests: Object.fromEntries(present.map((o) => [o.item.text, o.digest ?? ''])),
    'all-present': result.allPresent,
    'elapsed-seconds': (result.elapsedMs / 1000).toFixed(1),
  };
}

/** The failure (or, with fail-on-missing: false, warning) text: every absent reference and why. */
export function missingMessage(result: WaitResult<WantedImage>, timeoutMs: number): string {
  const absent = result.outcomes.filter((o) => o.status !== 'present');
  const when = timeoutMs === 0 ? 'in a single check' : `after ${formatDuration(timeoutMs)}`;
  const lines = absent.map((o) => `  ${o.item.text}: ${reason(o)}`);
  return `${absent.length} of ${result.outcomes.length} image(s) not present ${when}:\n${lines.join('\n')}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STATUS_CELL: Record<Outcome<WantedImage>['status'], string> = {
  present: '✅ present',
  missing: '❌ missing',
  unauthorized: '🔒 unauthorized or missing',
  'platforms-missing': '⚠️ platforms missing',
  error: '❌ registry error',
};

/** core.summary writes an empty cell as an unclosed <td>: give it something. */
const cell = (html: string) => html || '—';

/** Rows for core.summary.addTable: reference, status, digest, platforms, time to appear. */
export function summaryRows(result: WaitResult<WantedImage>): string[][] {
  return result.outcomes.map((o) => {
    const platforms = o.missingPlatforms?.length
      ? `${o.platforms?.join(', ') || '-'} (missing ${o.missingPlatforms.join(', ')})`
      : (o.platforms?.join(', ') ?? '');
    const status =
      o.status === 'present' || o.status === 'missing'
        ? STATUS_CELL[o.status]
        : `${STATUS_CELL[o.status]}: ${o.detail ?? ''}`;
    return [
      `<code>${escapeHtml(o.item.text)}</code>`,
      escapeHtml(o.status === 'platforms-missing' ? STATUS_CELL[o.status] : status),
      o.digest ? `<code>${o.digest}</code>` : '',
      escapeHtml(platforms),
      o.status === 'present' ? seconds(o.waitedMs ?? 0) : '',
    ].map(cell);
  });
}
