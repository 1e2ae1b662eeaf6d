// Job summary text made with @actions/core's builder (headings, tables, details), as a string an
// action's `run` returns: runAction writes it. Text put in is not escaped: callers escape it.
import { core } from './core.js';

export type SummaryBuilder = typeof core.summary;

/** Runs `build` on core.summary's (shared, synchronous) buffer and takes the text out of it. */
export function summaryMarkup(build: (summary: SummaryBuilder) => unknown): string {
  core.summary.emptyBuffer();
  build(core.summary);
  const text = core.summary.stringify();
  core.summary.emptyBuffer();
  return text;
}

/** A table's header row for SummaryBuilder.addTable. */
export function headerRow(...titles: string[]): { data: string; header: true }[] {
  return titles.map((data) => ({ data, header: true }));
}
