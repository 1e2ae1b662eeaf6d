// What an example's rehearsal module provides: its fixture files and the events it plays. Adding an
// example to `npm run rehearse` is one module in this folder and one line in ./index.ts.
import type { RehearsalSession } from '../session.js';

export interface ExampleOptions {
  /** services (or targets) whose build is broken on purpose in the first run */
  broken?: string[];
  /** progress lines (the CLI prints them) */
  log?: (line: string) => void;
}

export interface ExampleRehearsal {
  name: string;
  /** files of the user's repository besides .github/workflows */
  files: (ctx: { baseImage: string }) => Record<string, string>;
  /** rewrites of image names the workflows push to that are not on a stood-in registry host */
  rewrites?: (ctx: { registry: string; owner: string }) => Record<string, string>;
  /** secrets the workflows read besides GITHUB_TOKEN (the local registry's user and password) */
  secrets?: (ctx: { username: string; password: string }) => Record<string, string>;
  /** concurrent jobs for act (the jobs are light processes; builds run in the engine) */
  concurrentJobs?: number;
  /** needs GitHub's matrix job outputs (each leg's non-empty values), which stock act lacks */
  matrixOutputs?: boolean;
  /** readies the runner before the first run (e.g. a builder); returns more env for every step */
  prepareRunner?: (env: { DOCKER_CONFIG: string }) => Promise<Record<string, string>>;
  /** plays the example's events, in order, on the session */
  play: (session: RehearsalSession, opts: ExampleOptions) => Promise<void>;
  /**
   * Checks what the issue says the pipeline does, on the real results (registry, emulator, job
   * outputs) after `play`: one sentence per failed check, none when all hold.
   */
  check?: (session: RehearsalSession) => Promise<string[]>;
}
