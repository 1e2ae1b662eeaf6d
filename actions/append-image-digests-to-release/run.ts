// The action's work, given its inputs and environment: resolve digests, write the section into
// the release, and return what to report (outputs, job summary).
import {
  ActionError,
  core,
  logUntrusted,
  neutralize,
  summaryMarkup,
  type ActionResult,
} from '../../packages/action-io/index.js';
import { createClient, ReleasesApi } from '../../packages/github-releases/index.js';
import { credentialInputsWarning } from '../../packages/registry-client/credential-scope.js';
import { formatDuration } from '../../packages/units/duration.js';
import { sleep as realSleep } from '../../packages/time-limit/sleep.js';
import { resolveEntries, registryChecker, type CheckManifest, type Resolution } from './digests.js';
import { refKey, type ActionInputs } from './inputs.js';
import { publish, type Published } from './publish.js';

export interface RunDeps {
  sleep?: (ms: number) => Promise<void>;
  /** Replaces the registry (tests). */
  check?: CheckManifest;
}

export async function run(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: RunDeps = {},
): Promise<ActionResult> {
  core.setSecret(inputs.token);
  const sleep = deps.sleep ?? realSleep;

  const resolution = await resolveDigests(inputs, env, deps.check);

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
  return {
    outputs: { 'release-id': release.id, 'release-url': release.html_url, 'images-written': written },
    summary: summaryText(inputs, release.html_url, action, written, edit),
  };
}

/** The section's entries: digests given, or asked of the registries (in a log group). */
function resolveDigests(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  given: CheckManifest | undefined,
): Promise<Resolution> {
  const needRegistry = inputs.images.some((r) => !r.digest && !inputs.digests.has(refKey(r)));
  return core.group(`Digests of ${inputs.images.length} image(s)`, async () => {
    const spread = credentialInputsWarning(
      inputs.credentials,
      inputs.images.filter((r) => !r.digest && !inputs.digests.has(refKey(r))).map((r) => r.registry),
    );
    if (spread) core.warning(spread);
    const signal = AbortSignal.timeout(inputs.timeoutMs);
    let check = given;
    if (!check && needRegistry)
      check = (await registryChecker({ ...inputs, signal }, env, logUntrusted)).check;
    const result = await resolveEntries(inputs.images, inputs.digests, inputs.missing, check).catch(
      (error: unknown) => {
        if (!signal.aborted) throw error;
        throw new ActionError(
          `the registries did not give every digest within ${formatDuration(inputs.timeoutMs)} (input "timeout"), so the release was not changed`,
        );
      },
    );
    core.info(
      `${inputs.images.length - result.resolved} digest(s) given, ${result.resolved} read from registries`,
    );
    for (const ref of result.foundMissing) core.warning(`${ref} is not in its registry: listed as missing`);
    return result;
  });
}

function summaryText(
  inputs: ActionInputs,
  url: string,
  action: string,
  written: number,
  edit: Published['edit'],
): string {
  return summaryMarkup((summary) =>
    summary
      .addRaw(
        `Release [${inputs.tag}](${url}) ${action}: ${written} image(s) written (${inputs.mode} mode, ${edit.form} form).\n\n`,
      )
      .addRaw(edit.section.replace(/\r\n/g, '\n'))
      .addEOL(),
  );
}
