// The per-target report (the `report` output, as JSON) and the job summary table in human units.
import { headerRow, summaryMarkup } from '../../packages/action-io/index.js';
import { formatSize } from '../../packages/units/size.js';

export interface TargetReport {
  target: string;
  paths: string[];
  /** deleted, partly deleted, not present, kept, would delete, moved to trash, skipped: …, failed */
  status: string;
  seconds: number;
  /** Bytes freed (wait), that would be freed (dry-run) or deleted in the background; when known. */
  bytes?: number;
  errors?: string[];
}

export interface Totals {
  freeBefore: number;
  freeAfter: number;
  seconds: number;
  mode: string;
  dryRun: boolean;
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

export function reportJson(reports: TargetReport[]): TargetReport[] {
  return reports.map((r) => ({
    ...r,
    seconds: round(r.seconds),
    ...(r.errors?.length ? { errors: r.errors } : { errors: undefined }),
  }));
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function summaryRows(reports: TargetReport[]): string[][] {
  return reports.map((r) => [
    r.target,
    r.paths.map(escapeHtml).join('<br>') || '—',
    r.status,
    r.bytes === undefined ? '—' : formatSize(r.bytes),
    `${r.seconds.toFixed(1)} s`,
  ]);
}

export function headline(t: Totals): string {
  if (t.dryRun) return `Dry run: nothing deleted. ${formatSize(t.freeBefore)} free.`;
  const freed = t.freeAfter - t.freeBefore;
  return `Free space ${formatSize(t.freeBefore)} → ${formatSize(t.freeAfter)} (freed ${formatSize(freed)}) in ${t.seconds.toFixed(1)} s, mode ${t.mode}.`;
}

export function summaryText(title: string, line: string, reports: TargetReport[]): string {
  return summaryMarkup((summary) =>
    summary
      .addHeading(title, 3)
      .addRaw(line, true)
      .addTable([headerRow('Target', 'Paths', 'Status', 'Size', 'Time'), ...summaryRows(reports)]),
  );
}
