// The `digests` input of merge-manifests, in all its forms: whatever list of digests and
// name@digest references a matrix hands on (lines, commas, a JSON array, a JSON object keyed by
// platform or output name) parses back to exactly those entries; hostile text only ever fails
// with an InputError naming `digests`; every entry that comes out is a well-formed sha256 digest.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseDigests, repositoryKey, type DigestEntry } from '../../../actions/merge-manifests/digests.js';
import { InputError } from '../../../packages/action-io/index.js';
import { isValidDigest, parseImageName } from '../../../packages/image-ref/index.js';
import { digest, hostileText, imageName, params, spliced } from '../../../testkit/arbitraries.js';

const sha256 = digest.filter((d) => d.startsWith('sha256:'));
/** One item as a build leg outputs it: a bare digest or name@digest. */
const validName = imageName.filter((n) => {
  try {
    return parseImageName(n).name !== '';
  } catch {
    return false;
  }
});
const item = fc.tuple(fc.option(validName, { nil: undefined }), sha256).map(([name, d]) => ({
  text: name === undefined ? d : `${name}@${d}`,
  entry: {
    digest: d,
    ...(name === undefined ? {} : { image: repositoryKey(parseImageName(name)) }),
  } as DigestEntry,
}));
const items = fc.uniqueArray(item, {
  minLength: 1,
  maxLength: 6,
  selector: (i) => `${i.entry.image} ${i.entry.digest}`,
});
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/s390x', 'windows/amd64', 'linux/386'];

const failsNamingDigests = (text: string) => {
  try {
    parseDigests(text);
    return true;
  } catch (error) {
    return error instanceof InputError && error.input === 'digests';
  }
};

describe('parseDigests (property)', () => {
  it.each([
    { form: 'lines', format: (t: string[]) => t.join('\n') },
    { form: 'comma-separated', format: (t: string[]) => t.join(', ') },
    { form: 'a JSON array', format: (t: string[]) => JSON.stringify(t) },
    {
      form: 'a JSON object keyed by output name',
      format: (t: string[]) => JSON.stringify(Object.fromEntries(t.map((x, i) => [`leg-${i}`, x]))),
    },
  ])('round-trips $form', ({ format }) => {
    fc.assert(
      fc.property(items, (list) => {
        expect(parseDigests(format(list.map((i) => i.text)))).toEqual(list.map((i) => i.entry));
      }),
      params,
    );
  });

  it('round-trips a JSON object keyed by platform, each entry carrying its platform', () => {
    fc.assert(
      fc.property(
        items.filter((l) => l.length <= PLATFORMS.length),
        (list) => {
          const json = JSON.stringify(Object.fromEntries(list.map((x, i) => [PLATFORMS[i], x.text])));
          expect(parseDigests(json)).toEqual(list.map((x, i) => ({ ...x.entry, platform: PLATFORMS[i] })));
        },
      ),
      params,
    );
  });

  it('hostile or spliced text fails only with an InputError naming digests, and what passes is valid', () => {
    const text = fc.oneof(hostileText, spliced(items.map((l) => l.map((i) => i.text).join('\n'))));
    fc.assert(
      fc.property(text, (t) => {
        expect(failsNamingDigests(t)).toBe(true);
        let parsed: DigestEntry[] = [];
        try {
          parsed = parseDigests(t);
        } catch {
          return;
        }
        for (const e of parsed) expect(isValidDigest(e.digest) && e.digest.startsWith('sha256:')).toBe(true);
      }),
      params,
    );
  });
});
