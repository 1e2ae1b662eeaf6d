// `npm run rehearse -- <example>... | all [--break <service>]`: runs examples' pipelines for real
// under nektos/act (testkit/act); --logs <dir> keeps every job's output there. Exit 0 only if every job of every example succeeded
// and every example's checks hold.
import { parseArgs } from 'node:util';
import { EXAMPLES } from '../testkit/act/examples/index.js';
import { rehearse, summaryLine } from '../testkit/act/rehearse.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { break: { type: 'string', multiple: true }, logs: { type: 'string' } },
});
const names = positionals.includes('all') ? Object.keys(EXAMPLES) : positionals;
const unknown = names.filter((n) => !EXAMPLES[n]);
if (names.length === 0 || unknown.length) {
  console.error(
    `usage: npm run rehearse -- <example>... | all   (examples: ${Object.keys(EXAMPLES).join(', ')})`,
  );
  process.exit(2);
}
let ok = true;
for (const name of names) {
  console.log(`=== rehearsal of ${name}`);
  const summary = await rehearse(EXAMPLES[name]!, {
    broken: values.break,
    logDir: values.logs && `${values.logs}/${name}`,
    log: (l) => console.log(l),
  });
  console.log(`(${summary.seconds.toFixed(1)} s)`);
  console.log(summaryLine(summary));
  ok &&= summary.failed === 0 && summary.succeeded > 0 && summary.failedChecks.length === 0;
}
process.exit(ok ? 0 : 1);
