// Writing the section into the release. GitHub has no compare-and-swap on PATCH, so `merge`
// mode (several jobs writing their own services) checks its work: after writing it waits a
// settle time longer than a read-modify-write takes, re-reads, and if a concurrent writer's
// stale copy removed our services, applies them again after a jittered backoff (bounded tries).
// `replace` mode is for one writer and costs at most GET + PATCH on an existing release.
import { ActionError } from '../../packages/action-io/index.js';
import { ensureRelease, type Release, type ReleasesApi } from '../../packages/github-releases/index.js';
import { backoffMs as retryBackoffMs } from '../../packages/retry/index.js';
import {
  BodyTooLongError,
  editBody,
  MarkerError,
  type EditOptions,
  type EditResult,
} from '../../packages/release-notes/index.js';

export interface PublishPlan {
  tag: string;
  edit: EditOptions;
  createIfMissing: boolean;
  draft: boolean;
  prerelease: boolean;
  sha?: string;
}

export interface PublishDeps {
  api: ReleasesApi;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  log?: (message: string) => void;
  /** merge mode: writes before giving up (default 8). */
  maxAttempts?: number;
}

export interface Published {
  release: Release;
  edit: EditResult;
  created: boolean;
  /** Bodies we sent (create or PATCH). */
  writes: number;
  attempts: number;
}

/** Settle time after a merge write: 3x our own read-modify-write time, kept within bounds. */
export function settleMs(readModifyWriteMs: number, random: () => number): number {
  return Math.min(15_000, Math.max(500, 3 * readModifyWriteMs)) + Math.round(random() * 250);
}

/** Before writing again: 500 ms doubling per attempt, capped at 8 s, jittered into its upper half. */
export function backoffMs(attempt: number, random: () => number): number {
  return Math.round(retryBackoffMs(attempt, { baseMs: 500, maxMs: 8_000, random }));
}

function apply(body: string, edit: EditOptions): EditResult {
  try {
    return editBody(body, edit);
  } catch (error) {
    if (error instanceof MarkerError || error instanceof BodyTooLongError)
      throw new ActionError(error.message);
    throw error;
  }
}

export async function publish(plan: PublishPlan, deps: PublishDeps): Promise<Published> {
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;
  const log = deps.log ?? (() => {});
  const merge = plan.edit.mode === 'merge';
  const maxAttempts = deps.maxAttempts ?? 8;
  let writes = 0;

  let started = now();
  const ensured = await ensureRelease(deps.api, plan.tag, {
    createIfMissing: plan.createIfMissing,
    initialBody: () => apply('', plan.edit).body,
    create: { tag: plan.tag, draft: plan.draft, prerelease: plan.prerelease, targetCommitish: plan.sha },
    sleep: deps.sleep,
    log,
  });
  let release = ensured.release;
  if (ensured.created) {
    writes++;
    log(`Created ${release.draft ? 'draft ' : ''}release ${release.id} for ${plan.tag}`);
  }
  let wrote = ensured.created;

  for (let attempt = 1; ; attempt++) {
    if (!wrote) {
      const edit = apply(release.body, plan.edit);
      if (!edit.changed) return { release, edit, created: ensured.created, writes, attempts: attempt };
      release = await deps.api.updateBody(release.id, edit.body);
      writes++;
      log(
        `Updated release ${release.id} (${edit.form} form${edit.omitted ? `, ${edit.omitted} images not listed` : ''})`,
      );
    }
    wrote = false;
    if (!merge)
      return {
        release,
        edit: apply(release.body, plan.edit),
        created: ensured.created,
        writes,
        attempts: attempt,
      };

    // merge: let every concurrent read-modify-write that started before our write land, then check.
    await deps.sleep(settleMs(now() - started, random));
    release = await deps.api.get(release.id);
    const check = apply(release.body, plan.edit);
    if (!check.changed) return { release, edit: check, created: ensured.created, writes, attempts: attempt };
    if (attempt >= maxAttempts) {
      throw new ActionError(
        `another job kept overwriting release ${release.id} (${plan.tag}): our services ${check.services.join(', ')} were removed ${attempt} times; re-run this job`,
      );
    }
    const wait = backoffMs(attempt, random);
    log(
      `A concurrent writer removed our sub-sections from release ${release.id}; writing them again in ${wait} ms (attempt ${attempt + 1} of ${maxAttempts})`,
    );
    await deps.sleep(wait);
    release = await deps.api.get(release.id);
    started = now();
  }
}
