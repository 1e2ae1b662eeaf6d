// free-disk-space's main step as the shared skeleton runs it: the runner's environment in, the
// work (clean.ts) done, and the outputs, job summary and the post step's state returned.
import { dirname, join } from 'node:path';
import { core, type ActionResult } from '../../packages/action-io/index.js';
import { freeDiskSpace, type Outcome, type RunEnv } from './clean.js';
import type { FreeDiskInputs } from './inputs.js';
import type { StateName } from './post-state.js';
import { headline, reportJson, summaryText } from './report.js';
import { realExec } from './system-exec.js';

/** What the work needs from the runner's environment (and this process). */
export function runEnv(env: NodeJS.ProcessEnv): RunEnv {
  return {
    runnerEnvironment: env.RUNNER_ENVIRONMENT,
    workspace: env.GITHUB_WORKSPACE,
    home: env.HOME,
    runnerTemp: env.RUNNER_TEMP,
    toolsDirectory: env.AGENT_TOOLSDIRECTORY,
    runId: `${env.GITHUB_RUN_ID || 'local'}-${env.GITHUB_RUN_ATTEMPT || '1'}-${process.pid}`,
    uid: process.getuid?.() ?? 0,
    // dist/free-disk-space/index.js -> dist/free-disk-space/worker/index.js
    workerBundle: join(dirname(process.argv[1]!), 'worker', 'index.js'),
    exec: realExec,
  };
}

/** The post step's state: only when a background deleter was started. */
function postState(outcome: Outcome, inputs: FreeDiskInputs): Record<string, string> | undefined {
  if (!outcome.background) return undefined;
  const state: Record<StateName, string> = {
    deleter: JSON.stringify(outcome.background),
    'free-before': String(outcome.freeBefore),
    root: inputs.root,
    report: JSON.stringify(reportJson(outcome.reports)),
    'post-timeout': String(inputs.postTimeoutMs),
  };
  return state;
}

export async function run(inputs: FreeDiskInputs, env: NodeJS.ProcessEnv): Promise<ActionResult> {
  const outcome = await freeDiskSpace(inputs, runEnv(env));
  const line = headline({ ...outcome, mode: inputs.mode, dryRun: inputs.dryRun });
  core.info(line);
  return {
    outputs: {
      'free-before': outcome.freeBefore,
      'free-after': outcome.freeAfter,
      freed: outcome.freeAfter - outcome.freeBefore,
      seconds: Math.round(outcome.seconds * 1000) / 1000,
      report: reportJson(outcome.reports),
    },
    state: postState(outcome, inputs),
    summary: summaryText('free-disk-space', line, outcome.reports),
  };
}
