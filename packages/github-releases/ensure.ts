// The release to write to: found by tag, or created (with its body already written, saving a
// PATCH). Racing creators converge on one release: a 422 already_exists sends us to the one that
// won, and since drafts do not collide on tags, a creator that finds an older draft with the
// same tag deletes its own and joins the older one.
import { ActionError } from '../action-io/index.js';
import type { CreateRequest, Release, ReleasesApi } from './releases.js';

export interface EnsureOptions {
  createIfMissing: boolean;
  /** Body for a new release, computed from the empty body. */
  initialBody: () => string;
  create: Omit<CreateRequest, 'body'>;
  sleep: (ms: number) => Promise<void>;
  log?: (message: string) => void;
}

export interface Ensured {
  release: Release;
  /** We created it, with `initialBody()` as its body. */
  created: boolean;
}

const FIND_AFTER_RACE_TRIES = 4;

export async function ensureRelease(api: ReleasesApi, tag: string, opts: EnsureOptions): Promise<Ensured> {
  const found = await api.findByTag(tag);
  if (found) return { release: found, created: false };
  if (!opts.createIfMissing) {
    throw new ActionError(
      `no release (published or draft) has the tag "${tag}"; create it first, or set create-if-missing: true`,
    );
  }
  const created = await api.create({ ...opts.create, body: opts.initialBody() });
  if (created && created.draft) {
    const oldest = (await api.listDrafts(tag))[0];
    if (oldest && oldest.id < created.id) {
      opts.log?.(
        `Another job created draft release ${oldest.id} for ${tag} first; deleting our duplicate ${created.id}`,
      );
      await api.delete(created.id);
      return { release: oldest, created: false };
    }
  }
  if (created) return { release: created, created: true };
  // Lost the create race: the winner's release may take a moment to be readable.
  for (let attempt = 1; attempt <= FIND_AFTER_RACE_TRIES; attempt++) {
    opts.log?.(`Another job created the release for ${tag} at the same time; using theirs`);
    const theirs = await api.findByTag(tag);
    if (theirs) return { release: theirs, created: false };
    await opts.sleep(250 * 2 ** attempt);
  }
  throw new ActionError(
    `GitHub says a release for tag "${tag}" already exists, but it cannot be found by tag or in the list`,
  );
}
