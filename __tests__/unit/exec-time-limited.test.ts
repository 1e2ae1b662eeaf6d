// packages/exec/time-limited.ts: a helper program's answer, its time limit and output limit.
import { describe, expect, it } from '@jest/globals';
import { SpawnError } from '../../packages/exec/index.js';
import { runWithTimeLimit } from '../../packages/exec/time-limited.js';

describe('runWithTimeLimit', () => {
  it.each([
    [
      'stdin reaches the program',
      ['-c', 'cat'],
      { input: 'hello' },
      { exitCode: 0, stdout: 'hello', timedOut: false },
    ],
    [
      'exit code and stderr',
      ['-c', 'echo no >&2; exit 3'],
      {},
      { exitCode: 3, stderr: 'no\n', timedOut: false },
    ],
    ['env is the whole environment', ['-c', 'printf %s "$ONLY"'], { env: { ONLY: 'x' } }, { stdout: 'x' }],
    ['killed at the time limit', ['-c', 'exec sleep 30'], { timeoutMs: 200 }, { timedOut: true }],
    ['output cut at the limit', ['-c', 'printf 123456789'], { maxOutputBytes: 4 }, { stdout: '1234' }],
  ])('%s', async (_name, args, opts, expected) => {
    const result = await runWithTimeLimit('/bin/sh', args, { timeoutMs: 10_000, ...opts });
    expect(result).toMatchObject(expected);
  });

  it('a program that is not there is a SpawnError with ENOENT', async () => {
    const run = runWithTimeLimit('docker-credential-not-there', ['get'], { timeoutMs: 1000 });
    await expect(run).rejects.toBeInstanceOf(SpawnError);
    await expect(run).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
