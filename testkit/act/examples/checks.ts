// What the examples' checks (ExampleRehearsal.check) share: collecting failed checks as sentences,
// reading tags, digests and attestations from the rehearsal's registry, and finding a session's
// jobs by name. The checks read the real results, never what a tool printed about them.
import { manifestDigest } from '../../services/index.js';
import { attestationPredicateTypes, listTags } from '../../services/oci-inspect.js';
import type { ActJob } from '../log.js';
import { jobOutput } from '../rehearse.js';
import type { RehearsalSession, SessionRun } from '../session.js';

/** in-toto predicate type of an SPDX SBOM attestation */
export const SPDX_PREDICATE = 'https://spdx.dev/Document';

/** Collects the sentences of failed checks. */
export class Checks {
  readonly failed: string[] = [];
  that(holds: boolean, sentence: string): void {
    if (!holds) this.failed.push(sentence);
  }
}

/** A run's jobs whose act name ends with `/<job id>` (matrix legs included). */
export const jobsNamed = (run: SessionRun | undefined, id: string): ActJob[] =>
  (run?.jobs ?? []).filter((j) => j.name.endsWith(`/${id}`) || j.name.match(new RegExp(`/${id}-\\d+$`)));

/** Every job of the run succeeded and there was at least one. */
export const allSucceeded = (jobs: ActJob[]): boolean =>
  jobs.length > 0 && jobs.every((j) => j.result === 'success');

export const digestOf = (job: ActJob | undefined): string | undefined =>
  job ? jobOutput(job, 'digest') : undefined;

/** The registry's digest of `repository:tag` (undefined when missing). */
export const registryDigest = (session: RehearsalSession, repository: string, tag: string) =>
  manifestDigest(session.registry, repository, tag);

export const registryTags = async (session: RehearsalSession, repository: string) =>
  (await listTags(session.registry, repository)).sort();

/** Whether `repository:tag` is an index with an SBOM (SPDX) attestation manifest. */
export async function hasSbom(session: RehearsalSession, repository: string, tag: string): Promise<boolean> {
  const types = await attestationPredicateTypes(session.registry, repository, tag);
  return types.includes(SPDX_PREDICATE);
}
