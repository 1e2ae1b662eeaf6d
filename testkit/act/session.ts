// One rehearsal's world: the services (engine, a registry standing in for ghcr.io and Docker Hub,
// the GitHub API emulator), act installed, the user's repository and ours as `@v1`, and act's
// cache and artifact folders shared by every run of the session (so a second release gets the
// first one's cache). `run()` runs act for one event; the session keeps every job it ran.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { startGitHubApi, type GitHubApi } from '../github-api/index.js';
import { ensureSbomScanner } from '../services/buildkit.js';
import { freePort } from '../services/forward-proxy.js';
import {
  createDockerConfig,
  ensureBaseImage,
  ensureDocker,
  ensureRegistry,
  type Registry,
} from '../services/index.js';
import { nodeBinary } from '../runner/node.js';
import type { ActEvent } from './events.js';
import { ensureAct } from './install.js';
import type { ActJob } from './log.js';
import {
  commit,
  commitAndTag,
  createUserRepository,
  OUR_REPOSITORY,
  publishOurRepository,
  REPO_ROOT,
  type RegistryMap,
  type UserRepository,
} from './repos.js';
import { runAct, type ActRunResult } from './run.js';

/** Every runs-on label the workflows and examples use; each runs on this machine. */
export const RUNNER_LABELS = ['ubuntu-24.04', 'ubuntu-latest', 'ubuntu-22.04', 'ubuntu-24.04-arm'];

/** Registries the examples push to that cannot be reached here. */
const STOOD_IN_REGISTRIES = ['ghcr.io', 'docker.io'];

/** Third-party actions the examples use -> their stand-ins in testkit/stand-ins. */
export const STAND_INS: Record<string, string> = {
  'docker/login-action@v3': 'docker-login-action',
  // act copies the local repository for a plain checkout; the stand-in only runs when `ref` is set
  'actions/checkout@v5': 'checkout',
  'googleapis/release-please-action@v4': 'release-please-action',
};

export interface SessionOptions {
  /** folder of the example's workflow files */
  exampleWorkflows: string;
  /** the user's files besides the workflows; gets the base image (FROM ...) to build on */
  files: (ctx: { baseImage: string }) => Record<string, string>;
  /** more host or name rewrites for the workflow copies (e.g. a Docker Hub namespace) */
  rewrites?: (ctx: { registry: string; owner: string }) => RegistryMap;
  /** the workflows' secrets besides GITHUB_TOKEN */
  secrets?: (ctx: { username: string; password: string }) => Record<string, string>;
  concurrentJobs?: number;
  /** act with GitHub's matrix job outputs (every leg's non-empty values), see ./matrix-outputs.ts */
  matrixOutputs?: boolean;
  /** readies the runner (e.g. a builder in its DOCKER_CONFIG); returns more env for every step */
  prepareRunner?: (env: { DOCKER_CONFIG: string }) => Promise<Record<string, string>>;
  /** act is killed when one run takes longer (default 10 minutes) */
  runTimeoutMs?: number;
  /** called when a job starts and ends (the demo's and the CLI's progress lines) */
  onJobStart?: (job: ActJob) => void;
  onJobEnd?: (job: ActJob) => void;
}

export interface SessionRun extends ActRunResult {
  event: string;
  workflows: string[];
  /** the emulator's releases (tag -> body) right after this run */
  releases: Record<string, string>;
}

export class RehearsalSession {
  readonly runs: SessionRun[] = [];
  private constructor(
    readonly root: string,
    readonly act: string,
    readonly user: UserRepository,
    readonly api: GitHubApi,
    readonly registry: Registry,
    readonly baseImage: string,
    private readonly stepEnv: Record<string, string>,
    private readonly token: string,
    private readonly opts: SessionOptions,
  ) {}

