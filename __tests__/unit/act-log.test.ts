// testkit/act's pure pieces: act's JSON log read into jobs (results, step outputs, progress
// events), the registry host rewrite of workflow copies, and act's command line.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ActLog, parseActLine, type ActJob } from '../../testkit/act/log.js';
import { retarget } from '../../testkit/act/repos.js';
import { actArgs, type ActRunOptions } from '../../testkit/act/run.js';

const line = (fields: Record<string, unknown>) => JSON.stringify({ level: 'info', ...fields });

describe('ActLog', () => {
  it('reads results, step outputs and progress; a reusable workflow caller is never started', () => {
    const started: string[] = [];
    const ended: string[] = [];
    const log = new ActLog({
      onJobStart: (j) => started.push(j.name),
      onJobEnd: (j) => ended.push(`${j.name}=${j.result}`),
    });
    for (const l of [
      line({ job: 'Release Api/build   ', jobID: 'build', msg: 'LocalRepositoryCache matched' }),
      line({
        job: 'build/Build image/build api',
        jobID: 'build',
        stepid: ['--setup-job'],
        msg: '⭐ Run Set up job',
      }),
      line({
        job: 'build/Build image/build api',
        stepID: ['build'],
        command: 'set-output',
        name: 'digest',
        arg: 'sha256:1',
      }),
      line({ job: 'build/Build image/build api', stepID: ['build'], raw_output: true, msg: 'built\n' }),
      line({ job: 'build/Build image/build api', jobResult: 'success', msg: '🏁  Job succeeded' }),
      'not json',
      line({ msg: 'act warning' }),
    ])
      log.feed(l);
    const jobs = [...log.jobs.values()];
    expect(jobs.map((j) => [j.name, j.ran, j.result])).toEqual([
      ['Release Api/build', false, undefined],
      ['build/Build image/build api', true, 'success'],
    ]);
    expect(jobs[1]!.outputs).toEqual({ build: { digest: 'sha256:1' } });
    expect(jobs[1]!.lines).toContain('built');
    expect(started).toEqual(['build/Build image/build api']);
    expect(ended).toEqual(['build/Build image/build api=success']);
    expect(log.otherLines).toEqual(['not json', 'act warning']);
  });

  it('keeps matrix jobs of one name apart', () => {
    const log = new ActLog();
    for (const target of ['api', 'worker']) {
      log.feed(line({ job: 'Build targets/build', matrix: { target }, jobResult: 'success' }));
    }
    expect([...log.jobs.values()].map((j: ActJob) => j.matrix.target)).toEqual(['api', 'worker']);
  });

  it('never throws on any line, and reads only JSON objects', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parseActLine(text);
        if (parsed !== undefined) expect(typeof parsed).toBe('object');
        new ActLog().feed(text);
      }),
    );
  });
});

describe('retarget', () => {
  it.each([
    ['image prefix', 'ghcr.io/${{ github.repository }}/api', 'reg:5001/${{ github.repository }}/api'],
    [
      'shell default',
      'prefix="${PREFIX:-ghcr.io/$GITHUB_REPOSITORY}"',
      'prefix="${PREFIX:-reg:5001/$GITHUB_REPOSITORY}"',
    ],
    ['quoted comparison', "inputs.registry == 'ghcr.io'", "inputs.registry == 'reg:5001'"],
    ['longer host kept', 'ghcr.io.example.com/x', 'ghcr.io.example.com/x'],
    ['suffix host kept', 'notghcr.io/x', 'notghcr.io/x'],
    ['hyphenated host kept', 'my-ghcr.io/x', 'my-ghcr.io/x'],
    ['end of a sentence', 'pushes to ghcr.io.', 'pushes to reg:5001.'],
  ])('%s', (_name, text, expected) => expect(retarget(text, { 'ghcr.io': 'reg:5001' })).toBe(expected));

  it('leaves text without the host unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!text.includes('ghcr.io'));
        expect(retarget(text, { 'ghcr.io': 'reg:5001' })).toBe(text);
      }),
    );
  });
});

describe('actArgs', () => {
  const opts: ActRunOptions = {
    act: 'act',
    workdir: '/repo',
    workflows: '/repo/.github/workflows',
    event: { name: 'push', payload: {} },
    labels: ['ubuntu-24.04'],
    localRepositories: { 'org/docker-pipeline-actions@v1': '/ours' },
    env: { DOCKER_HOST: 'unix:///d.sock' },
    secrets: { GITHUB_TOKEN: 'not-on-the-command-line' },
    vars: { RELEASE_NOTES_TIMEOUT: '5s' },
    actor: 'testuser',
    actionCachePath: '/c',
    cacheServerPath: '/cache',
    artifactServerPath: '/art',
    artifactServerPort: 1234,
  };

  it('maps labels to the host, our repository to the checkout, and keeps secrets in the file', () => {
    const args = actArgs(opts, '/e.json', '/s.env');
    const joined = args.join(' ');
    expect(joined).toContain('-P ubuntu-24.04=-self-hosted');
    expect(joined).toContain('--local-repository org/docker-pipeline-actions@v1=/ours');
    expect(joined).toContain('--action-offline-mode');
    expect(joined).toContain('--secret-file /s.env');
    expect(joined).toContain('--var RELEASE_NOTES_TIMEOUT=5s');
    expect(joined).not.toContain('not-on-the-command-line');
  });
});
