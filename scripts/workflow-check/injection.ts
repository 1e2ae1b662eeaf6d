// Untrusted values (inputs, event payloads, matrix entries, branch names) must reach `run:`
// scripts through `env:`, never by `${{ }}` interpolation into the script text.
import type { Problem } from './references.js';

const UNTRUSTED = /\$\{\{[^}]*\b(inputs\.|github\.event\.|matrix\.|github\.head_ref)/;

export type WorkflowMap = Record<string, unknown>;
type Map = WorkflowMap;

/** Every step of every job (and of a composite action), with where it is. */
export function stepsOf(doc: Map): Array<[string, Map]> {
  const out: Array<[string, Map]> = [];
  for (const [jobId, job] of Object.entries((doc.jobs ?? {}) as Record<string, Map>)) {
    ((job.steps ?? []) as Map[]).forEach((s, i) => out.push([`jobs.${jobId}.steps[${i}]`, s]));
  }
  const runs = (doc.runs ?? {}) as Map; // composite actions
  ((runs.steps ?? []) as Map[]).forEach((s, i) => out.push([`runs.steps[${i}]`, s]));
  return out;
}

export function checkInjection(file: string, doc: Map): Problem[] {
  return stepsOf(doc)
    .filter(([, step]) => typeof step.run === 'string' && UNTRUSTED.test(step.run))
    .map(([where, step]) => ({
      file,
      where,
      message: `run: interpolates ${String(step.run).match(UNTRUSTED)?.[0]}...; pass it through env: instead`,
    }));
}
