// act gives a matrix job the outputs of the first leg that ends (nektos/act issue 981): the legs
// share one outputs map and the first leg replaces every expression in it by its value, empty
// ones included. GitHub evaluates the expressions for every leg and writes only non-empty values
// (a later leg's replacing an earlier one's), which build-multiplatform.yml relies on to hand each
// platform's digest on. This rewrites act's interpolateOutputs (pkg/runner/run_context.go) in a
// copy of act's module source to do as GitHub does; install.ts builds that copy for rehearsals
// that need it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MATRIX_OUTPUTS_SUFFIX = 'matrix-outputs';

const FILE = join('pkg', 'runner', 'run_context.go');
const START = 'func (rc *RunContext) interpolateOutputs() common.Executor {';
const NEXT = '\nfunc (rc *RunContext) startContainer()';

/** The replacement: every leg evaluates the kept expressions; an empty value overwrites nothing. */
const GITHUB_SEMANTICS = `// jobOutputExpressions keeps each job's output expressions, so every matrix leg evaluates them
// (the legs share the job's Outputs map, which holds values once the first leg has ended).
var (
	jobOutputExpressions   = map[*model.Job]map[string]string{}
	jobOutputExpressionsMu sync.Mutex
)

// interpolateOutputs sets the job's outputs as GitHub does for a matrix: every leg evaluates the
// expressions; a non-empty value replaces the earlier one, an empty value does not.
func (rc *RunContext) interpolateOutputs() common.Executor {
	return func(ctx context.Context) error {
		ee := rc.NewExpressionEvaluator(ctx)
		job := rc.Run.Job()
		jobOutputExpressionsMu.Lock()
		defer jobOutputExpressionsMu.Unlock()
		expressions, ok := jobOutputExpressions[job]
		if !ok {
			expressions = map[string]string{}
			for k, v := range job.Outputs {
				expressions[k] = v
			}
			jobOutputExpressions[job] = expressions
		}
		for k, v := range expressions {
			interpolated := ee.Interpolate(ctx, v)
			if interpolated != "" || job.Outputs[k] == v {
				job.Outputs[k] = interpolated
			}
		}
		return nil
	}
}
`;

/** Rewrites interpolateOutputs in act's source at `dir`; throws when the source is not as expected. */
export function patchMatrixOutputs(dir: string): void {
  const path = join(dir, FILE);
  const source = readFileSync(path, 'utf8');
  const start = source.indexOf(START);
  const end = source.indexOf(NEXT, start);
  if (start < 0 || end < 0 || !source.includes('\n\t"strings"\n')) {
    throw new Error(`${FILE} of act has no interpolateOutputs to rewrite (another act version?)`);
  }
  let patched = `${source.slice(0, start)}${GITHUB_SEMANTICS}${source.slice(end)}`;
  if (!patched.includes('\n\t"sync"\n'))
    patched = patched.replace('\n\t"strings"\n', '\n\t"strings"\n\t"sync"\n');
  writeFileSync(path, patched);
}
