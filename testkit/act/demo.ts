// `npm run demo`'s rehearsal: examples/per-service-release under act, released twice in one session,
// v1.0.0 and then v1.0.1 with only the api service changed. The second release's builds of the
// unchanged services hit the cache the first one left. Every figure comes from where it lands:
// act's job results and the build steps' outputs, the registry's manifests, and the release in the
// GitHub API emulator. The demo script prints it; an integration test asserts on it.
import { manifestDigest } from '../services/index.js';
import { buildJobOf, perServiceRelease, release, SERVICES } from './examples/per-service-release.js';
import { jobOutput, rehearse, type RehearsalSummary, type RehearseOptions } from './rehearse.js';
import type { RehearsalSession } from './session.js';

export const CHANGED_SERVICE = 'api';
export const DEMO_RELEASES: Array<{ tag: string; changes: Record<string, string> }> = [
  { tag: 'v1.0.0', changes: {} },
  // the changed file names the session, so api rebuilds even where an earlier demo built 1.0.1
  {
    tag: 'v1.0.1',
    changes: { [`services/${CHANGED_SERVICE}/version.txt`]: `${CHANGED_SERVICE} 1.0.1 (%s)\n` },
  },
];

export interface ServiceBuild {
  service: string;
  tag: string;
  /** act's result of the service's build job */
  result?: string;
  /** the build action's outputs */
  buildSeconds?: number;
  cacheHitRatio?: number;
  digest?: string;
  /** the registry holds the digest under the release's image tag */
  inRegistry: boolean;
}

export interface DemoResult {
  summary: RehearsalSummary;
  builds: ServiceBuild[];
  /** the release body of each tag in the emulator */
  notes: Record<string, string>;
  /** the emulator's recorded violations of GitHub's API description */
  violations: string[];
  /** the last lines of each job that did not succeed */
  failures: string[];
  /** what did not land (empty: the demo succeeded) */
  problems: string[];
  ok: boolean;
}

/** `ghcr.io/<owner>/<repo>/<service>` as the rehearsal's registry spells it. */
export const imageOf = (session: RehearsalSession, service: string): string =>
  `${session.registry.host}/${session.user.owner}/${session.user.name}/${service}`;

async function collectBuilds(session: RehearsalSession): Promise<ServiceBuild[]> {
  const builds: ServiceBuild[] = [];
  for (const [i, { tag }] of DEMO_RELEASES.entries()) {
    const jobs = session.runs[i]?.jobs ?? [];
    for (const service of Object.keys(SERVICES)) {
      const job = buildJobOf(jobs, service);
      const output = (name: string) => (job ? jobOutput(job, name) : undefined);
      const number = (name: string) => (output(name) === undefined ? undefined : Number(output(name)));
      const digest = output('digest') || undefined;
      const path = `${session.user.owner}/${session.user.name}/${service}`;
      const stored = digest && (await manifestDigest(session.registry, path, tag.replace(/^v/, '')));
      builds.push({
        service,
        tag,
        result: job?.result,
        buildSeconds: number('build-seconds'),
        cacheHitRatio: number('cache-hit-ratio'),
        digest,
        inRegistry: !!digest && stored === digest,
      });
    }
  }
  return builds;
}

/**
 * The services whose image the release body does not name by a digest the registry holds. The
 * digest is normally the build's own; Debian's engine 26 (containerd store) now and then pushes
 * a tag twice, so the notes can name the first push: still a pullable, immutable reference.
 */
async function missingFromNotes(
  session: RehearsalSession,
  body: string,
  builds: ServiceBuild[],
): Promise<string[]> {
  const missing: string[] = [];
  for (const b of builds) {
    const image = imageOf(session, b.service);
    const named = new RegExp(`${image.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}@(sha256:[0-9a-f]{64})`).exec(
      body,
    )?.[1];
    const path = image.slice(session.registry.host.length + 1);
    const held =
      named && (named === b.digest || (await manifestDigest(session.registry, path, named)) === named);
    if (!held) missing.push(b.service);
  }
  return missing;
}

/** Runs the two releases; `log` gets the progress lines (one per job as it starts and ends). */
export async function rehearseDemo(
  opts: Pick<RehearseOptions, 'log' | 'logDir' | 'runTimeoutMs'> = {},
): Promise<DemoResult> {
  const log = opts.log ?? (() => undefined);
  const result: Omit<DemoResult, 'summary'> = {
    builds: [],
    notes: {},
    violations: [],
    failures: [],
    problems: [],
    ok: false,
  };
  const summary = await rehearse(
    {
      ...perServiceRelease,
      play: async (session) => {
        for (const { tag, changes } of DEMO_RELEASES) {
          const changed = Object.keys(changes).length ? ` (changed: ${Object.keys(changes).join(', ')})` : '';
          log(`\n=== release ${tag}${changed}: every release-<service>.yml and release-notes.yml`);
          // Long enough for a loaded machine; the notes job ends as soon as every image exists.
          const edits = Object.fromEntries(
            Object.entries(changes).map(([file, text]) => [file, text.replace('%s', session.user.owner)]),
          );
          await release(session, tag, edits, '10m');
        }
      },
    },
    {
      log,
      logDir: opts.logDir,
      runTimeoutMs: opts.runTimeoutMs ?? 1_200_000,
      inspect: async (session) => {
        result.builds = await collectBuilds(session);
        for (const { tag } of DEMO_RELEASES) {
          result.notes[tag] = session.api.state.getReleaseByTag(tag)?.body ?? '';
        }
        result.violations = [...session.api.violations];
        for (const job of session.runs.flatMap((r) => r.jobs)) {
          if (job.result && job.result !== 'success' && job.result !== 'skipped') {
            result.failures.push(`${job.name}: ${job.result}\n${job.lines.slice(-25).join('\n')}`);
          }
        }
        for (const { tag } of DEMO_RELEASES) {
          const builds = result.builds.filter((b) => b.tag === tag);
          const missing = await missingFromNotes(session, result.notes[tag]!, builds);
          if (missing.length)
            result.problems.push(
              `${tag}: the notes do not name ${missing.join(', ')} by a digest the registry holds`,
            );
        }
      },
    },
  );
  for (const b of result.builds.filter((b) => b.result !== 'success' || !b.inRegistry))
    result.problems.push(
      `${b.service} ${b.tag}: ${b.result !== 'success' ? `build ${b.result}` : 'not in the registry'}`,
    );
  if (summary.failed) result.problems.push(`${summary.failed} job(s) failed`);
  if (result.violations.length) result.problems.push('the GitHub API emulator recorded violations');
  result.problems.push(...summary.failedChecks.map((c) => `check: ${c}`));
  result.ok = result.problems.length === 0;
  return { ...result, summary };
}

function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(18) : c.padStart(12))).join(' ');
}

/** The per-service table: build seconds and cache hits of each service in each release. */
export function demoTable(builds: ServiceBuild[]): string[] {
  const lines = [row(['service', 'release', 'build s', 'cache hits'])];
  for (const b of builds) {
    const failed = b.result !== 'success' ? 'FAILED' : b.inRegistry ? undefined : 'NOT PUSHED';
    const ratio = b.cacheHitRatio === undefined ? '-' : `${Math.round(b.cacheHitRatio * 100)}%`;
    lines.push(row([b.service, b.tag, failed ?? b.buildSeconds?.toFixed(1) ?? '-', ratio]));
  }
  return lines;
}
