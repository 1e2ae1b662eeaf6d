// Shared helpers for tests that drive the GitHub API emulator (through Octokit or an action).
import { afterEach, beforeEach } from '@jest/globals';
import { startGitHubApi, type GitHubApi, type GitHubApiOptions } from './server.js';

/** What @octokit/request-error's RequestError carries (enough for assertions). */
export interface OctokitError {
  status: number;
  message: string;
  response?: { data: unknown; headers: Record<string, string | undefined> };
}

/** Awaits a request that must fail and returns its error. */
export async function failure(p: Promise<unknown>): Promise<OctokitError> {
  try {
    await p;
  } catch (err) {
    return err as OctokitError;
  }
  throw new Error('expected the request to fail');
}

/**
 * A fresh emulator for every test of the file (beforeEach), checked for contract violations and
 * closed after it (afterEach). Read `.api` inside tests and hooks.
 */
export function emulatorPerTest(options: GitHubApiOptions): { readonly api: GitHubApi } {
  let current: GitHubApi | undefined;
  beforeEach(async () => {
    current = await startGitHubApi(options);
  });
  afterEach(async () => {
    current?.assertNoViolations();
    await current?.close();
    current = undefined;
  });
  return {
    get api(): GitHubApi {
      if (!current) throw new Error('emulatorPerTest: the emulator runs only inside a test');
      return current;
    },
  };
}
