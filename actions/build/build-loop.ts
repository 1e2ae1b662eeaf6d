// Phase 3 of a build: runs `docker buildx build` (argv array, never a shell, through
// packages/exec), streams the rawjson progress into the log, and runs it again (packages/retry's
// backoff) only after a transient registry/network error.
import { ActionError, core, neutralize } from '../../packages/action-io/index.js';
import { rmSync } from 'node:fs';
import { run } from '../../packages/exec/index.js';
import { withRetries } from '../../packages/retry/index.js';
import { ProgressReader } from './progress.js';
import { BUILD_BACKOFF, classifyFailure, type RetryVerdict } from './retry.js';

export interface LoopOptions {
  argv: string[];
  retries: number;
  env: Record<string, string | undefined>;
  cwd: string;
  metadataFile: string;
  log?: (line: string) => void;
  /** For tests: the wait between attempts (default packages/retry's sleep). */
  sleep?: (ms: number) => Promise<void>;
}

export interface LoopResult {
  reader: ProgressReader;
  attempts: number;
  seconds: number;
}

/** A failed build, with the progress of its last attempt for the summary. */
export class BuildFailure extends ActionError {
  constructor(
    message: string,
    readonly reader: ProgressReader,
    readonly attempts: number,
    readonly seconds: number,
  ) {
    super(message);
  }
}

/** The most telling line of a failure: buildx's final ERROR line, else the last vertex error. */
export function failureMessage(reader: ProgressReader, exitCode: number): string {
  const plain = reader.plainLines();
  const errorLine = [...plain].reverse().find((l) => /^(ERROR|error):?\s/.test(l));
  if (errorLine) return errorLine.replace(/^(ERROR|error):?\s*/, '');
  const vertexError = reader.errors().slice(-1)[0];
  if (vertexError) return `${vertexError.name}: ${vertexError.error}`;
  return plain.slice(-1)[0] ?? `buildx exited with code ${exitCode}`;
}

/**
 * Errors in a build that succeeded were ignored by buildx (ignore-error=true on a cache export, a
 * cache to import that is not there yet): say so, or a cache that never gets written goes unnoticed.
 */
function warnIgnoredErrors(reader: ProgressReader): void {
  for (const { name, error } of reader.errors()) {
    if (/^importing cache/i.test(name)) {
      if (/not found|manifest unknown|name unknown/i.test(error))
        core.info(neutralize(`no cache there yet (${name})`));
      else core.warning(neutralize(`cache import failed (ignored): ${name}: ${error}`));
    } else if (/cache/i.test(name)) {
      core.warning(neutralize(`cache export failed (ignored): ${name}: ${error}`));
    } else {
      core.warning(neutralize(`${name} failed, and the build went on: ${error}`));
    }
  }
}

/** One failed buildx run: its progress, its most telling line, and whether to try again. */
class AttemptFailed extends Error {
  constructor(
    readonly reader: ProgressReader,
    readonly attempt: number,
    readonly verdict: RetryVerdict,
    message: string,
  ) {
    super(message);
  }
}

/** Runs buildx once, in its own log group; resolves with the progress of a successful run. */
async function buildOnce(
  opts: LoopOptions,
  log: (line: string) => void,
  attempt: number,
): Promise<{ reader: ProgressReader; attempts: number }> {
  const reader = new ProgressReader(log);
  rmSync(opts.metadataFile, { force: true });
  const title = attempt === 1 ? 'docker buildx build' : `docker buildx build (attempt ${attempt})`;
  const result = await core.group(title, async () => {
    log(`docker ${opts.argv.join(' ')}`);
    return run('docker', opts.argv, {
      env: opts.env,
      cwd: opts.cwd,
      capture: false,
      onStdoutLine: (line) => reader.line(line),
      onStderrLine: (line) => reader.line(line),
    });
  });
  reader.end();
  if (result.exitCode === 0) return { reader, attempts: attempt };
  const errors = reader.errors();
  const verdict = classifyFailure({
    messages: [...reader.plainLines(), ...errors.map((e) => e.error)],
    stepFailed: errors.some((e) => e.step),
  });
  throw new AttemptFailed(reader, attempt, verdict, failureMessage(reader, result.exitCode));
}

/** Why the last failure was final, for the error message. */
function finalWhy(failed: AttemptFailed, retries: number): string {
  if (failed.verdict.retry) return ` (gave up after ${failed.attempt} attempts)`;
  return retries > 0 ? ` (not retried: ${failed.verdict.reason})` : '';
}

export async function buildWithRetries(opts: LoopOptions): Promise<LoopResult> {
  // buildx's output and our argv carry build-args, labels and whatever a Dockerfile RUN prints:
  // every line is neutralised so none of it can act as a workflow command.
  const log = opts.log ?? ((line: string) => core.info(neutralize(line)));
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  try {
    const { reader, attempts } = await withRetries((n) => buildOnce(opts, log, n), {
      ...BUILD_BACKOFF,
      retries: opts.retries,
      transient: (error) => error instanceof AttemptFailed && error.verdict.retry,
      onRetry: (error, retry, delayMs) => {
        const { verdict, message } = error as AttemptFailed;
        const cause = verdict.retry ? verdict.cause : '';
        core.warning(
          neutralize(
            `buildx build failed with a transient error (${cause}): ${message}. Retrying in ${delayMs / 1000} s (retry ${retry} of ${opts.retries})`,
          ),
        );
      },
      sleep: opts.sleep,
    });
    warnIgnoredErrors(reader);
    return { reader, attempts, seconds: seconds() };
  } catch (error) {
    if (!(error instanceof AttemptFailed)) throw error;
    const message = `docker buildx build failed: ${error.message}${finalWhy(error, opts.retries)}`;
    throw new BuildFailure(message, error.reader, error.attempt, seconds());
  }
}
