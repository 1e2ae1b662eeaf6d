// Rehearsal of examples/chained-model-matrix (seed 000): a push to master runs docker_publish.yml;
// each later stage runs from a workflow_run event built from the previous stage's real result
// (testkit/act/chain.ts), so the stages' `if:` guards are evaluated on it: 01 base images ->
// 02 model caches -> 03 distil-en and 04 the 37 x 5 matrix plus its test, both from 02's run.
// The Dockerfiles are tiny stand-ins on the local busybox with the same targets and build-args
// (the real ones download Whisper models); `--break base` breaks stage 01's UBI build to show
// that a failed stage stops the chain (the later stages' jobs are skipped by their `if:`).
import { playChain } from '../chain.js';
import { pushBranchEvent } from '../events.js';
import { git, writeFiles } from '../repos.js';
import type { RehearsalSession } from '../session.js';
import { manifestDigest } from '../../services/index.js';
import type { ExampleOptions, ExampleRehearsal } from './types.js';

export const LANGS = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'ja',
  'zh',
  'nl',
  'uk',
  'pt',
  'ar',
  'cs',
  'ru',
  'pl',
  'hu',
  'fi',
  'fa',
  'el',
  'tr',
  'da',
  'he',
  'vi',
  'ko',
  'ur',
  'te',
  'hi',
  'ca',
  'ml',
  'no',
  'nn',
  'sk',
  'sl',
  'hr',
  'ro',
  'eu',
  'gl',
  'ka',
];
export const MODELS = ['tiny', 'base', 'small', 'medium', 'large-v3'];
const BRANCH = 'master';

/**
 * Stands in for the whisperX CLI the images run: `--output_format F audio` writes
 * `<output_dir>/<audio name>.F` (output_dir "." as in whisperX), failing when the model the image
 * was built for is not in it.
 */
const WHISPERX = `#!/bin/sh
# whisperX stand-in for rehearsals: checks the model is in the image and writes a subtitle file.
model='' lang='' format=srt dir=. audio=''
while [ $# -gt 0 ]; do
  case $1 in
    --model) model=$2; shift 2 ;;
    --language) lang=$2; shift 2 ;;
    --output_format) format=$2; shift 2 ;;
    --output_dir | -o) dir=$2; shift 2 ;;
    --) shift ;;
    *) audio=$1; shift ;;
  esac
done
test -f "/models/$model.bin" || { echo "model $model is not in this image" >&2; exit 1; }
test -f "$audio" || { echo "no audio file $audio" >&2; exit 1; }
name=$(basename "$audio")
printf '1\\n00:00:00,000 --> 00:00:01,000\\n[%s/%s] %s\\n' "$model" "$lang" "$(cat "$audio")" > "$dir/\${name%.*}.$format"
`;

function dockerfile(baseImage: string, variant: string, broken: boolean): string {
  return [
    `# whisperX stand-in (${variant}): the seed's targets and build-args, on the local busybox.`,
    `ARG BASE_IMAGE=${baseImage}`,
    `ARG CACHE_IMAGE=${baseImage}`,
    `FROM ${baseImage} AS no_model`,
    'COPY --chmod=755 whisperx /usr/local/bin/whisperx',
    broken ? `RUN echo "the ${variant} base is broken on purpose" >&2 && exit 3` : '',
    `RUN mkdir /models && echo "${variant}" > /etc/whisperx-base`,
    '',
    'FROM ${BASE_IMAGE} AS load_whisper',
    'ARG WHISPER_MODEL',
    'RUN test -f /etc/whisperx-base && echo "$WHISPER_MODEL" > "/models/$WHISPER_MODEL.bin"',
    '',
    'FROM ${CACHE_IMAGE}',
    'ARG WHISPER_MODEL',
    'ARG LANG',
    'ENV WHISPER_MODEL=${WHISPER_MODEL} LANG=${LANG}',
    'WORKDIR /app',
    // as the whisperX images do: `docker run IMAGE -- <whisperx arguments>`
    'ENTRYPOINT ["/bin/sh", "-c", "exec whisperx --model \\"$WHISPER_MODEL\\" --language \\"$LANG\\" \\"$@\\""]',
    '',
  ].join('\n');
}

function files({ baseImage }: { baseImage: string }): Record<string, string> {
  return {
    Dockerfile: dockerfile(baseImage, 'standard', false),
    'ubi.Dockerfile': dockerfile(baseImage, 'ubi', false),
    whisperx: WHISPERX,
    'test/zh.wav': '你好，世界\n',
  };
}

/** Logs how many of the 37 x 5 matrix tags the registry holds. */
async function checkMatrixImages(session: RehearsalSession, log: (line: string) => void): Promise<void> {
  const repository = `${session.user.owner}/whisperx`;
  const tags = MODELS.flatMap((model) => LANGS.map((lang) => `${model}-${lang}`));
  let present = 0;
  for (const tag of tags) if (await manifestDigest(session.registry, repository, tag)) present += 1;
  log(`  matrix images in ${session.registry.host}/${repository}: ${present} of ${tags.length}`);
}

async function play(session: RehearsalSession, opts: ExampleOptions): Promise<void> {
  const log = opts.log ?? (() => undefined);
  if (opts.broken?.length) {
    // the pushed commit breaks the UBI base (the stages check out the chain's commit)
    writeFiles(session.user.dir, { 'ubi.Dockerfile': dockerfile(session.baseImage, 'ubi', true) });
    git(session.user.dir, ['commit', '--quiet', '--all', '-m', 'Break the UBI base image']);
  }
  const headSha = git(session.user.dir, ['rev-parse', 'HEAD']);
  await playChain(session, {
    first: 'docker_publish.yml',
    event: pushBranchEvent(session.user, BRANCH, headSha),
    headSha,
    headBranch: BRANCH,
    log,
  });
  await checkMatrixImages(session, log);
}

export const chainedModelMatrix: ExampleRehearsal = {
  name: 'chained-model-matrix',
  files,
  concurrentJobs: 4,
  play,
};
