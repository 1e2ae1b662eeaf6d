// Reads act's `--json` log (one JSON object a line) into per-job records: result, start and end
// time (when its first and last lines were read: act's timestamps are whole seconds), step outputs (act logs every `$GITHUB_OUTPUT` line as a set-output command) and the job's
// raw output. Only the `msg` of a line is kept: act's `step` field carries the step's script before
// secrets are masked, so it is never printed or stored.

export interface ActJob {
  /** act's job name: "<workflow>/<job name>", or "<caller job>/<file>/<job>" in a reusable workflow */
  name: string;
  jobId: string;
  matrix: Record<string, unknown>;
  result?: 'success' | 'failure' | 'cancelled' | 'skipped';
  startedAt: number;
  endedAt?: number;
  /** outputs[stepId][name] */
  outputs: Record<string, Record<string, string>>;
  /** the job's output lines (step output and act's own messages), oldest first */
  lines: string[];
  /** whether a step of it ran (a job that only calls a reusable workflow has none) */
  ran: boolean;
}

export interface ActLogEvents {
  onJobStart?: (job: ActJob) => void;
  onJobEnd?: (job: ActJob) => void;
}

interface ActLine {
  job?: unknown;
  jobID?: unknown;
  matrix?: unknown;
  msg?: unknown;
  jobResult?: unknown;
  command?: unknown;
  name?: unknown;
  arg?: unknown;
  stepID?: unknown;
  stepid?: unknown;
}

const MAX_LINES_PER_JOB = 4000;

/** A job's key: its name and matrix values (matrix jobs share a name in some act versions). */
export function jobKey(name: string, matrix: Record<string, unknown>): string {
  return `${name} ${JSON.stringify(matrix)}`;
}

/** Parses one line of `act --json`; undefined for a line that is not a JSON object. */
export function parseActLine(line: string): ActLine | undefined {
  const text = line.trim();
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as ActLine) : undefined;
  } catch {
    return undefined;
  }
}

const RESULTS = new Set(['success', 'failure', 'cancelled', 'skipped']);

export class ActLog {
  readonly jobs = new Map<string, ActJob>();
  /** lines that belong to no job (act's own warnings and errors) */
  readonly otherLines: string[] = [];

  constructor(private readonly events: ActLogEvents = {}) {}

  feed(line: string): void {
    const entry = parseActLine(line);
    if (!entry) {
      if (line.trim()) this.otherLines.push(line);
      return;
    }
    const msg = typeof entry.msg === 'string' ? entry.msg : '';
    if (typeof entry.job !== 'string') {
      if (msg) this.otherLines.push(msg);
      return;
    }
    const job = this.job(entry);
    if (!job.ran && (entry.stepID !== undefined || entry.stepid !== undefined)) {
      job.ran = true;
      job.startedAt = Date.now();
      this.events.onJobStart?.(job);
    }
    if (job.lines.length < MAX_LINES_PER_JOB) job.lines.push(msg.replace(/\n$/, ''));
    if (entry.command === 'set-output' && typeof entry.name === 'string') {
      const stepId = Array.isArray(entry.stepID) ? String(entry.stepID[0]) : '';
      (job.outputs[stepId] ??= {})[entry.name] = typeof entry.arg === 'string' ? entry.arg : '';
    }
    if (typeof entry.jobResult === 'string' && RESULTS.has(entry.jobResult)) {
      job.result = entry.jobResult as ActJob['result'];
      job.endedAt = Date.now();
      this.events.onJobEnd?.(job);
    }
  }

  private job(entry: ActLine): ActJob {
    const name = String(entry.job).trim();
    const matrix = isRecord(entry.matrix) ? entry.matrix : {};
    const key = jobKey(name, matrix);
    let job = this.jobs.get(key);
    if (!job) {
      job = {
        name,
        jobId: typeof entry.jobID === 'string' ? entry.jobID : '',
        matrix,
        startedAt: Date.now(),
        outputs: {},
        lines: [],
        ran: false,
      };
      this.jobs.set(key, job);
    }
    return job;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Seconds a job took. */
export function jobSeconds(job: ActJob): number {
  return ((job.endedAt ?? Date.now()) - job.startedAt) / 1000;
}
