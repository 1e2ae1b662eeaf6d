import { describe, expect, it } from '@jest/globals';
import {
  computeImageMetadata,
  decideAutoLatest,
  higherStableTag,
  parseVersion,
  type GitContext,
  type TagRulesInput,
} from '../../packages/image-tags/index.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const CREATED = new Date('2026-01-02T03:04:05Z');
const base: GitContext = {
  eventName: 'push',
  sha: SHA,
  ref: 'refs/heads/main',
  refType: 'branch',
  branch: 'main',
  defaultBranch: 'main',
  repository: 'Org/Repo',
  serverUrl: 'https://github.com',
};
const branch = (name: string): Partial<GitContext> => ({
  ref: `refs/heads/${name}`,
  refType: 'branch',
  branch: name,
});
const tag = (name: string): Partial<GitContext> => ({
  ref: `refs/tags/${name}`,
  refType: 'tag',
  tag: name,
  branch: undefined,
});
const pr = (n: number): Partial<GitContext> => ({
  eventName: 'pull_request',
  ref: `refs/pull/${n}/merge`,
  refType: 'pr',
  prNumber: n,
  branch: undefined,
  baseRef: 'main',
});

function compute(ctx: Partial<GitContext>, input: Partial<TagRulesInput> = {}, known?: string[]) {
  return computeImageMetadata(
    {
      images: ['ghcr.io/Org/Repo/api'],
      tagRules: '',
      flavor: '',
      shaLength: 7,
      labels: [],
      annotations: [],
      created: CREATED,
      ...input,
    },
    { ...base, ...ctx },
    known,
  );
}

describe('default rules, every kind of ref', () => {
  it.each([
    ['default branch', branch('main'), [], ['main', 'sha-0123456'], 'main', false],
    [
      'feature branch (sanitised)',
      branch('feature/Login_v2'),
      [],
      ['feature-Login_v2', 'sha-0123456'],
      'feature-Login_v2',
      false,
    ],
    ['stable tag', tag('v1.2.3'), [], ['1.2.3', '1.2', 'sha-0123456', 'latest'], '1.2.3', true],
    ['stable tag without v', tag('4.5.6'), [], ['4.5.6', '4.5', 'sha-0123456', 'latest'], '4.5.6', true],
    ['pre-release tag', tag('v2.0.0-rc.1'), [], ['2.0.0-rc.1', 'sha-0123456'], '2.0.0-rc.1', false],
    ['0.x tag', tag('v0.3.1'), [], ['0.3.1', '0.3', 'sha-0123456', 'latest'], '0.3.1', true],
    ['non-semver tag', tag('nightly-5'), [], ['sha-0123456'], 'sha-0123456', false],
    ['pull request', pr(12), [], ['pr-12', 'sha-0123456'], 'pr-12', false],
    [
      'patching an old line',
      tag('v1.2.4'),
      ['v1.2.3', 'v2.0.0', 'v1.2.4'],
      ['1.2.4', '1.2', 'sha-0123456'],
      '1.2.4',
      false,
    ],
    [
      'a newer release',
      tag('v2.1.0'),
      ['v1.2.3', 'v2.0.0', 'v2.1.0'],
      ['2.1.0', '2.1', 'sha-0123456', 'latest'],
      '2.1.0',
      true,
    ],
    [
      'only a higher pre-release exists',
      tag('v2.0.0'),
      ['v2.0.0', 'v3.0.0-rc.1', 'junk'],
      ['2.0.0', '2.0', 'sha-0123456', 'latest'],
      '2.0.0',
      true,
    ],
  ])('%s', (_name, ctx, known, tagNames, version, latest) => {
    const meta = compute(ctx, {}, known.length ? known : undefined);
    expect(meta.tagNames).toEqual(tagNames);
    expect(meta.tags).toEqual(tagNames.map((t) => `ghcr.io/org/repo/api:${t}`));
    expect(meta.version).toBe(version);
    expect(meta.latest).toBe(latest);
    expect(meta.shaTags).toEqual(['ghcr.io/org/repo/api:sha-0123456']);
  });

  it('gives latest without knowing the tags, and says so', () => {
    const meta = compute(tag('v1.2.4'));
    expect(meta.latest).toBe(true);
    expect(meta.latestUnchecked).toBe('v1.2.4');
    expect(meta.notices.join()).toMatch(/without checking for a higher version tag/);
  });

  it('withholds latest with a notice naming the higher tag', () => {
    const meta = compute(tag('v1.2.4'), {}, ['v2.0.0']);
    expect(meta.latestUnchecked).toBeUndefined();
    expect(meta.notices).toEqual(['not tagged latest: v2.0.0 is higher than 1.2.4']);
  });
});

