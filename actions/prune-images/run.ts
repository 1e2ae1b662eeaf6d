// prune-images: read every image's inventory, ask GitHub which pr-<n> pull requests are closed,
// compute every plan, and only then delete (unless dry-run), image by image; return the outputs,
// the job summary, and a failure that says what was and was not deleted.
import { ActionError, core, type ActionResult } from '../../packages/action-io/index.js';
import { createClient, type Octokit } from '../../packages/github-releases/index.js';
import type { ImageName } from '../../packages/image-ref/index.js';
import {
  createRegistryClient,
  credentialInputsWarning,
  deleteManifest,
  loadCredentialStore,
  type RegistryClient,
} from '../../packages/registry-client/index.js';
import { mapLimit } from '../../packages/concurrency/index.js';
import { dryRunOutcome, executePlan, type Deleter, type ImageOutcome } from './execute.js';
import { closedPullRequests, GhcrPackage, ghcrPackageOf } from './ghcr.js';
import type { PruneInputs } from './inputs.js';
import { ghcrInventory, registryInventory } from './inventory.js';
import { prNumberOf, type Inventory, type PruneRules } from './model.js';
import { matchingPattern } from './patterns.js';
import { planPrune } from './plan.js';
import { failureMessage, pruneOutputs, summaryText } from './report.js';

interface Target {
  image: ImageName;
  /** Where registry requests go (ghcr.io's stand-in in tests). */
  registryImage: ImageName;
  ghcr?: GhcrPackage;
}

function targetOf(image: ImageName, inputs: PruneInputs, octokit: Octokit | undefined): Target {
  if (image.registry !== 'ghcr.io' || !octokit) return { image, registryImage: image };
  const { owner, name } = ghcrPackageOf(image.repository);
  const override = inputs.ghcrRegistryOverride;
  const registryImage = override
    ? { ...image, registry: override, name: `${override}/${image.repository}` }
    : image;
  return { image, registryImage, ghcr: new GhcrPackage(octokit, owner, name) };
}

/** Reads an image's inventory; a failure names the image and says that nothing was deleted. */
async function readInventory(
  target: Target,
  client: RegistryClient,
  rules: PruneInputs['rules'],
): Promise<Inventory> {
  try {
    return await inventoryOf(target, client, rules);
  } catch (error) {
    throw new ActionError(
      `could not read ${target.image.name} (${(error as Error).message}); nothing was deleted`,
    );
  }
}

function inventoryOf(
  target: Target,
  client: RegistryClient,
  rules: PruneInputs['rules'],
): Promise<Inventory> {
  if (target.ghcr) return ghcrInventory(target.ghcr, client, target.registryImage, target.image.name);
  const dated = rules.olderThanMs !== undefined || rules.keepNTagged > 0;
  const wantsDate = (tag: string) => dated && matchingPattern(rules.deleteTags, tag) !== undefined;
  return registryInventory(client, target.registryImage, target.image.name, wantsDate);
}

async function closedPrsOf(
  inventories: Inventory[],
  inputs: PruneInputs,
  octokit: Octokit | undefined,
): Promise<Set<number> | undefined> {
  if (!inputs.rules.prTagsOfClosedPrs || !octokit) return undefined;
  const numbers = new Set(inventories.flatMap((inv) => inv.tags.map((t) => prNumberOf(t.tag))));
  numbers.delete(undefined);
  const [owner, repo] = inputs.repository.split('/');
  const asked = [...numbers] as number[];
  const { closed, unknown } = await closedPullRequests(octokit, { owner, repo }, asked);
  core.info(`${asked.length} pull request(s) named by pr-<n> tags, ${closed.size} closed`);
  if (unknown.length)
    core.info(`not pull requests of ${inputs.repository}: ${unknown.map((n) => `#${n}`).join(', ')}`);
  return closed;
}

function deleterFor(target: Target, client: RegistryClient): Deleter {
  if (target.ghcr) return target.ghcr;
  const ref = { ...target.registryImage, ref: target.registryImage.name };
  return { delete: (digest) => deleteManifest(client, ref, digest) };
}

export async function run(inputs: PruneInputs, env: NodeJS.ProcessEnv): Promise<ActionResult> {
  if (inputs.token) core.setSecret(inputs.token);
  const spread = credentialInputsWarning(
    inputs.credentials,
    inputs.images.map((i) => i.registry),
  );
  if (spread) core.warning(spread);
  const client = createRegistryClient({
    credentials: await loadCredentialStore(inputs.credentials, env),
    insecureRegistries: inputs.insecureRegistries,
    userAgent: 'docker-pipeline-actions/prune-images',
    log: core.debug,
    mask: core.setSecret,
  });
  const needsApi = inputs.rules.prTagsOfClosedPrs || inputs.images.some((i) => i.registry === 'ghcr.io');
  const octokit = needsApi
    ? createClient({ token: inputs.token, baseUrl: inputs.apiUrl, log: core.info }).octokit
    : undefined;
  const targets = inputs.images.map((image) => targetOf(image, inputs, octokit));
  const inventories = await core.group(`Reading ${targets.length} image(s)`, () =>
    mapLimit(targets, 2, (t) => readInventory(t, client, inputs.rules)),
  );
  const rules: PruneRules = { ...inputs.rules, closedPrs: await closedPrsOf(inventories, inputs, octokit) };
  const now = Date.now();
  const plans = inventories.map((inv) => planPrune(inv, rules, now));
  for (const plan of plans) {
    const tagsGoing = plan.tags.filter((t) => t.action === 'delete').length;
    core.info(
      `${plan.image}: ${tagsGoing} of ${plan.tags.length} tag(s) and ${plan.deletions.length} manifest(s) to delete`,
    );
  }
  const outcomes: ImageOutcome[] = [];
  for (const [i, plan] of plans.entries()) {
    if (inputs.dryRun) {
      outcomes.push(dryRunOutcome(plan));
      for (const d of plan.deletions)
        core.info(`would delete: ${plan.image}@${d.digest}${d.tags.length ? ` (${d.tags.join(', ')})` : ''}`);
    } else
      outcomes.push(
        await core.group(`Deleting from ${plan.image}`, () =>
          executePlan(plan, deleterFor(targets[i], client), core.info),
        ),
      );
  }
  await client.close();
  return {
    outputs: pruneOutputs(outcomes, inputs.dryRun),
    summary: summaryText(outcomes, inputs.dryRun),
    failure: failureMessage(outcomes),
  };
}
