// Proves testkit/runner/index.ts itself, on node20 and node24, with a throwaway action written at
// test time (plain .mjs, node built-ins only) that exercises every channel an action has to the runner.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_YML, MAIN_MJS, POST_MJS } from '../../testkit/runner/harness-action.js';
import {
  ActionTimeoutError,
  cleanupRunnerTemp,
  leftoverFiles,
  loadEvent,
  NO_DOCKER_HOST,
  NODE_VERSIONS,
  runAction,
  runWithPost,
  type RunOptions,
} from '../../testkit/runner/index.js';

let dir: string;
const saved: Record<string, string | undefined> = {};
const LEAKS = {
  DOCKER_HOST: 'tcp://leaked:2375',
  GITHUB_TOKEN: 'ghp_leaked_from_shell',
  NPM_TOKEN: 'leaked',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpa-harness-action-'));
  writeFileSync(join(dir, 'action.yml'), ACTION_YML);
  writeFileSync(join(dir, 'main.mjs'), MAIN_MJS);
  writeFileSync(join(dir, 'post.mjs'), POST_MJS);
  // A developer's shell: none of this may reach the action.
  for (const [k, v] of Object.entries(LEAKS)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await cleanupRunnerTemp();
  rmSync(dir, { recursive: true, force: true });
});

const harness = (mode: string, extra: Partial<RunOptions> = {}): RunOptions => ({
  action: 'harness-probe',
  entry: join(dir, 'main.mjs'),
  postEntry: join(dir, 'post.mjs'),
  ...extra,
  env: { HARNESS_MODE: mode, ...extra.env },
});