describe('rule types and options', () => {
  it.each([
    ['sha long', branch('main'), 'type=sha,format=long', '', ['sha-' + SHA]],
    ['sha prefix', branch('main'), 'type=sha,prefix=commit-', '', ['commit-0123456']],
    ['sha without prefix', branch('main'), 'type=sha,prefix=', '', ['0123456']],
    ['sha length 12', branch('main'), 'type=sha', '', ['sha-0123456789ab'], 12],
    ['sha length 40', branch('main'), 'type=sha', '', ['sha-' + SHA], 40],
    ['sha length 4', branch('main'), 'type=sha', '', ['sha-0123'], 4],
    ['ref branch on a tag', tag('v1.0.0'), 'type=ref,event=branch', '', []],
    ['ref tag', tag('v1.0.0'), 'type=ref,event=tag', '', ['v1.0.0', 'latest']],
    ['ref tag, pre-release: no latest', tag('v1.0.0-beta'), 'type=ref,event=tag', '', ['v1.0.0-beta']],
    ['ref tag, not semver: no latest', tag('build-7'), 'type=ref,event=tag', '', ['build-7']],
    ['ref pr custom prefix', pr(3), 'type=ref,event=pr,prefix=pull-', '', ['pull-3']],
    ['ref pr on a branch', branch('main'), 'type=ref,event=pr', '', []],
    ['semver major', tag('v1.2.3'), 'type=semver,pattern={{major}}', '', ['1', 'latest']],
    ['semver major on 0.x: nothing', tag('v0.2.3'), 'type=semver,pattern={{major}}', '', []],
    ['semver v-major on 0.x: nothing', tag('v0.2.3'), 'type=semver,pattern=v{{major}}', '', []],
    [
      'semver major.minor on 0.x',
      tag('v0.2.3'),
      'type=semver,pattern={{major}}.{{minor}}',
      '',
      ['0.2', 'latest'],
    ],
    ['semver patch', tag('v1.2.3'), 'type=semver,pattern=p{{patch}}', '', ['p3', 'latest']],
    ['semver raw', tag('v1.2.3'), 'type=semver,pattern={{raw}}', '', ['v1.2.3', 'latest']],
    ['semver pre-release raw', tag('v1.2.3-rc.1'), 'type=semver,pattern={{raw}}', '', ['v1.2.3-rc.1']],
    [
      'semver pre-release major: version only',
      tag('v1.2.3-rc.1'),
      'type=semver,pattern={{major}}',
      '',
      ['1.2.3-rc.1'],
    ],
    [
      'semver pre-release, all patterns collapse',
      tag('v1.2.3-rc.1'),
      'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{major}}',
      '',
      ['1.2.3-rc.1'],
    ],
    [
      'semver value on a branch',
      branch('main'),
      'type=semver,pattern={{version}},value=v3.1.4',
      '',
      ['3.1.4', 'latest'],
    ],
    ['semver on a branch: nothing', branch('main'), 'type=semver,pattern={{version}}', '', []],
    [
      'semver build metadata',
      tag('v1.2.3+build.5'),
      'type=semver,pattern={{version}}',
      '',
      ['1.2.3', 'latest'],
    ],
    ['raw', branch('main'), 'type=raw,value=stable', '', ['stable']],
    ['bare word is raw', branch('main'), 'edge', '', ['edge']],
    ['raw with placeholders', branch('dev'), 'type=raw,value={{branch}}-{{sha}}', '', ['dev-0123456']],
    ['raw date', branch('dev'), "type=raw,value=nightly-{{date 'YYYYMMDD'}}", '', ['nightly-20260102']],
    ['raw {{tag}} on a branch is empty: skipped', branch('dev'), 'type=raw,value={{tag}}', '', []],
    ['enable false', branch('main'), 'type=sha,enable=false\ntype=raw,value=x', '', ['x']],
    [
      'enable default branch (yes)',
      branch('main'),
      'type=raw,value=edge,enable={{is_default_branch}}',
      '',
      ['edge'],
    ],
    ['enable default branch (no)', branch('dev'), 'type=raw,value=edge,enable={{is_default_branch}}', '', []],
    [
      'enable not default branch',
      branch('dev'),
      'type=raw,value=dev,enable={{is_not_default_branch}}',
      '',
      ['dev'],
    ],
    ['enable default branch on a PR', pr(1), 'type=raw,value=edge,enable={{is_default_branch}}', '', []],
    [
      'priority reorders',
      branch('main'),
      'type=sha\ntype=raw,value=first,priority=2000',
      '',
      ['first', 'sha-0123456'],
    ],
    [
      'duplicates collapse',
      branch('main'),
      'type=raw,value=a\ntype=raw,value=a\ntype=raw,value=b',
      '',
      ['a', 'b'],
    ],
    [
      'flavor suffix (matrix variant)',
      tag('v1.2.3'),
      '',
      'suffix=-large-v3-zh',
      ['1.2.3-large-v3-zh', '1.2-large-v3-zh', 'sha-0123456-large-v3-zh', 'latest'],
    ],
    [
      'flavor suffix on latest',
      tag('v1.2.3'),
      'type=semver,pattern={{version}}',
      'suffix=-gpu,onlatest=true',
      ['1.2.3-gpu', 'latest-gpu'],
    ],
    ['flavor prefix: sha keeps its own', branch('main'), '', 'prefix=app-', ['app-main', 'sha-0123456']],
    [
      'flavor prefix on latest',
      tag('v1.2.3'),
      'type=semver,pattern={{version}}',
      'prefix=app-,onlatest=true',
      ['app-1.2.3', 'app-latest'],
    ],
    [
      'rule suffix replaces flavor suffix',
      branch('main'),
      'type=ref,event=branch,suffix=',
      'suffix=-x',
      ['main'],
    ],
    ['flavor latest=true on a branch', branch('dev'), '', 'latest=true', ['dev', 'sha-0123456', 'latest']],
    ['flavor latest=false on a tag', tag('v1.2.3'), '', 'latest=false', ['1.2.3', '1.2', 'sha-0123456']],
    ['flavor latest=auto on a branch', branch('main'), '', 'latest=auto', ['main', 'sha-0123456']],
    [
      'raw latest value is not duplicated',
      tag('v1.2.3'),
      'type=semver,pattern={{version}}\ntype=raw,value=latest',
      '',
      ['1.2.3', 'latest'],
    ],
    [
      'sanitising: a run of invalid characters is one dash',
      branch('feat/ü+x'),
      'type=ref,event=branch',
      '',
      ['feat-x'],
    ],
    [
      'sanitising a dependabot branch',
      branch('dependabot/npm_and_yarn/@types/node-20.11.5'),
      'type=ref,event=branch',
      '',
      ['dependabot-npm_and_yarn-types-node-20.11.5'],
    ],
    ['sanitising spaces and #', branch('fix/#123 crash'), 'type=ref,event=branch', '', ['fix-123-crash']],
    ['sanitising drops leading dots and dashes', branch('--.x'), 'type=ref,event=branch', '', ['x']],
    ['sanitising cuts at 128', branch('b'.repeat(200)), 'type=ref,event=branch', '', ['b'.repeat(128)]],
    ['nothing left after sanitising: skipped', branch('---'), 'type=ref,event=branch', '', []],
  ])('%s', (_name, ctx, tagRules, flavor, tagNames, shaLength = 7) => {
    expect(compute(ctx, { tagRules, flavor, shaLength }, []).tagNames).toEqual(tagNames);
  });

  it('latest follows the first tag: a raw rule above semver takes it away', () => {
    const meta = compute(
      tag('v1.2.3'),
      { tagRules: 'type=semver,pattern={{version}}\ntype=raw,value=x,priority=1000' },
      [],
    );
    expect(meta.tagNames).toEqual(['x', '1.2.3']);
    expect(meta.latest).toBe(false);
  });

  it('no rule produced a tag: empty outputs and a warning', () => {
    const meta = compute(branch('main'), { tagRules: 'type=sha,enable=false' });
    expect(meta).toMatchObject({ tags: [], tagNames: [], version: '', shaTags: [], latest: false });
    expect(meta.warnings.join()).toMatch(/no tag rule produced a tag/);
  });

  it('warns once about a non-semver tag', () => {
    expect(compute(tag('release-x')).warnings).toEqual([
      '"release-x" is not a semver version (https://semver.org): type=semver rules yield no tag',
    ]);
  });

  it('sha-tags follow the first sha rule, per image', () => {
    const meta = compute(branch('main'), {
      images: ['ghcr.io/o/a', 'docker.io/o/b', 'ghcr.io/O/A'],
      tagRules: 'type=sha,format=long,priority=50\ntype=sha,prefix=git-',
      flavor: 'suffix=-cpu',
    });
    expect(meta.images).toEqual(['ghcr.io/o/a', 'docker.io/o/b']);
    expect(meta.shaTags).toEqual(['ghcr.io/o/a:git-0123456-cpu', 'docker.io/o/b:git-0123456-cpu']);
    expect(meta.tags).toHaveLength(4);
  });

  it('sha-tags is empty when no sha rule is enabled', () => {
    expect(compute(branch('main'), { tagRules: 'type=ref,event=branch' }).shaTags).toEqual([]);
  });

  it('no sha: sha rules yield nothing', () => {
    expect(compute({ ...branch('main'), sha: '' }).tagNames).toEqual(['main']);
  });
});

