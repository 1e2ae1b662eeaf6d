// Rehearsal of examples/per-service-release (seed 002): a v* tag push starts every
// release-<service>.yml (each calls our build-image.yml) and release-notes.yml (our
// release-notes.yml: wait for every image, then write the release). With a service broken, the
// services run first and the notes after them (a short wait: nothing more can arrive), giving a
// partial release; then the broken service's workflow and the notes are re-run with the fault gone.
import { pushTagEvent } from '../events.js';
import type { ActJob } from '../log.js';
import type { RehearsalSession, SessionRun } from '../session.js';
import type { ExampleOptions, ExampleRehearsal } from './types.js';

/** service name -> its folder under deploy/docker (as the example's workflows name them) */
export const SERVICES: Record<string, string> = {
  api: 'api',
  web: 'web',
  'indexing-service': 'indexing',
  'cleaner-service': 'cleaner',
  'metadata-service': 'metadata',
  'thumbnail-service': 'thumbnail',
};

export const TAG = 'v1.0.0';
const NOTES = 'release-notes.yml';

function dockerfile(baseImage: string, service: string, broken = false): string {
  return [
    `# ${service}: a small image on the local base image (nothing can be pulled here)`,
    `FROM ${baseImage}`,
    'WORKDIR /app',
    `COPY services/${service}/ ./`,
    broken ? `RUN echo "build of ${service} broken on purpose" >&2 && exit 3` : '',
    `RUN sha256sum version.txt > INDEX && echo "${service} built"`,
    `CMD ["cat", "/app/version.txt"]`,
    '',
  ].join('\n');
}

function files({ baseImage }: { baseImage: string }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [service, folder] of Object.entries(SERVICES)) {
    out[`deploy/docker/${folder}/Dockerfile`] = dockerfile(baseImage, service);
    out[`services/${service}/version.txt`] = `${service} 1.0.0\n`;
  }
  return out;
}

/** The workflow file of a service (release-cleaner.yml for cleaner-service). */
export const workflowOf = (service: string): string => `release-${SERVICES[service]}.yml`;

/** A service's build job in a run (act names it `<caller>/<file>/build <service>`). */
export const buildJobOf = (jobs: ActJob[], service: string): ActJob | undefined =>
  jobs.find((j) => j.name.endsWith(`/build ${service}`));

/**
 * A release as GitHub runs it on the tag push: `changes` committed, `tag` pushed, every workflow at
 * once; the notes poll for the images for up to `notesTimeout`.
 */
export function release(
  session: RehearsalSession,
  tag: string,
  changes: Record<string, string> = {},
  notesTimeout = '3m',
): Promise<SessionRun> {
  const event = pushTagEvent(session.user, tag, session.tag(tag, changes));
  return session.run(event, { vars: { RELEASE_NOTES_TIMEOUT: notesTimeout } });
}

async function play(session: RehearsalSession, opts: ExampleOptions): Promise<void> {
  const broken = opts.broken ?? [];
  if (broken.length === 0) {
    await release(session, TAG);
    return;
  }
  const event = pushTagEvent(session.user, TAG, session.tag(TAG));
  const baseImage = session.baseImage;
  const dockerfiles = (fault: boolean) =>
    Object.fromEntries(
      broken.map((s) => [`deploy/docker/${SERVICES[s]}/Dockerfile`, dockerfile(baseImage, s, fault)]),
    );
  session.writeWorkingCopy(dockerfiles(true));
  await session.run(event, { workflows: session.user.workflows.filter((w) => w !== NOTES) });
  await session.run(event, { workflows: [NOTES], vars: { RELEASE_NOTES_TIMEOUT: '5s' } });
  // Re-run of the failed services' workflows (the fault was transient), then of the notes.
  session.writeWorkingCopy(dockerfiles(false));
  await session.run(event, { workflows: broken.map(workflowOf) });
  await session.run(event, { workflows: [NOTES], vars: { RELEASE_NOTES_TIMEOUT: '5s' } });
}

export const perServiceRelease: ExampleRehearsal = {
  name: 'per-service-release',
  files,
  concurrentJobs: 7,
  play,
};
