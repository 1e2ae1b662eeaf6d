// free-disk-space: inputs, target groups and the plan (what to delete, what is refused), against
// small trees in a temp folder used as `root`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, Inputs, mapInputs } from '../../packages/action-io/index.js';
import {
  parsePaths,
  parseTargets,
  readInputs,
  type FreeDiskInputs,
} from '../../actions/free-disk-space/inputs.js';
import {
  isWithin,
  keptLocations,
  planTargets,
  spareKept,
  unsafeReason,
} from '../../actions/free-disk-space/plan.js';
import { DEFAULT_TARGETS, targetGroups } from '../../actions/free-disk-space/targets.js';

const read = (values: Record<string, string>) => readInputs({}, new Inputs(mapInputs(values)));

describe('readInputs', () => {
  it('has the documented defaults', () => {
    const inputs = read({});
    expect(inputs).toMatchObject({
      targets: DEFAULT_TARGETS,
      minFree: 0,
      mode: 'wait',
      dryRun: false,
      keep: [],
      extraPaths: [],
      allowSelfHosted: false,
      root: '/',
      postTimeoutMs: 15 * 60_000,
    });
    expect(inputs.parallelism).toBeGreaterThanOrEqual(2);
  });
  it('reads every input', () => {
    expect(
      read({
        targets: 'dotnet\nandroid, docker-images',
        'min-free': '40GB',
        mode: 'Background',
        'dry-run': 'true',
        keep: '/usr/local/lib/android/sdk/ndk/',
        'extra-paths': '/opt/foo\n/srv//bar',
        'allow-self-hosted': 'true',
        root: '/host/',
        parallelism: '3',
        'post-timeout': '90s',
      }),
    ).toEqual({
      targets: ['dotnet', 'android', 'docker-images'],
      minFree: 40e9,
      mode: 'background',
      dryRun: true,
      keep: ['/usr/local/lib/android/sdk/ndk'],
      extraPaths: ['/opt/foo', '/srv/bar'],
      allowSelfHosted: true,
      root: '/host',
      parallelism: 3,
      postTimeoutMs: 90_000,
    });
  });
  it.each([
    [
      { targets: 'android, androidx' },
      'Input "targets": unknown target "androidx" (allowed: default, none, android,',
    ],
    [{ targets: 'nope, zip' }, 'Input "targets": unknown targets "nope", "zip"'],
    [{ 'min-free': '40XB' }, 'Input "min-free": "40XB" is not a size'],
    [{ 'min-free': '-1G' }, 'Input "min-free": "-1G" is not a size'],
    [{ mode: 'fast' }, 'Input "mode": "fast" is not one of: wait, background'],
    [{ 'dry-run': 'yes' }, 'Input "dry-run": "yes" is not a boolean'],
    [{ keep: 'usr/share' }, 'Input "keep": "usr/share" is not an absolute path'],
    [{ 'extra-paths': '/opt/../usr' }, 'Input "extra-paths": "/opt/../usr" contains ".."'],
    [{ root: 'host' }, 'Input "root": "host" is not an absolute path'],
    [{ parallelism: '0' }, 'Input "parallelism": 0 is out of range'],
    [{ 'post-timeout': 'soon' }, 'Input "post-timeout": "soon"'],
  ])('%j -> InputError', (values, message) => {
    expect(() => read(values)).toThrow(InputError);
    expect(() => read(values)).toThrow(message);
  });
});

describe('parseTargets', () => {
  it.each([
    [['default'], DEFAULT_TARGETS],
    [
      ['default', 'chromium', 'android'],
      [...DEFAULT_TARGETS, 'chromium'],
    ],
    [
      ['SWAP', 'apt'],
      ['swap', 'apt'],
    ],
  ])('%j', (items, expected) => {
    expect(parseTargets(items)).toEqual(expected);
  });
});

describe('parsePaths', () => {
  it.each([
    ['/a/b/', '/a/b'],
    ['//a///b', '/a/b'],
    ['/a/./b', '/a/b'],
    ['/', '/'],
  ])('%j -> %j', (text, path) => {
    expect(parsePaths('keep', [text])).toEqual([path]);
  });
});

describe('targetGroups', () => {
  it('maps each documented group to its folders on the hosted image', () => {
    const paths = Object.fromEntries(targetGroups({}).map((g) => [g.name, g.paths]));
    expect(paths).toMatchObject({
      android: ['/usr/local/lib/android'],
      dotnet: ['/usr/share/dotnet'],
      haskell: ['/opt/ghc', '/usr/local/.ghcup'],
      codeql: ['/opt/hostedtoolcache/CodeQL'],
      'tool-cache': ['/opt/hostedtoolcache'],
      swift: ['/usr/share/swift'],
      powershell: ['/usr/local/share/powershell'],
      boost: ['/usr/local/share/boost'],
      chromium: ['/usr/local/share/chromium'],
      'azure-cli': ['/opt/az'],
      gcloud: ['/usr/lib/google-cloud-sdk'],
      miniconda: ['/usr/share/miniconda'],
      'docker-images': [],
      swap: [],
      apt: [],
    });
  });
  it('takes the tool cache from AGENT_TOOLSDIRECTORY', () => {
    const groups = targetGroups({ toolsDirectory: '/cache/tools' });
    expect(groups.find((g) => g.name === 'tool-cache')!.paths).toEqual(['/cache/tools']);
    expect(groups.find((g) => g.name === 'codeql')!.paths).toEqual(['/cache/tools/CodeQL']);
  });
});

