// What the main step saves for its post step (only when it started a background deleter), and
// reading it back once into typed values. Unreadable state is reported, never thrown: the post
// step must not fail the job.
import { core } from '../../packages/action-io/index.js';
import type { BackgroundDeleter } from './clean.js';
import type { TargetReport } from './report.js';

export type StateName = 'deleter' | 'free-before' | 'root' | 'report' | 'post-timeout';

export interface PostState {
  /** Undefined: main started no deleter (nothing to wait for). */
  deleter?: BackgroundDeleter;
  freeBefore: number;
  root: string;
  reports: TargetReport[];
  timeoutMs: number;
  /** Why the saved state could not be read. */
  unreadable?: string;
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000;

export function readPostState(read: (name: StateName) => string = (name) => core.getState(name)): PostState {
  const state: PostState = {
    freeBefore: Number(read('free-before')),
    root: read('root') || '/',
    reports: [],
    timeoutMs: Number(read('post-timeout')) || DEFAULT_TIMEOUT_MS,
  };
  try {
    const deleter = read('deleter');
    if (deleter) state.deleter = JSON.parse(deleter) as BackgroundDeleter;
    state.reports = JSON.parse(read('report') || '[]') as TargetReport[];
  } catch (error) {
    state.unreadable = (error as Error).message;
  }
  return state;
}
