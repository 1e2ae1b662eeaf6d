// Entry point of free-disk-space (bundled to dist/free-disk-space/index.js). The same bundle, run
// with `--delete-worker <job.json>`, is the detached deleter of background mode.
import { core, Inputs, runMain, setOutputs } from '../../packages/action-io/index.js';
import { readInputs } from './inputs.js';
import { freeDiskSpace, headline, reportJson, writeSummary } from './run.js';
import { realExec } from './system-exec.js';

if (process.argv[2] === '--delete-worker') {
  const { runDeleteWorker } = await import('./background.js');
  await runDeleteWorker(process.argv[3]!);
} else {
  await runMain(async () => {
    const inputs = readInputs(new Inputs());
    const e = process.env;
    const outcome = await freeDiskSpace(inputs, {
      runnerEnvironment: e.RUNNER_ENVIRONMENT,
      workspace: e.GITHUB_WORKSPACE,
      home: e.HOME,
      runnerTemp: e.RUNNER_TEMP,
      toolsDirectory: e.AGENT_TOOLSDIRECTORY,
      runId: `${e.GITHUB_RUN_ID || 'local'}-${e.GITHUB_RUN_ATTEMPT || '1'}-${process.pid}`,
      uid: process.getuid?.() ?? 0,
      bundle: process.argv[1]!,
      exec: realExec,
    });
    const report = reportJson(outcome.reports);
    setOutputs({
      'free-before': outcome.freeBefore,
      'free-after': outcome.freeAfter,
      freed: outcome.freeAfter - outcome.freeBefore,
      seconds: Math.round(outcome.seconds * 1000) / 1000,
      report,
    });
    if (outcome.background) {
      core.saveState('deleter', JSON.stringify(outcome.background));
      core.saveState('free-before', String(outcome.freeBefore));
      core.saveState('root', inputs.root);
      core.saveState('report', JSON.stringify(report));
      core.saveState('post-timeout', String(inputs.postTimeoutMs));
    }
    const line = headline({ ...outcome, mode: inputs.mode, dryRun: inputs.dryRun });
    core.info(line);
    await writeSummary('free-disk-space', line, outcome.reports);
  });
}
