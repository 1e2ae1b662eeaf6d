// prune-images' plan, a pure function: which tags go, which stay and why, which manifests are
// deleted (never one a kept tag reaches), in which order, and the bytes freed.
import { describe, expect, it } from '@jest/globals';
import { planPrune } from '../../actions/prune-images/plan.js';
import {
  digestOf,
  inventoryOf,
  manifestsOf,
  NOW,
  rulesOf,
  topDigest,
  type ImageSpec,
} from '../../testkit/prune-plan.js';

const multi = (name: string, tags: string[], extra: Partial<ImageSpec> = {}): ImageSpec => ({
  name,
  tags,
  platforms: ['linux/amd64', 'linux/arm64'],
  attest: true,
  ...extra,
});

type Case = [
  name: string,
  images: ImageSpec[],
  rules: Parameters<typeof rulesOf>[0],
  deletedTags: string[],
  keptTags: string[],
];

const CASES: Case[] = [
  ['no rule selects: nothing goes', [{ name: 'a', tags: ['v1', 'sha-1'] }], {}, [], ['sha-1', 'v1']],
  [
    'a pattern selects',
    [
      { name: 'a', tags: ['sha-1'] },
      { name: 'b', tags: ['v1'] },
    ],
    { delete: ['sha-*'] },
    ['sha-1'],
    ['v1'],
  ],
  [
    'keep wins over delete',
    [
      { name: 'a', tags: ['sha-1'] },
      { name: 'b', tags: ['sha-keep'] },
    ],
    { delete: ['sha-*'], keep: ['*-keep'] },
    ['sha-1'],
    ['sha-keep'],
  ],
  [
    '? matches one character',
    [
      { name: 'a', tags: ['v1.2'] },
      { name: 'b', tags: ['v1.20'] },
    ],
    { delete: ['v1.?'] },
    ['v1.2'],
    ['v1.20'],
  ],
  [
    'keep-n-tagged keeps the newest N of the selected',
    [
      { name: 'a', tags: ['sha-a'], ageDays: 1 },
      { name: 'b', tags: ['sha-b'], ageDays: 2 },
      { name: 'c', tags: ['sha-c'], ageDays: 3 },
      { name: 'v', tags: ['v1'], ageDays: 0 },
    ],
    { delete: ['sha-*'], keepN: 2 },
    ['sha-c'],
    ['sha-a', 'sha-b', 'v1'],
  ],
  [
    'older-than keeps the young and the undated',
    [
      { name: 'a', tags: ['sha-a'], ageDays: 40 },
      { name: 'b', tags: ['sha-b'], ageDays: 10 },
      { name: 'c', tags: ['sha-c'] },
    ],
    { delete: ['sha-*'], olderThanDays: 30 },
    ['sha-a'],
    ['sha-b', 'sha-c'],
  ],
  [
    'closed PRs go whatever their age; open ones and non-PR numbers stay',
    [
      { name: 'a', tags: ['pr-1'], ageDays: 0 },
      { name: 'b', tags: ['pr-2'], ageDays: 0 },
      { name: 'c', tags: ['pr-03'] },
    ],
    { closedPrs: [1, 3], olderThanDays: 30 },
    ['pr-1'],
    ['pr-03', 'pr-2'],
  ],
  [
    'a selected tag sharing its digest with a kept tag stays',
    [{ name: 'a', tags: ['sha-1', 'v1'] }],
    { delete: ['sha-*'] },
    [],
    ['sha-1', 'v1'],
  ],
  [
    'a tag on a platform manifest of a kept index stays',
    [multi('a', ['v1'])],
    { delete: ['stray'] },
    [],
    ['stray', 'v1'],
  ],
];

/** The `stray` tag of one case points at a platform manifest of image `a`. */
function withStray(images: ImageSpec[], rules: Case[2]) {
  const inv = inventoryOf(images);
  if (rules.delete?.includes('stray'))
    inv.tags.push({ tag: 'stray', digest: manifestsOf(images[0])[1].digest });
  return inv;
}

describe('planPrune: which tags go', () => {
  it.each(CASES)('%s', (_name, images, rules, deletedTags, keptTags) => {
    const plan = planPrune(withStray(images, rules), rulesOf(rules), NOW);
    const by = (action: string) =>
      plan.tags
        .filter((t) => t.action === action)
        .map((t) => t.tag)
        .sort();
    expect(by('delete')).toEqual(deletedTags);
    expect(by('keep')).toEqual(keptTags);
    const doomed = new Set(plan.deletions.map((d) => d.digest));
    for (const t of plan.tags) expect(doomed.has(t.digest)).toBe(t.action === 'delete');
  });
});

