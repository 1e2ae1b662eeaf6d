// Checks every `uses:` of ours against what it calls: `with:` keys must be inputs of the action
// (or of the reusable workflow), required inputs must be given, secrets must be declared.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml, REPO } from './files.js';

type Map = Record<string, unknown>;
export interface Problem {
  file: string;
  where: string;
  message: string;
}

interface Callee {
  kind: 'action' | 'workflow';
  path: string;
  inputs: Map;
  secrets: Map;
}

/** Resolve `org/docker-pipeline-actions/<x>@ref`, `./<x>` or `./.github/workflows/<f>` to our file. */
export function resolveCallee(root: string, uses: string): Callee | undefined {
  let path: string | undefined;
  if (uses.startsWith(`${REPO}@`) || uses.startsWith(`${REPO}/`)) {
    path = uses.slice(REPO.length + 1).replace(/@.*$/, '');
    if (uses.startsWith(`${REPO}@`)) path = '';
  } else if (uses.startsWith('./')) {
    path = uses.slice(2);
  }
  if (path === undefined) return undefined;
  if (/\.ya?ml$/.test(path)) {
    const on = (readYaml(root, path).on ?? {}) as Map;
    const call = (on.workflow_call ?? {}) as Map;
    return {
      kind: 'workflow',
      path,
      inputs: (call.inputs ?? {}) as Map,
      secrets: (call.secrets ?? {}) as Map,
    };
  }
  const file = join(path, 'action.yml');
  if (!existsSync(join(root, file))) throw new Error(`no action at ${file}`);
  return { kind: 'action', path: file, inputs: (readYaml(root, file).inputs ?? {}) as Map, secrets: {} };
}

function isRequired(spec: unknown): boolean {
  const s = (spec ?? {}) as Map;
  return s.required === true && s.default === undefined;
}

function checkCall(
  root: string,
  file: string,
  where: string,
  uses: string,
  given: Map,
  secrets: Map | string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  let callee: Callee | undefined;
  try {
    callee = resolveCallee(root, uses);
  } catch (error) {
    return [{ file, where, message: `${uses}: ${(error as Error).message}` }];
  }
  if (!callee) return problems;
  for (const key of Object.keys(given)) {
    if (!(key in callee.inputs))
      problems.push({ file, where, message: `"${key}" is not an input of ${callee.path}` });
  }
  for (const [name, spec] of Object.entries(callee.inputs)) {
    if (isRequired(spec) && !(name in given))
      problems.push({ file, where, message: `required input "${name}" of ${callee.path} is not given` });
  }
  if (callee.kind === 'workflow' && secrets !== 'inherit') {
    const passed = (secrets ?? {}) as Map;
    for (const key of Object.keys(passed)) {
      if (!(key in callee.secrets))
        problems.push({ file, where, message: `secret "${key}" is not declared by ${callee.path}` });
    }
    for (const [name, spec] of Object.entries(callee.secrets)) {
      if (isRequired(spec) && !(name in passed))
        problems.push({ file, where, message: `required secret "${name}" of ${callee.path} is not passed` });
    }
  }
  return problems;
}

export function checkReferences(root: string, file: string, doc: Map): Problem[] {
  const problems: Problem[] = [];
  const jobs = (doc.jobs ?? {}) as Record<string, Map>;
  for (const [jobId, job] of Object.entries(jobs)) {
    if (typeof job.uses === 'string') {
      problems.push(
        ...checkCall(root, file, `jobs.${jobId}`, job.uses, (job.with ?? {}) as Map, job.secrets as Map),
      );
    }
    const steps = (job.steps ?? []) as Map[];
    steps.forEach((step, i) => {
      if (typeof step.uses !== 'string') return;
      problems.push(
        ...checkCall(root, file, `jobs.${jobId}.steps[${i}]`, step.uses, (step.with ?? {}) as Map, undefined),
      );
    });
  }
  return problems;
}
