// prune-images' plan for repositories of N tags (multi-platform images with attestations: five
// manifests per tag), against a baseline measured in the same run: the loop a hand-written
// clean-up script does (match each tag against the pattern and the age, collect its digest) plus
// one pass over every manifest's entries and layers, the least any plan that protects what kept
// images use must read. Runs are interleaved; medians are compared.
// The ratio to the baseline is what the protection costs (printed, no target: the plan reads the
// same data several times over, by design simple). Targets: 10,000 tags plan in under a second,
// and the plan grows linearly: its ratio to the (linear) baseline at 10x the tags is at most 2x
// the ratio at 1x (a ratio of ratios, so load on the shared machine cancels out).
import { planPrune } from '../actions/prune-images/plan.js';
import { DAY, inventoryOf, NOW, rulesOf, type ImageSpec } from '../testkit/prune-plan.js';

const SIZES = [1_000, 10_000];
const REPS = Number(process.env.BENCH_REPS ?? 15);
const TARGET_LARGE_MS = 1000;
const TARGET_GROWTH = 2;

function specs(n: number): ImageSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `img-${i}`,
    tags: [i % 10 === 0 ? `v1.${i}` : i % 3 === 0 ? `pr-${i}` : `sha-${i.toString(16).padStart(7, '0')}`],
    platforms: ['linux/amd64', 'linux/arm64'],
    attest: true,
    ageDays: i % 90,
    sharedLayers: ['base'],
  }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const rules = rulesOf({
  delete: ['sha-*'],
  keep: ['v*'],
  olderThanDays: 30,
  keepN: 10,
  closedPrs: [3, 6, 9],
});

/** What a script would do: pattern and age per tag, digests collected; no protection, no order. */
function baselineLoop(inv: ReturnType<typeof inventoryOf>): number {
  const cutoff = NOW - 30 * DAY;
  const doomed = new Set<string>();
  for (const { tag, digest } of inv.tags) {
    if (/^sha-/.test(tag) && !/^v/.test(tag) && (inv.dates.get(digest) ?? Infinity) <= cutoff)
      doomed.add(digest);
  }
  return doomed.size;
}

const medians: Record<number, { plan: number; base: number; deletions: number }> = {};
for (const n of SIZES) {
  const inv = inventoryOf(specs(n));
  const plan: number[] = [];
  const base: number[] = [];
  let deletions = 0;
  for (let rep = 0; rep < REPS; rep++) {
    base.push(time(() => baselineLoop(inv)));
    plan.push(time(() => (deletions = planPrune(inv, rules, NOW).deletions.length)));
  }
  medians[n] = { plan: median(plan), base: median(base), deletions };
  const ratio = medians[n].plan / medians[n].base;
  console.log(
    `${n} tags (${inv.manifests.size} manifests): plan ${medians[n].plan.toFixed(1)} ms ` +
      `(${deletions} deletions), baseline ${medians[n].base.toFixed(2)} ms, ratio ${ratio.toFixed(1)}x`,
  );
}
const [small, large] = SIZES;
const growth = medians[large].plan / medians[large].base / (medians[small].plan / medians[small].base);
console.log(
  `plan of ${large} tags: ${medians[large].plan.toFixed(0)} ms (target <= ${TARGET_LARGE_MS} ms): ` +
    `${medians[large].plan <= TARGET_LARGE_MS ? 'met' : 'NOT met'}`,
);
console.log(
  `linear growth: ratio at ${large} tags / ratio at ${small} tags = ${growth.toFixed(2)} ` +
    `(target <= ${TARGET_GROWTH}): ${growth <= TARGET_GROWTH ? 'met' : 'NOT met'}`,
);
