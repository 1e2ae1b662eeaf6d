// Shared helpers for tests that drive the GitHub API emulator through Octokit.

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