  static async start(opts: SessionOptions): Promise<RehearsalSession> {
    const act = ensureAct({ matrixOutputs: opts.matrixOutputs }).binary;
    const [docker, registry, baseImage] = await Promise.all([
      ensureDocker(),
      ensureRegistry('htpasswd'),
      ensureBaseImage(),
      // `sbom: true` builds need BuildKit's default SBOM generator: its stand-in, in the engine
      ensureSbomScanner(),
    ]);
    const root = mkdtempSync(join(tmpdir(), 'dpa-rehearsal-'));
    // Unique owner: images of different rehearsals never meet in the shared registry.
    const owner = `rehearsal-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const name = 'shop';
    const token = registry.password!;
    const api = await startGitHubApi({ owner, repo: name, token });
    const registries: RegistryMap = {
      ...Object.fromEntries(STOOD_IN_REGISTRIES.map((r) => [r, registry.host])),
      ...opts.rewrites?.({ registry: registry.host, owner }),
    };
    publishOurRepository(join(root, 'ours'), registries);
    const user = createUserRepository({
      dir: join(root, 'user'),
      owner,
      name,
      exampleWorkflows: opts.exampleWorkflows,
      files: opts.files({ baseImage }),
      registries,
    });
    const stepEnv = {
      ...docker.env,
      PATH: `${dirname(nodeBinary('node24'))}:${docker.env.PATH}`,
      DOCKER_CONFIG: await createDockerConfig(),
      GITHUB_API_URL: api.url,
      // where the checkout stand-in clones from (testkit/stand-ins/checkout)
      DPA_REHEARSAL_REPOSITORY: user.dir,
      // where the docker/login-action stand-in logs in when no registry is named (Docker Hub)
      DPA_REHEARSAL_DOCKER_HUB: registry.host,
    };
    Object.assign(stepEnv, await opts.prepareRunner?.(stepEnv));
    mkdirSync(join(root, 'act-cache'));
    return new RehearsalSession(root, act, user, api, registry, baseImage, stepEnv, token, opts);
  }

  /** The steps' DOCKER_CONFIG (a builder created in it is known to the build steps). */
  get dockerConfig(): string {
    return this.stepEnv.DOCKER_CONFIG!;
  }

  /** act's cache server folder, shared by every run of the session. */
  get cacheServerPath(): string {
    return join(this.root, 'act-cache');
  }

  /** The registry user and the job token (the emulator's token is the registry password). */
  get actor(): string {
    return this.registry.username!;
  }

  /** Commits `changes`, tags HEAD in the repository and in the emulator; returns the sha. */
  tag(tag: string, changes: Record<string, string> = {}): string {
    const sha = commitAndTag(this.user.dir, tag, changes);
    this.api.state.addTag(tag, sha);
    return sha;
  }

  /** Commits `changes` (or nothing) with `message` on the current branch; returns the sha. */
  commit(message: string, changes: Record<string, string> = {}): string {
    return commit(this.user.dir, message, changes);
  }

  /** Writes files into the working copy without committing (a fault for one run). */
  writeWorkingCopy(files: Record<string, string>): void {
    for (const [path, text] of Object.entries(files)) writeFileSync(join(this.user.dir, path), text);
  }

  localRepositories(): Record<string, string> {
    const out: Record<string, string> = { [`${OUR_REPOSITORY}@v1`]: join(this.root, 'ours') };
    for (const [action, dir] of Object.entries(STAND_INS)) {
      out[action] = join(REPO_ROOT, 'testkit', 'stand-ins', dir);
    }
    return out;
  }

  /** The workflows to run: one file, or a folder with copies of the chosen ones. */
  private workflowPath(workflows: string[]): string {
    const source = join(this.user.dir, '.github', 'workflows');
    if (workflows.length === 1) return join(source, workflows[0]!);
    const dir = mkdtempSync(join(this.root, 'workflows-'));
    for (const file of workflows) copyFileSync(join(source, file), join(dir, basename(file)));
    return dir;
  }

  /** Runs act for `event` on `workflows` (default: every workflow of the repository). */
  async run(
    event: ActEvent,
    opts: { workflows?: string[]; vars?: Record<string, string>; secrets?: Record<string, string> } = {},
  ): Promise<SessionRun> {
    const workflows = opts.workflows ?? this.user.workflows;
    const result = await runAct({
      act: this.act,
      workdir: this.user.dir,
      workflows: this.workflowPath(workflows),
      event,
      labels: RUNNER_LABELS,
      localRepositories: this.localRepositories(),
      env: this.stepEnv,
      secrets: {
        ...this.opts.secrets?.({ username: this.actor, password: this.token }),
        ...opts.secrets,
        GITHUB_TOKEN: this.token,
      },
      vars: opts.vars,
      actor: this.actor,
      actionCachePath: mkdtempSync(join(this.root, 'actions-')),
      cacheServerPath: this.cacheServerPath,
      artifactServerPath: join(this.root, 'artifacts'),
      artifactServerPort: await freePort(),
      concurrentJobs: this.opts.concurrentJobs,
      timeoutMs: this.opts.runTimeoutMs ?? 600_000,
      events: { onJobStart: this.opts.onJobStart, onJobEnd: this.opts.onJobEnd },
    });
    const releases = Object.fromEntries(this.api.state.listReleases().map((r) => [r.tag_name, r.body ?? '']));
    const run = { ...result, event: event.name, workflows, releases };
    this.runs.push(run);
    return run;
  }

  /** Ends the emulator and removes every folder of the session (images stay in the registry). */
  async close(): Promise<void> {
    await this.api.close();
    rmSync(this.stepEnv.DOCKER_CONFIG!, { recursive: true, force: true });
    rmSync(this.root, { recursive: true, force: true });
  }
}