describe('labels and annotations', () => {
  const oci = (extra: Record<string, string> = {}) => ({
    'org.opencontainers.image.created': '2026-01-02T03:04:05.000Z',
    'org.opencontainers.image.revision': SHA,
    'org.opencontainers.image.source': 'https://github.com/Org/Repo',
    'org.opencontainers.image.title': 'Repo',
    'org.opencontainers.image.url': 'https://github.com/Org/Repo',
    'org.opencontainers.image.version': '1.2.3',
    ...extra,
  });

  it('computes the OCI labels, sorted by key', () => {
    const meta = compute(tag('v1.2.3'));
    expect(meta.json.labels).toEqual(oci());
    expect(meta.labels).toEqual(Object.entries(oci()).map(([k, v]) => `${k}=${v}`));
    expect(meta.annotations).toEqual(meta.labels);
  });

  it('adds description and licenses when the repository data is known', () => {
    const meta = compute({ ...tag('v1.2.3'), repoDescription: 'An API', repoLicense: 'MIT' });
    expect(meta.json.labels).toEqual(
      oci({ 'org.opencontainers.image.description': 'An API', 'org.opencontainers.image.licenses': 'MIT' }),
    );
    expect(meta.labels[1]).toBe('org.opencontainers.image.description=An API');
  });

  it('extra entries override computed ones and are merged in order', () => {
    const meta = compute(tag('v1.2.3'), {
      labels: [
        'org.opencontainers.image.title=API',
        'com.example.team=audio',
        'org.opencontainers.image.created=',
      ],
      annotations: [
        'manifest:org.opencontainers.image.version=9',
        'index:org.opencontainers.image.version=8',
      ],
    });
    expect(meta.json.labels).toEqual(
      oci({
        'org.opencontainers.image.title': 'API',
        'com.example.team': 'audio',
        'org.opencontainers.image.created': '',
      }),
    );
    expect(meta.labels[0]).toBe('com.example.team=audio');
    expect(meta.json.annotations).toEqual({
      ...oci({ 'org.opencontainers.image.version': '9' }),
      'index:org.opencontainers.image.version': '8',
    });
    expect(meta.annotations[0]).toBe('index:org.opencontainers.image.version=8');
  });

  it('the version label carries the flavor', () => {
    const meta = compute(branch('main'), { flavor: 'suffix=-zh' });
    expect(meta.json.labels['org.opencontainers.image.version']).toBe('main-zh');
  });

  it('json mirrors the outputs', () => {
    const meta = compute(pr(5), {}, []);
    expect(meta.json).toEqual({
      tags: ['ghcr.io/org/repo/api:pr-5', 'ghcr.io/org/repo/api:sha-0123456'],
      'tag-names': ['pr-5', 'sha-0123456'],
      labels: Object.fromEntries(meta.labels.map((l) => l.split(/=(.*)/s).slice(0, 2))),
      annotations: meta.json.labels,
      version: 'pr-5',
      sha: SHA,
      'short-sha': '0123456',
      'sha-tags': ['ghcr.io/org/repo/api:sha-0123456'],
      latest: false,
    });
  });
});