describe.each(NODE_VERSIONS)('runner harness on %s', (node) => {
  it('parses outputs, state, env, path, summary and workflow commands', async () => {
    const r = await runAction(
      harness('full', { node, inputs: { secret: 's3cr3t-value-123', 'Some Input': 'spaced' } }),
    );
    expect(r.exitCode).toBe(0);
    expect(r.conclusion).toBe('success');
    expect(r.nodeVersion).toMatch(node === 'node20' ? /^v20\./ : /^v24\./);
    expect(r.outputs.node).toBe(r.nodeVersion);
    expect(r.outputs.greeting).toBe('hello'); // action.yml default
    expect(r.outputs.multi).toBe('line 1\nline 2=still line 2\n');
    expect(JSON.parse(r.outputs.inputs!)).toEqual({
      INPUT_GREETING: 'hello',
      INPUT_SECRET: 's3cr3t-value-123',
      INPUT_TOKEN: '', // ${{ github.token }} with no GITHUB_TOKEN given
      INPUT_REPO: 'octo-org/octo-repo',
      INPUT_SOME_INPUT: 'spaced',
      'INPUT_NO-DEFAULT': '',
    });
    expect(r.outputs.cwd).toBe(r.workspace);
    expect(r.outputs.event_repo).toBe('octo-org/octo-repo');
    expect(r.state).toEqual({ started: 'yes', cleanup: '/tmp/a\n/tmp/b' });
    expect(r.env).toEqual({ FROM_MAIN: '1' });
    expect(r.path).toEqual(['/opt/harness/bin']);
    expect(r.summary).toBe('### Summary\n| a | b |\n');

    expect(r.masked).toEqual(['s3cr3t-value-123']);
    expect(r.groups).toEqual(['Resolve\ntags']);
    expect(r.annotations).toEqual([
      { level: 'notice', message: 'all good', properties: { title: 'Done' } },
      {
        level: 'warning',
        message: 'careful\nnow: 100%',
        properties: { file: 'src/a.ts', line: '3', col: '5', repo: 'octo-org/octo-repo' },
      },
      { level: 'error', message: 'one error', properties: {} },
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('`set-output` command is deprecated'),
      }),
      { level: 'warning', message: 'from stderr', properties: {} },
    ]);
    expect(r.errors).toEqual(['one error']);
    expect(r.notices).toEqual(['all good']);
    expect(r.warnings).toHaveLength(3);
    expect(r.debug).toEqual(['debug detail']);
    // Forged or legacy commands are recorded, never honoured; stopped commands are not even parsed.
    expect(r.legacyOutputs).toEqual({ forged: 'evil' });
    expect(r.outputs).not.toHaveProperty('forged');
    expect(r.outputs).not.toHaveProperty('also');
    expect(r.log).toContain('using *** now');
    expect(r.log).not.toContain('s3cr3t-value-123');
    expect(r.log).toContain('::stop-commands::***\n::error::not processed while stopped\n');
    expect(r.log).toContain('##[group]Resolve\ntags\n');
    expect(r.log).not.toContain('debug detail'); // only with RUNNER_DEBUG=1
    expect(r.stdout).toContain('s3cr3t-value-123'); // raw streams stay raw
    expect(r.stderr).toBe('::warning::from stderr\n');
  });

  it('runs post with main state, env and path, in the same RUNNER_TEMP and workspace', async () => {
    const { main, post } = await runWithPost(
      harness('full', { node, inputs: { secret: 'another-secret-1' } }),
    );
    expect(post.exitCode).toBe(0);
    expect(post.outputs).toMatchObject({
      started: 'yes',
      cleanup: '/tmp/a\n/tmp/b',
      from_main: '1',
      temp: main.tempDir,
      cwd: main.workspace,
    });
    expect(post.outputs.path!.split(':')[0]).toBe('/opt/harness/bin');
    expect(post.tempDir).toBe(main.tempDir);
  });

  it('reports exit code and failure', async () => {
    const r = await runAction(harness('exit', { node }));
    expect([r.exitCode, r.conclusion, r.errors]).toEqual([3, 'failure', ['bad input']]);
    expect(r.signal).toBeUndefined();
  });

  it('kills the process group on timeout and throws with the partial result', async () => {
    const error = await runAction(harness('hang', { node, timeoutMs: 1500 })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ActionTimeoutError);
    const result = (error as ActionTimeoutError).result;
    expect([result.signal, result.exitCode, result.conclusion]).toEqual(['SIGKILL', 137, 'failure']);
    expect(result.log).toContain('waiting forever');
    const pid = Number(readFileSync(join(result.tempDir, 'grandchild.pid'), 'utf8'));
    const stat = `/proc/${pid}/stat`;
    // Gone, or a zombie waiting for a reaper: either way no longer running.
    expect(!existsSync(stat) || /^\d+ \([^)]*\) Z/.test(readFileSync(stat, 'utf8'))).toBe(true);
  });

  it('gives the action a hermetic hosted-runner environment', async () => {
    const r = await runAction(
      harness('env', { node, event: 'pull-request', env: { EXTRA: 'x', RUNNER_ENVIRONMENT: 'self-hosted' } }),
    );
    const env = JSON.parse(r.outputs.env!) as Record<string, string>;
    for (const key of ['GITHUB_TOKEN', 'NPM_TOKEN', 'NODE_OPTIONS', 'JEST_WORKER_ID'])
      expect(env).not.toHaveProperty(key);
    // The shell's DOCKER_HOST does not leak in: docker points nowhere unless the test says otherwise.
    expect(env.DOCKER_HOST).toBe(NO_DOCKER_HOST);
    const unexpected = Object.keys(env).filter(
      (k) =>
        !/^(PATH|HOME|CI|ImageOS|EXTRA|HARNESS_MODE|DOCKER_HOST|GITHUB_\w+|RUNNER_\w+|INPUT_[\w-]+)$/.test(k),
    );
    expect(unexpected).toEqual([]);
    expect(env.PATH).not.toMatch(/node_modules\/\.bin/); // npm run / npx additions stripped
    expect(env).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_ENVIRONMENT: 'self-hosted',
      RUNNER_TEMP: r.tempDir,
      RUNNER_TOOL_CACHE: r.toolCache,
      GITHUB_WORKSPACE: r.workspace,
      GITHUB_ACTION_PATH: dir,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: '5'.repeat(40),
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_HEAD_REF: 'feature/Awesome_Thing-1',
      GITHUB_BASE_REF: 'main',
      EXTRA: 'x',
    });
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
      expect(env[f]).toMatch(new RegExp(`^${r.tempDir}/_runner_file_commands/`));
    }
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH!, 'utf8'));
    expect(payload).toEqual(loadEvent('pull-request').payload);
  });

  it('lets opts.env override or remove anything, and masks a given GITHUB_TOKEN', async () => {
    const r = await runAction(
      harness('env', {
        node,
        env: { GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_TOKEN: 'ghs_given_token', CI: undefined },
      }),
    );
    const env = JSON.parse(r.outputs.env!) as Record<string, string>;
    expect(env.GITHUB_API_URL).toBe('http://127.0.0.1:9');
    expect(env.INPUT_TOKEN).toBe('ghs_given_token');
    expect(env).not.toHaveProperty('CI');
    expect(r.log).toContain('token=***');
  });

  it.each([
    ['removed', undefined, /DOCKER_HOST is unset/],
    ['empty', '', /DOCKER_HOST is unset/],
    ['the rootful socket', 'unix:///var/run/docker.sock', /is the machine's own Docker daemon/],
    ['the /run socket', 'unix:///run/docker.sock', /is the machine's own Docker daemon/],
    ['a rootless socket', 'unix:///run/user/1000/docker.sock', /is the machine's own Docker daemon/],
  ])('refuses to start a step whose DOCKER_HOST is %s', async (_name, host, why) => {
    await expect(runAction(harness('env', { node, env: { DOCKER_HOST: host } }))).rejects.toThrow(why);
  });

  it('passes a DOCKER_HOST the test gives (the private engine) unchanged', async () => {
    const host = 'unix:///tmp/dpa-private-engine/docker.sock';
    const r = await runAction(harness('env', { node, env: { DOCKER_HOST: host } }));
    expect((JSON.parse(r.outputs.env!) as Record<string, string>).DOCKER_HOST).toBe(host);
  });

  it('passes stdin, then closes it', async () => {
    const r = await runAction(harness('stdin', { node, stdin: 'from the test\n' }));
    expect(r.outputs.stdin).toBe('from the test\n');
    expect((await runAction(harness('stdin', { node }))).outputs.stdin).toBe('');
  });

  it('fails the step on a GITHUB_OUTPUT the runner rejects, keeping the lines before it', async () => {
    const r = await runAction(harness('badfile', { node }));
    expect([r.exitCode, r.conclusion, r.outputs]).toEqual([0, 'failure', { ok: '1' }]);
    expect(r.errors).toEqual([
      "Unable to process file command 'output' successfully.",
      "Invalid format 'no equals here'",
    ]);
  });

  it('shows debug lines with RUNNER_DEBUG=1 and lists leftover RUNNER_TEMP files', async () => {
    const r = await runAction(harness('leftover', { node, env: { RUNNER_DEBUG: '1' } }));
    expect(r.log).toContain('##[debug]about to leave a file');
    expect(leftoverFiles(r.tempDir)).toEqual(['leftover.txt']);
  });
});

describe('runner harness details', () => {
  it.each([
    ['push-branch', '1'.repeat(40), 'refs/heads/main'],
    ['push-feature-branch', '2'.repeat(40), 'refs/heads/feature/Awesome_Thing-1'],
    ['push-tag', '3'.repeat(40), 'refs/tags/v1.2.3'],
    ['push-tag-prerelease', '4'.repeat(40), 'refs/tags/v2.0.0-rc.1'],
    ['pull-request', '5'.repeat(40), 'refs/pull/42/merge'],
    ['workflow-run', '6'.repeat(40), 'refs/heads/main'],
    ['workflow-dispatch', '7'.repeat(40), 'refs/heads/main'],
    ['schedule', '8'.repeat(40), 'refs/heads/main'],
    ['release', '9'.repeat(40), 'refs/tags/v1.2.3'],
  ])('fixture %s sets GITHUB_SHA and GITHUB_REF', async (fixture, sha, ref) => {
    const env = JSON.parse((await runAction(harness('env', { event: fixture }))).outputs.env!) as Record<
      string,
      string
    >;
    expect([env.GITHUB_SHA, env.GITHUB_REF]).toEqual([sha, ref]);
    expect(env.GITHUB_REPOSITORY).toBe('octo-org/octo-repo');
  });

  it('skips post when post-if is success() and main failed', async () => {
    const guarded = mkdtempSync(join(tmpdir(), 'dpa-harness-postif-'));
    writeFileSync(
      join(guarded, 'action.yml'),
      ACTION_YML.replace('post: post.mjs', 'post: post.mjs\n  post-if: success()'),
    );
    writeFileSync(join(guarded, 'main.mjs'), MAIN_MJS);
    writeFileSync(join(guarded, 'post.mjs'), POST_MJS);
    try {
      const { main, post } = await runWithPost(
        harness('exit', { entry: join(guarded, 'main.mjs'), postEntry: join(guarded, 'post.mjs') }),
      );
      expect([main.conclusion, post.skipped, post.conclusion]).toEqual(['failure', true, 'skipped']);
    } finally {
      rmSync(guarded, { recursive: true, force: true });
    }
  });

  it('warns about unexpected inputs like the runner', async () => {
    const r = await runAction(harness('exit', { inputs: { tpyo: 'x' } }));
    expect(r.warnings[0]).toMatch(/^Unexpected input\(s\) 'tpyo', valid inputs are \['greeting', /);
  });

  it('explains a missing bundle', async () => {
    await expect(runAction({ action: 'no-such-action' })).rejects.toThrow(/does not exist; build it with/);
  });
});
