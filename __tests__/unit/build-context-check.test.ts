// Issue 15, point 2 (build side): a checkout that persisted its token in .git/config, a context of
// `.`, and no .dockerignore excluding .git: the build warns. Real temp folders; the .dockerignore
// rules as BuildKit applies them (parent folders, `!` re-includes, the Dockerfile's own file wins).
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gitCredentialWarning, isIgnored, parseDockerignore } from '../../actions/build/context-check.js';
import { hostileText, params } from '../../testkit/arbitraries.js';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** What actions/checkout writes with persist-credentials: true (the token is fake). */
const PERSISTED = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2Zha2U=\n`;
const CLEAN = `[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://github.com/o/r\n`;

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ctx-check-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('gitCredentialWarning', () => {
  it.each([
    ['a persisted token and no .dockerignore', true, { '.git/config': PERSISTED }],
    [
      'a persisted token, .dockerignore without .git',
      true,
      { '.git/config': PERSISTED, '.dockerignore': 'node_modules\n' },
    ],
    ['.github is not .git', true, { '.git/config': PERSISTED, '.dockerignore': '.github\n' }],
    ['a commented-out .git', true, { '.git/config': PERSISTED, '.dockerignore': '# .git\n' }],
    [
      '.git excluded, then re-included',
      true,
      { '.git/config': PERSISTED, '.dockerignore': '.git\n!.git/config\n' },
    ],
    ['everything excluded but .git', true, { '.git/config': PERSISTED, '.dockerignore': '*\n!.git\n' }],
    ['no .git folder', false, { Dockerfile: 'FROM scratch\n' }],
    ['.git/config without a credential', false, { '.git/config': CLEAN }],
    ['.git is a file (a worktree)', false, { '.git': 'gitdir: /elsewhere\n' }],
    ['.dockerignore: .git', false, { '.git/config': PERSISTED, '.dockerignore': '.git\n' }],
    ['.dockerignore: .git/', false, { '.git/config': PERSISTED, '.dockerignore': '.git/\n' }],
    ['.dockerignore: /.git', false, { '.git/config': PERSISTED, '.dockerignore': '/.git\n' }],
    ['.dockerignore: **/.git', false, { '.git/config': PERSISTED, '.dockerignore': '**/.git\n' }],
    ['.dockerignore: .git/config', false, { '.git/config': PERSISTED, '.dockerignore': '.git/config\n' }],
    ['.dockerignore: .gi?', false, { '.git/config': PERSISTED, '.dockerignore': '.gi?\r\n' }],
    ['.dockerignore: *', false, { '.git/config': PERSISTED, '.dockerignore': '*\n' }],
    ['.dockerignore: .git/**', false, { '.git/config': PERSISTED, '.dockerignore': '.git/**\n' }],
  ])('%s: warns = %s', (_name, warns, files) => {
    const root = workspace(files);
    const warning = gitCredentialWarning({ context: root });
    if (warns) {
      expect(warning).toMatch(/holds \.git\/config with a credential/);
      expect(warning).toMatch(/persist-credentials: false/);
      expect(warning).not.toContain('eC1hY2Nlc3M'); // never the secret itself
    } else {
      expect(warning).toBeUndefined();
    }
  });

  it("the Dockerfile's own .dockerignore wins over the context's, both ways", () => {
    const excludedByOwn = workspace({
      '.git/config': PERSISTED,
      '.dockerignore': '',
      'docker/api.Dockerfile': 'FROM scratch\n',
      'docker/api.Dockerfile.dockerignore': '.git\n',
    });
    expect(
      gitCredentialWarning({
        context: excludedByOwn,
        dockerfile: join(excludedByOwn, 'docker/api.Dockerfile'),
      }),
    ).toBeUndefined();
    const notByOwn = workspace({
      '.git/config': PERSISTED,
      '.dockerignore': '.git\n',
      'docker/api.Dockerfile': 'FROM scratch\n',
      'docker/api.Dockerfile.dockerignore': 'node_modules\n',
    });
    expect(
      gitCredentialWarning({ context: notByOwn, dockerfile: join(notByOwn, 'docker/api.Dockerfile') }),
    ).toMatch(/api\.Dockerfile\.dockerignore does not exclude \.git/);
  });

  it.each(['https://github.com/o/r.git#main', 'git@github.com:o/r.git', '-'])(
    'a remote context (%s) is not checked',
    (context) => expect(gitCredentialWarning({ context })).toBeUndefined(),
  );
});

describe('parseDockerignore', () => {
  it.each([
    ['a/b', 'a/b/c', true],
    ['a/*/c', 'a/b/c', true],
    ['a/*/c', 'a/b/x/c', false],
    ['a/**/c', 'a/b/x/c', true],
    ['**/c', 'c', true],
    ['*.md', 'docs/x.md', false],
    ['a.b', 'axb', false],
    ['./a//b/', 'a/b', true],
  ])('%j excludes %j: %s', (pattern, path, ignored) => {
    expect(isIgnored(path, parseDockerignore(pattern))).toBe(ignored);
  });

  it('a last ".git" line always excludes .git/config, a last "!.git" line always keeps it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('.git', '!.git', '*', '!*', '.git/config'), hostileText)),
        (lines) => {
          const text = lines.join('\n');
          expect(isIgnored('.git/config', parseDockerignore(`${text}\n.git`))).toBe(true);
          expect(isIgnored('.git/config', parseDockerignore(`${text}\n!.git`))).toBe(false);
        },
      ),
      params,
    );
  });
});
