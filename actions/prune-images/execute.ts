// Carries out one image's plan, in the plan's order, and records what happened to each deletion.
// The first failure (after the client's own retries) stops that image: what follows is reported
// as not attempted, and the roots still exist, so a re-run plans the rest and finishes the job.
import type { Deletion, ImagePlan } from './model.js';

export interface Deleter {
  delete(digest: string): Promise<'deleted' | 'gone'>;
}

export type DeletionStatus = 'deleted' | 'gone' | 'failed' | 'not attempted' | 'planned';

export interface DeletionOutcome extends Deletion {
  status: DeletionStatus;
  error?: string;
}

export interface ImageOutcome {
  plan: ImagePlan;
  deletions: DeletionOutcome[];
  /** Set when a deletion failed or the inventory could not be read. */
  error?: string;
}

/** dry-run: every deletion stays `planned`. */
export function dryRunOutcome(plan: ImagePlan): ImageOutcome {
  return { plan, deletions: plan.deletions.map((d) => ({ ...d, status: 'planned' })) };
}

export async function executePlan(
  plan: ImagePlan,
  deleter: Deleter,
  log: (line: string) => void,
): Promise<ImageOutcome> {
  const deletions: DeletionOutcome[] = [];
  let error: string | undefined;
  for (const deletion of plan.deletions) {
    if (error) {
      deletions.push({ ...deletion, status: 'not attempted' });
      continue;
    }
    try {
      const status = await deleter.delete(deletion.digest);
      deletions.push({ ...deletion, status });
      const what = deletion.tags.length ? ` (${deletion.tags.join(', ')})` : '';
      log(`${status}: ${plan.image}@${deletion.digest}${what}`);
    } catch (failure) {
      error = `${plan.image}@${deletion.digest}: ${(failure as Error).message}`;
      deletions.push({ ...deletion, status: 'failed', error });
    }
  }
  return { plan, deletions, error };
}

export const isDone = (d: DeletionOutcome) => d.status === 'deleted' || d.status === 'gone';
