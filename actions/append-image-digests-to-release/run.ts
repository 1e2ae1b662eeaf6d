// The action's work, given its inputs and environment: resolve digests, write the section into
// the release, and report (outputs, job summary).
import * as core from '@actions/core';
import { logUntrusted, neutralize, type OutputValue } from '../../packages/action-io/index.js';
import {
  createClient,
  realSleep,
  ReleasesApi,
  type RequestStats,
} from '../../packages/github-releases/index.js';
import { resolveEntries, registryChecker, type CheckManifest } from './digests.js';
import { refKey, type ActionInputs } from './inputs.js';
import { publish, type Published } from './publish.js';

export interface RunDeps {
  env: NodeJS.ProcessEnv;
  sleep?: (ms: number) => Promise<void>;
  /** Replaces the registry (tests). */
  check?: CheckManifest;
}

export interface RunReport {
  outputs: Record<string, OutputValue>;
  published: Published;
  stats: RequestStats;
}

export async function run(inputs: ActionInputs, deps: RunDeps): Promise<RunReport> {
  core.setSecret(inputs.token);
  const sleep = deps.sleep ?? realSleep;

  const needRegistry = inputs.images.some((r) => !r.digest && !inputs.digests.has(refKey(r)));
  const resolution = await core.group(`Digests of ${inputs.images.length} image(s)`, async () => {
    let check = deps.check;
    if (!check && needRegistry) check = (await registryChecker(inputs, deps.env, logUntrusted)).check;
    const result = await resolveEntries(inputs.images, inputs.digests, inputs.missing, check);
    core.info(
      `${inputs.images.length - result.resolved} digest(s) given, ${result.resolved} read from registries`,
    );
    for (const ref of result.foundMissing) core.warning(`${ref} is not in its registry: listed as missing`);
    return result;
  });

  const { octokit, stats } = createClient({
    token: inputs.token,
    baseUrl: inputs.apiUrl,
    sleep,
    log: logUntrusted,
  });
  const api = new ReleasesApi(octokit, { owner: inputs.owner, repo: inputs.repo });
  const published = await core.group(neutralize(`Release ${inputs.tag} (${inputs.mode})`), () =>
    publish(
      {
        tag: inputs.tag,
        edit: { mode: inputs.mode, title: inputs.title, entries: resolution.entries },
        createIfMissing: inputs.createIfMissing,
        draft: inputs.draft,
        prerelease: inputs.prerelease,
        sha: inputs.sha,
      },
      { api, sleep, log: logUntrusted },
    ),
  );
  const { release, edit } = published;
  core.info(`${stats.requests} GitHub API request(s): ${JSON.stringify(stats.byRoute)}`);

  const written = resolution.entries.filter(
    (e) => !e.missing && e.digest && release.body.includes(e.digest),
  ).length;
  const missingCount = resolution.entries.filter((e) => e.missing).length;
  if (missingCount > 0)
    core.warning(
      neutralize(`${missingCount} image(s) missing from release ${inputs.tag}: listed under a warning`),
    );
  if (edit.omitted > 0) {
    core.warning(
      `${edit.omitted} image(s) not listed: the release body would exceed GitHub's 125000-character limit`,
    );
  }
  const action = published.created ? 'created' : published.writes > 0 ? 'updated' : 'already up to date';
  // The release is written by now: a missing summary file (a local run) must not fail the step.
  if (deps.env.GITHUB_STEP_SUMMARY) {
    await writeSummary(inputs, release.html_url, action, written, edit);
  }
  return {
    outputs: { 'release-id': release.id, 'release-url': release.html_url, 'images-written': written },
    published,
    stats,
  };
}

async function writeSummary(
  inputs: ActionInputs,
  url: string,
  action: string,
  written: number,
  edit: Published['edit'],
): Promise<void> {
  await core.summary
    .addRaw(
      `Release [${inputs.tag}](${url}) ${action}: ${written} image(s) written (${inputs.mode} mode, ${edit.form} form).\n\n`,
    )
    .addRaw(edit.section.replace(/\r\n/g, '\n'))
    .addEOL()
    .write();
}