describe('planPrune: which manifests go', () => {
  it('a deleted index takes its platform manifests and attestations', () => {
    const plan = planPrune(inventoryOf([multi('old', ['sha-1'])]), rulesOf({ delete: ['sha-*'] }), NOW);
    expect(plan.deletions.map((d) => d.digest).sort()).toEqual(
      manifestsOf(multi('old', []))
        .map((m) => m.digest)
        .sort(),
    );
  });

  it('a platform manifest a kept index lists too stays (a rebuild with the same content)', () => {
    const inv = inventoryOf([multi('old', ['sha-1']), multi('new', ['v1'])]);
    const shared = manifestsOf(multi('old', []))[1].digest;
    inv.manifests.get(topDigest('new'))!.children.push(shared);
    const deleted = planPrune(inv, rulesOf({ delete: ['sha-*'] }), NOW).deletions.map((d) => d.digest);
    expect(deleted).toContain(topDigest('old'));
    expect(deleted).not.toContain(shared);
    expect(deleted).toHaveLength(3); // the index, arm64 and its attestation; amd64's attestation is about kept amd64
  });

  it('deletes what an index holds before the index, attestations before their image', () => {
    const plan = planPrune(inventoryOf([multi('a', ['sha-1'])]), rulesOf({ delete: ['sha-*'] }), NOW);
    const order = plan.deletions.map((d) => d.digest);
    const [index, amd64, arm64, att1, att2] = manifestsOf(multi('a', [])).map((m) => m.digest);
    expect(order.at(-1)).toBe(index);
    expect(order.indexOf(att1)).toBeLessThan(order.indexOf(amd64));
    expect(order.indexOf(att2)).toBeLessThan(order.indexOf(arm64));
    expect(plan.deletions.at(-1)).toMatchObject({
      tags: ['sha-1'],
      kind: 'index',
      reason: 'delete-tags sha-*',
    });
    expect(plan.deletions[0]).toMatchObject({ tags: [], reason: 'part of a deleted image' });
  });

  it('a referrer (OCI subject) of a kept image is never deleted, even when a rule selects its tag', () => {
    const images = [
      { name: 'app', tags: ['v1'] },
      { name: 'sig', tags: ['sha-sig'], subjectOf: 'app' },
    ];
    const plan = planPrune(inventoryOf(images), rulesOf({ delete: ['sha-*'] }), NOW);
    expect(plan.deletions).toEqual([]);
    expect(plan.tags.find((t) => t.tag === 'sha-sig')?.reason).toMatch(/^part of a kept image/);
  });

  it('a referrer of a deleted image goes with it', () => {
    const images = [
      { name: 'app', tags: ['sha-1'] },
      { name: 'sig', subjectOf: 'app' },
    ];
    const plan = planPrune(inventoryOf(images, { listUntagged: true }), rulesOf({ delete: ['sha-*'] }), NOW);
    expect(plan.deletions.map((d) => d.digest)).toEqual([topDigest('sig'), topDigest('app')]);
  });
});

describe('planPrune: untagged (as ghcr.io lists them)', () => {
  const orphan: ImageSpec = { name: 'orphan', platforms: ['linux/amd64'], ageDays: 40 };
  const young: ImageSpec = { name: 'young', platforms: ['linux/amd64'], ageDays: 1 };
  const kept = multi('kept', ['v1'], { ageDays: 90 });

  it.each([
    ['off: nothing untagged goes', { untagged: false }, []],
    [
      'on: orphans go, a kept index keeps its untagged platform manifests',
      { untagged: true },
      ['orphan', 'young'],
    ],
    [
      'with older-than: the young orphan and what it holds stay',
      { untagged: true, olderThanDays: 30 },
      ['orphan'],
    ],
  ])('%s', (_name, rules, gone) => {
    const plan = planPrune(inventoryOf([orphan, young, kept], { listUntagged: true }), rulesOf(rules), NOW);
    const expected = gone.flatMap((n) => manifestsOf(n === 'orphan' ? orphan : young).map((m) => m.digest));
    expect(plan.deletions.map((d) => d.digest).sort()).toEqual(expected.sort());
    for (const m of manifestsOf(kept)) expect(plan.deletions.map((d) => d.digest)).not.toContain(m.digest);
    if (gone.length)
      expect(plan.deletions.find((d) => d.digest === topDigest('orphan'))?.reason).toBe('untagged');
  });
});

describe('planPrune: freed bytes', () => {
  it.each([
    ['own layers of a deleted image', [{ name: 'a', tags: ['sha-1'], size: 700 }], 700],
    ['attestation payloads count too', [multi('a', ['sha-1'], { size: 1000 })], 2 * 1000 + 2 * 100],
    [
      'a layer shared with a kept image does not',
      [
        { name: 'a', tags: ['sha-1'], size: 700, sharedLayers: ['base'] },
        { name: 'b', tags: ['v1'], sharedLayers: ['base'] },
      ],
      700,
    ],
    [
      'a layer shared only by deleted images counts once',
      [
        { name: 'a', tags: ['sha-1'], size: 700, sharedLayers: ['base'] },
        { name: 'b', tags: ['sha-2'], size: 300, sharedLayers: ['base'] },
      ],
      700 + 300 + 500,
    ],
  ])('%s', (_name, images, bytes) => {
    expect(planPrune(inventoryOf(images), rulesOf({ delete: ['sha-*'] }), NOW).freedBytes).toBe(bytes);
  });
});

it('the same inventory and rules give the same plan (dry-run reports what a run does)', () => {
  const inv = inventoryOf([multi('a', ['sha-1', 'pr-4']), { name: 'b', tags: ['v1'] }]);
  const rules = rulesOf({ delete: ['sha-*'], closedPrs: [4] });
  expect(planPrune(inv, rules, NOW)).toEqual(planPrune(inv, rules, NOW));
  expect(digestOf('x')).toMatch(/^sha256:[a-f0-9]{64}$/);
});
