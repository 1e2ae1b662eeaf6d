import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { checkActionDocs, renderReadme } from '../../scripts/docs/action-docs.js';

const meta = {
  inputs: {
    images: { description: 'Image names,\none per line', required: true },
    token: { description: 'A | token', default: '${{ github.token }}' },
  },
  outputs: { digest: { description: 'The digest' } },
};
const README = `# x

<!-- action-docs:inputs -->
old
<!-- action-docs:end -->

text kept

<!-- action-docs:outputs -->
<!-- action-docs:end -->
`;

describe('action docs tables', () => {
  it('renders inputs and outputs between markers and keeps the rest', () => {
    expect(renderReadme(README, meta)).toBe(`# x

<!-- action-docs:inputs -->
| input | required | default | description |
|---|---|---|---|
| \`images\` | yes |  | Image names, one per line |
| \`token\` | no | \`\${{ github.token }}\` | A \\| token |
<!-- action-docs:end -->

text kept

<!-- action-docs:outputs -->
| output | description |
|---|---|
| \`digest\` | The digest |
<!-- action-docs:end -->
`);
  });

  it('is stale once a description changes', () => {
    const fresh = renderReadme(README, meta);
    const changed = { ...meta, outputs: { digest: { description: 'The image digest' } } };
    expect(renderReadme(fresh, changed)).not.toBe(fresh);
    expect(renderReadme(fresh, meta)).toBe(fresh);
  });

  const statuses = checkActionDocs(resolve(import.meta.dirname, '..', '..'));
  // (guarded: jest refuses an empty table; action-metadata.test.ts fails when actions are missing)
  if (statuses.length)
    it.each(statuses.map((s) => [s.readme, s] as [string, (typeof statuses)[number]]))(
      '%s has current tables (run `npm run docs`)',
      (_readme, status) => {
        expect(status.hasTables).toBe(true);
        expect(status.fresh).toBe(true);
      },
    );
});
