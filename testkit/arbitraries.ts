// Shared fast-check generators for the property suites: grammar-valid pieces (so properties reach
// deep into the parsers) mixed with hostile text (so they also probe the error paths).
import fc from 'fast-check';

/** One seed for every property suite: failures replay exactly (fast-check prints the path). */
export const SEED = 20261123;
/** Runs per property: enough to find edge cases, few enough to keep the suite well under 10 s. */
export const RUNS = 150;
export const params = { seed: SEED, numRuns: RUNS } as const;

/** Text an attacker chooses: shell and workflow-command metacharacters, line breaks, unicode. */
export const HOSTILE_FRAGMENTS = [
  '$(touch /tmp/canary)',
  '`id`',
  ';',
  '&&',
  '|',
  '\n',
  '\r\n',
  '\r',
  '%0A',
  '%25',
  '::set-output name=x::y',
  '::add-mask::m',
  '::stop-commands::x',
  '::error::e',
  '##[error]',
  '{{branch}}',
  '{{ tag }}',
  '{{date "YYYY"}}',
  '<!-- docker-pipeline-actions:images:start -->',
  '<!-- docker-pipeline-actions:images:end -->',
  '"',
  "'",
  '\\',
  '/',
  ':',
  '@',
  '=',
  ',',
  '#',
  ' ',
  '\t',
  '\u0000',
  'é',
  '🐳',
  '\u200b',
];

export const hostileText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...HOSTILE_FRAGMENTS, 'a', 'Z', '1', '.', '-', '_'), { maxLength: 12 })
      .map((p) => p.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const lowerAlnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
const word = (chars: fc.Arbitrary<string>, max = 8) =>
  fc.array(chars, { minLength: 1, maxLength: max }).map((c) => c.join(''));

/** A path component: [a-z0-9]+ joined by '.', '_', '__' or '-' runs. */
export const pathComponent = fc
  .tuple(
    word(lowerAlnum),
    fc.array(fc.tuple(fc.constantFrom('.', '_', '__', '-', '--'), word(lowerAlnum)), { maxLength: 2 }),
  )
  .map(([head, rest]) => head + rest.map(([sep, w]) => sep + w).join(''));

/** A registry host: dotted, with a port, localhost, or an IPv6 literal. */
export const registryHost = fc.oneof(
  fc.tuple(word(alnum), fc.constantFrom('.io', '.com', '.example.org')).map(([a, b]) => a + b),
  fc.tuple(word(lowerAlnum), fc.integer({ min: 1, max: 65535 })).map(([h, p]) => `${h}.local:${p}`),
  fc.constant('localhost:5000'),
  fc.constant('127.0.0.1:5001'),
  fc.constant('[::1]:5000'),
  fc.constant('docker.io'),
);

export const imageName = fc
  .tuple(fc.option(registryHost, { nil: undefined }), fc.array(pathComponent, { minLength: 1, maxLength: 3 }))
  .map(([host, path]) => (host ? `${host}/${path.join('/')}` : path.join('/')));

export const validTag = fc
  .tuple(
    fc.constantFrom(...'abcXYZ019_'.split('')),
    fc.array(fc.constantFrom(...'abcXYZ019_.-'.split('')), { maxLength: 20 }),
  )
  .map(([h, t]) => h + t.join(''));

export const digest = fc
  .array(fc.constantFrom(...'0123456789abcdef'.split('')), { minLength: 64, maxLength: 64 })
  .map((h) => `sha256:${h.join('')}`);

export const reference = fc
  .tuple(imageName, fc.option(validTag, { nil: undefined }), fc.option(digest, { nil: undefined }))
  .map(([n, t, d]) => `${n}${t ? `:${t}` : ''}${d ? `@${d}` : ''}`);

/** A grammar-valid string with a hostile fragment spliced in somewhere. */
export function spliced(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(valid, hostileText, fc.nat())
    .map(([v, h, at]) => v.slice(0, at % (v.length + 1)) + h + v.slice(at % (v.length + 1)));
}