describe('plan', () => {
  let root: string;
  const inputs = (over: Partial<FreeDiskInputs>): FreeDiskInputs => ({ ...read({}), root, ...over });
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'fds-plan-'));
    for (const dir of [
      'usr/local/lib/android/sdk/ndk/27',
      'usr/local/lib/android/sdk/cmake',
      'usr/share',
      'opt/real-dotnet',
      'home/runner/work/r/r',
      'srv/data',
    ])
      mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'usr/local/lib/android/sdk/license'), 'x');
    writeFileSync(join(root, 'usr/local/lib/android/top.txt'), 'x');
    symlinkSync(join(root, 'opt/real-dotnet'), join(root, 'usr/share/dotnet'));
    // /srv/usr-link -> /usr: a path through it reaches a protected folder.
    symlinkSync(join(root, 'usr'), join(root, 'srv/usr-link'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('resolves targets under root and says what is there', () => {
    const plan = planTargets(inputs({ targets: ['android', 'dotnet', 'swift'] }), {});
    expect(
      plan.map((t) => [t.name, t.paths.map((p) => [p.name, p.path.slice(root.length), p.state])]),
    ).toEqual([
      ['android', [['/usr/local/lib/android', '/usr/local/lib/android', 'present']]],
      // A target that is a symlink is neither followed nor removed.
      ['dotnet', [['/usr/share/dotnet', '/usr/share/dotnet', 'symlink']]],
      ['swift', [['/usr/share/swift', '/usr/share/swift', 'not present']]],
    ]);
  });

  it('marks targets inside a kept path as kept and lists kept paths inside a target', () => {
    const plan = planTargets(
      inputs({
        targets: ['android'],
        keep: ['/usr/local/lib/android/sdk/ndk/27'],
        extraPaths: ['/srv/data'],
      }),
      {},
    );
    expect(plan[0]!.paths[0]!.keep).toEqual([join(root, 'usr/local/lib/android/sdk/ndk/27')]);
    expect(plan[1]!.name).toBe('extra-paths');
    const kept = planTargets(inputs({ targets: ['android'], keep: ['/usr/local'] }), {});
    expect(kept[0]!.paths[0]!.state).toBe('kept');
  });

  it('spares kept subtrees: deletes every sibling on the way down', () => {
    const android = join(root, 'usr/local/lib/android');
    expect(spareKept(android, [])).toEqual([android]);
    expect(spareKept(android, [join(android, 'sdk/ndk/27')]).sort()).toEqual(
      [join(android, 'top.txt'), join(android, 'sdk/cmake'), join(android, 'sdk/license')].sort(),
    );
    expect(spareKept(android, [join(android, 'sdk')])).toEqual([join(android, 'top.txt')]);
  });

  it.each([
    ['/', /is the protected folder \//],
    ['/usr', /is the protected folder \/usr/],
    ['/usr/local/lib', /is the protected folder \/usr\/local\/lib/],
    ['/var', /is the protected folder \/var/],
    ['/var/lib/docker', /is the protected folder \/var\/lib\/docker/],
    ['/srv/usr-link/share', /is the protected folder \/usr\/share/],
    ['/home/runner/work', /is or contains the workspace/],
    ['/usr/local/lib/android', /is or contains the kept path/],
    ['/usr/local/lib/android/sdk/ndk/27/x', /is inside the kept path/],
  ])('refuses extra path %j', (path, why) => {
    const env = { workspace: join(root, 'home/runner/work/r/r') };
    const keep = [join(root, 'usr/local/lib/android/sdk/ndk/27')];
    const resolved = join(root, path).replace(/\/$/, '');
    const real = path.startsWith('/srv/usr-link')
      ? join(root, 'usr', path.slice('/srv/usr-link'.length))
      : resolved;
    expect(unsafeReason(real, root, keep, env)).toMatch(why);
    expect(() =>
      planTargets(inputs({ extraPaths: [path], keep: ['/usr/local/lib/android/sdk/ndk/27'] }), env),
    ).toThrow(/^Input "extra-paths": refusing to delete/);
  });

  it.each(['/srv/data', '/var/lib/docker/volumes/x', '/usr/local/lib/android/sdk/cmake', '/opt/real-dotnet'])(
    'accepts extra path %j',
    (path) => {
      expect(planTargets(inputs({ targets: [], extraPaths: [path] }), {})[0]!.paths[0]!.name).toBe(path);
    },
  );

  it('lists every unsafe extra path in one error', () => {
    expect(() => planTargets(inputs({ extraPaths: ['/etc', '/srv/data', '/home'] }), {})).toThrow(
      /"\/etc" \(is the protected folder \/etc\); "\/home" \(is the protected folder \/home\)\. Nothing was deleted/,
    );
  });

  it.each([
    ['/a/b', '/a', true],
    ['/a', '/a', true],
    ['/ab', '/a', false],
    ['/a', '/a/b', false],
    ['/x', '/', true],
  ])('isWithin(%j, %j) = %j', (path, parent, expected) => {
    expect(isWithin(path, parent)).toBe(expected);
  });
});

// Attacks from the environment (issue 15, points 7 and 8): AGENT_TOOLSDIRECTORY naming HOME or `/`,
// and a kept symlink whose target lies inside a deletion target.
describe('plan: every target passes the protected-path check, kept symlinks keep both ends', () => {
  let root: string;
  const inputs = (over: Partial<FreeDiskInputs>): FreeDiskInputs => ({
    ...read({ 'dry-run': 'true' }),
    root,
    ...over,
  });
  const home = () => join(root, 'srv/runner-home');
  const env = () => ({ home: home(), workspace: join(home(), 'work/r/r'), runnerTemp: join(home(), 'temp') });
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'fds-attack-'));
    for (const dir of [
      'srv/runner-home/work/r/r',
      'srv/runner-home/temp',
      'usr/local/lib/android/sdk/ndk/27',
    ])
      mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'usr/local/lib/android/sdk/ndk/27/source.properties'), 'x');
    writeFileSync(join(root, 'usr/local/lib/android/other.txt'), 'x');
    // ndk-current -> ndk/27 (relative), and /srv/pin -> ndk-current: a chain of two links.
    symlinkSync('ndk/27', join(root, 'usr/local/lib/android/sdk/ndk-current'));
    symlinkSync(join(root, 'usr/local/lib/android/sdk/ndk-current'), join(root, 'srv/pin'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    [
      'HOME-like folder',
      '/srv/runner-home',
      ['tool-cache'],
      /"tool-cache: \/srv\/runner-home" \(is or contains (the workspace|HOME)/,
    ],
    [
      '/home/runner',
      '/home/runner',
      ['tool-cache'],
      /"tool-cache: \/home\/runner" \(is the protected folder \/home\/runner\)/,
    ],
    ['/', '/', ['tool-cache'], /"tool-cache: \/" \(is the protected folder \/\)/],
    [
      '// (written oddly)',
      '//',
      ['default', 'tool-cache'],
      /"tool-cache: \/" \(is the protected folder \/\)/,
    ],
    ['.. up to /', '/opt/../..', ['tool-cache'], /is the protected folder \/\)/],
    ['/usr', '/usr', ['tool-cache'], /is the protected folder \/usr\)/],
    ['a relative path', 'tools', ['codeql'], /"codeql: tools\/CodeQL" \(is not an absolute path\)/],
  ])(
    'AGENT_TOOLSDIRECTORY = %s: refused before anything is touched',
    (_name, toolsDirectory, targets, why) => {
      const targetNames = targets.includes('default') ? [...DEFAULT_TARGETS, 'tool-cache'] : targets;
      const plan = () => planTargets(inputs({ targets: targetNames }), { ...env(), toolsDirectory });
      expect(plan).toThrow(InputError);
      expect(plan).toThrow(/^Input "targets": refusing to delete /);
      expect(plan).toThrow(why);
      expect(plan).toThrow(/Nothing was deleted$/);
      expect(existsSync(join(home(), 'work/r/r'))).toBe(true);
    },
  );

  it('AGENT_TOOLSDIRECTORY=/ still allows the codeql folder inside it, never / itself', () => {
    const plan = planTargets(inputs({ targets: ['codeql'] }), { ...env(), toolsDirectory: '/' });
    expect(plan[0]!.paths.map((p) => [p.name, p.path])).toEqual([['/CodeQL', join(root, 'CodeQL')]]);
  });

  it('/ is never split into its children', () => {
    expect(() => spareKept('/', ['/usr'])).toThrow(/refusing/);
  });

  it.each([
    ['the link', '/usr/local/lib/android/sdk/ndk-current'],
    ['a link to the link', '/srv/pin'],
  ])('keep on %s keeps every link of the chain and the final target', (_name, kept) => {
    const android = join(root, 'usr/local/lib/android');
    const [target] = planTargets(inputs({ targets: ['android'], keep: [kept] }), env());
    const keep = target!.paths[0]!.keep;
    expect(keep).toEqual(
      expect.arrayContaining([join(android, 'sdk/ndk-current'), join(android, 'sdk/ndk/27')]),
    );
    const units = spareKept(join(android), keep);
    expect(units.sort()).toEqual([join(android, 'other.txt')]);
    expect(keptLocations(join(root, kept))).toContain(join(android, 'sdk/ndk/27'));
  });

  it('a kept link that points at a parent of a target keeps the whole target', () => {
    symlinkSync(join(root, 'usr/local/lib'), join(root, 'srv/lib-link'));
    const [target] = planTargets(inputs({ targets: ['android'], keep: ['/srv/lib-link'] }), env());
    expect(target!.paths[0]!.state).toBe('kept');
  });
});