describe('latest helpers', () => {
  const v = (text: string) => parseVersion(text)!;
  it.each([
    ['1.2.4', ['v1.2.3', 'v2.0.0', 'v10.0.0', 'v2.0.1'], 'v10.0.0'],
    ['2.0.0', ['v1.0.0', '2.0.0', 'v2.0.0'], undefined],
    ['2.0.0', ['v2.1.0-rc.1', 'foo', 'v2'], undefined],
    ['0.9.0', ['0.10.0'], '0.10.0'],
  ])('higherStableTag(%s, %j)', (version, tags, expected) => {
    expect(higherStableTag(v(version), tags)).toBe(expected);
  });

  it('decideAutoLatest', () => {
    expect(decideAutoLatest(undefined, [])).toEqual({ latest: false });
    expect(decideAutoLatest(v('1.0.0'), [])).toEqual({ latest: true });
    expect(decideAutoLatest(v('1.0.0'))).toMatchObject({ latest: true, unchecked: true });
    expect(decideAutoLatest(v('1.0.0'), ['v1.0.1'])).toMatchObject({ latest: false });
  });
});

describe('label values stay on one line', () => {
  it('folds line breaks in the repository description', () => {
    const meta = compute({
      ...branch('main'),
      repoDescription: 'First line\r\n  com.evil=1\nthird\u2028fourth ',
    });
    expect(meta.json.labels['org.opencontainers.image.description']).toBe(
      'First line com.evil=1 third fourth',
    );
    for (const line of [...meta.labels, ...meta.annotations]) expect(line).not.toMatch(/[\r\n]/);
  });
});
