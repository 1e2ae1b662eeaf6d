// `npm run demo`: the real per-service release pipeline (examples/per-service-release) run by
// nektos/act on this machine against a local registry and GitHub API emulator (both started here,
// act installed on first use): release v1.0.0, then v1.0.1 with only the api service changed. It
// prints a line per job as it starts and ends, then the v1.0.1 release notes and a table of build
// time and cache hits per service. Exit 0 only if every job succeeded and every image and note landed.
import { CHANGED_SERVICE, DEMO_RELEASES, demoTable, rehearseDemo } from '../../testkit/act/demo.js';
import { summaryLine } from '../../testkit/act/rehearse.js';

const last = DEMO_RELEASES.at(-1)!.tag;
console.log(
  `demo: examples/per-service-release under act, released as ${DEMO_RELEASES.map((r) => r.tag).join(' and ')} (${last} changes only ${CHANGED_SERVICE})`,
);
const demo = await rehearseDemo({ log: (line) => console.log(line) });
console.log(`\n=== release notes of ${last} (GitHub API emulator)\n`);
console.log(demo.notes[last] || '(no release)');
console.log(`\n${demoTable(demo.builds).join('\n')}`);
for (const failure of demo.failures) console.error(`\n--- ${failure}`);
for (const violation of demo.violations) console.error(`GitHub API emulator: ${violation}`);
for (const problem of demo.problems) console.error(`demo: ${problem}`);
console.log(`\n${summaryLine(demo.summary)} (${demo.summary.seconds.toFixed(1)} s)`);
console.log(demo.ok ? 'demo: release rehearsal succeeded' : 'demo: release rehearsal FAILED');
process.exit(demo.ok ? 0 : 1);
