// Log lines that come in bursts (hundreds of "present:" lines within a fraction of a second),
// written a batch at a time: one write of many lines instead of one per line. Each write wakes
// the runner's log reader, which on a busy machine competes with the action for the CPU.

export class LineBatch {
  private lines: string[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  /** `write` gets the batch as one text; no line waits longer than `maxDelayMs`. */
  constructor(
    private readonly write: (text: string) => void,
    private readonly maxDelayMs: number,
  ) {}

  add(line: string): void {
    this.lines.push(line);
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.maxDelayMs);
    this.timer.unref(); // a pending batch never keeps the process alive: the caller flushes at the end
  }

  /** Writes what is pending now (before any other output, so the log keeps its order). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.lines.length === 0) return;
    const text = this.lines.join('\n');
    this.lines = [];
    this.write(text);
  }
}
