// Runs `docker buildx build` (argv array, never a shell), streams the rawjson progress into the
// log, and runs it again only after a transient registry/network error.
import { ActionError, core, neutralize } from '../../packages/action-io/index.js';
import { rmSync } from 'node:fs';
import { run } from '../../packages/exec/index.js';
import { ProgressReader } from './progress.js';
import { classifyFailure, retryDelaySeconds } from './retry.js';

export interface LoopOptions {
  argv: string[];
  retries: number;
  env: Record<string, string | undefined>;
  cwd: string;
  metadataFile: string;
  log?: (line: string) => void;
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

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function buildWithRetries(opts: LoopOptions): Promise<LoopResult> {
  // buildx's output and our argv carry build-args, labels and whatever a Dockerfile RUN prints:
  // every line is neutralised so none of it can act as a workflow command.
  const log = opts.log ?? ((line: string) => core.info(neutralize(line)));
  const sleep = opts.sleep ?? defaultSleep;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
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
    const seconds = (Date.now() - started) / 1000;
    if (result.exitCode === 0) {
      warnIgnoredErrors(reader);
      return { reader, attempts: attempt, seconds };
    }

    const errors = reader.errors();
    const verdict = classifyFailure({
      messages: [...reader.plainLines(), ...errors.map((e) => e.error)],
      stepFailed: errors.some((e) => e.step),
    });
    const message = failureMessage(reader, result.exitCode);
    if (verdict.retry && attempt <= opts.retries) {
      const delay = retryDelaySeconds(attempt);
      core.warning(
        neutralize(
          `buildx build failed with a transient error (${verdict.cause}): ${message}. Retrying in ${delay} s (retry ${attempt} of ${opts.retries})`,
        ),
      );
      await sleep(delay * 1000);
      continue;
    }
    const why = verdict.retry
      ? ` (gave up after ${attempt} attempts)`
      : opts.retries > 0
        ? ` (not retried: ${verdict.reason})`
        : '';
    throw new BuildFailure(`docker buildx build failed: ${message}${why}`, reader, attempt, seconds);
  }
}
