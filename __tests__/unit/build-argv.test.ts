// Inputs -> the exact `docker buildx build` argv, one table (like build-push-action's context
// tests), plus the bad-input table: every problem is an InputError before anything runs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { InputError, Inputs, mapInputs } from '../../packages/action-io/index.js';
import { imagesOfTags, planBuild, type Resolved } from '../../actions/build/build-plan.js';
import { planCache, readOnlyCacheReason } from '../../actions/build/cache-tiers.js';
import { readBuildInputs, type BuildInputs } from '../../actions/build/inputs.js';
import { builtPlatform } from '../../actions/build/push-by-digest.js';
import { resolveTags } from '../../actions/build/tags.js';

const WS = mkdtempSync(join(tmpdir(), 'build-argv-'));
writeFileSync(join(WS, 'Dockerfile'), 'FROM scratch\n');
mkdirSync(join(WS, 'app'));
writeFileSync(join(WS, 'app', 'Dockerfile'), 'FROM scratch\n');
mkdirSync(join(WS, 'docker'));
writeFileSync(join(WS, 'docker', 'api.Dockerfile'), 'FROM scratch\n');

const M = '/rt/meta.json';
const I = '/rt/iid';
const IMG = '127.0.0.1:5000/org/app';
const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app';
const PROV = ['--provenance', 'mode=min,inline-only=true'];
const TAIL = ['--metadata-file', M, '--progress=rawjson'];
const REF = `${IMG}:buildcache-org-app`;
const GHA_FROM = 'type=gha,scope=org-app';
const GHA_TO = 'type=gha,scope=org-app,mode=max,ignore-error=true';
const REG_FROM = `type=registry,ref=${REF}`;
const REG_TO = `type=registry,ref=${REF},mode=max,ignore-error=true`;
const PREV_FROM = `type=registry,ref=${IMG}:latest`;
const LOCAL = { src: '/rt/cache', dest: '/rt/cache-new' };
const LOCAL_FROM = 'type=local,src=/rt/cache';
const LOCAL_TO = 'type=local,dest=/rt/cache-new,mode=max,ignore-error=true';

const cf = (...entries: string[]) => entries.flatMap((e) => ['--cache-from', e]);
const ct = (...entries: string[]) => entries.flatMap((e) => ['--cache-to', e]);
/** buildx build <middle> --iidfile ... : most cases differ only in the cache flags and tags. */
const pushed = (cache: string[], extra: { tags?: string[] } = {}) => [
  'buildx',
  'build',
  ...cache,
  '--iidfile',
  I,
  ...PROV,
  ...(extra.tags ?? [`${IMG}:1.0`]).flatMap((t) => ['--tag', t]),
  ...TAIL,
  '--push',
  '.',
];
/** A push-by-digest build: the image output instead of tags and --push. */
const byDigest = (cache: string[], name: string, platform: string, provenance = PROV) => [
  'buildx',
  'build',
  ...cache,
  '--iidfile',
  I,
  '--output',
  `type=image,${name},push-by-digest=true,name-canonical=true,push=true`,
  '--platform',
  platform,
  ...provenance,
  ...TAIL,
  '.',
];
const pushIn = (more: Record<string, string> = {}) => ({ tags: `${IMG}:1.0`, push: 'true', ...more });

interface Case {
  name: string;
  inputs: Record<string, string>;
  resolved?: Partial<Resolved>;
  argv: string[];
}

const cases: Case[] = [
  {
    name: 'minimal: no tags, no push, no cache',
    inputs: { cache: 'none' },
    argv: ['buildx', 'build', '--iidfile', I, ...PROV, ...TAIL, '.'],
  },
  {
    name: 'default tiers gha,registry,previous,inline',
    inputs: pushIn(),
    argv: pushed([...cf(GHA_FROM, REG_FROM, PREV_FROM), ...ct(GHA_TO, REG_TO, 'type=inline')]),
  },
  { name: 'gha alone', inputs: pushIn({ cache: 'gha' }), argv: pushed([...cf(GHA_FROM), ...ct(GHA_TO)]) },
  {
    name: 'registry alone',
    inputs: pushIn({ cache: 'registry' }),
    argv: pushed([...cf(REG_FROM), ...ct(REG_TO)]),
  },
  { name: 'previous alone', inputs: pushIn({ cache: 'previous' }), argv: pushed(cf(PREV_FROM)) },
  { name: 'inline alone', inputs: pushIn({ cache: 'inline' }), argv: pushed(ct('type=inline')) },
  {
    name: 'local alone',
    inputs: pushIn({ cache: 'local' }),
    resolved: { localDir: LOCAL },
    argv: pushed([...cf(LOCAL_FROM), ...ct(LOCAL_TO)]),
  },
  {
    name: 'gha,registry',
    inputs: pushIn({ cache: 'gha,registry' }),
    argv: pushed([...cf(GHA_FROM, REG_FROM), ...ct(GHA_TO, REG_TO)]),
  },
  {
    name: 'registry,inline',
    inputs: pushIn({ cache: 'registry,inline' }),
    argv: pushed([...cf(REG_FROM), ...ct(REG_TO, 'type=inline')]),
  },
  {
    name: 'previous,inline (the pushed image serves as the next cache)',
    inputs: pushIn({ cache: 'previous\ninline' }),
    argv: pushed([...cf(PREV_FROM), ...ct('type=inline')]),
  },
  {
    name: 'gha,previous',
    inputs: pushIn({ cache: 'gha, previous' }),
    argv: pushed([...cf(GHA_FROM, PREV_FROM), ...ct(GHA_TO)]),
  },
  {
    name: 'all five tiers',
    inputs: pushIn({ cache: 'gha,registry,previous,inline,local' }),
    resolved: { localDir: LOCAL },
    argv: pushed([
      ...cf(GHA_FROM, REG_FROM, PREV_FROM, LOCAL_FROM),
      ...ct(GHA_TO, REG_TO, 'type=inline', LOCAL_TO),
    ]),
  },
  {
    name: 'tier order is kept',
    inputs: pushIn({ cache: 'inline,previous,registry,gha' }),
    argv: pushed([...cf(PREV_FROM, REG_FROM, GHA_FROM), ...ct('type=inline', REG_TO, GHA_TO)]),
  },
  {
    name: 'duplicate tiers and upper case are folded',
    inputs: pushIn({ cache: 'GHA,gha,Registry' }),
    argv: pushed([...cf(GHA_FROM, REG_FROM), ...ct(GHA_TO, REG_TO)]),
  },
  { name: 'cache: none', inputs: pushIn({ cache: 'none' }), argv: pushed([]) },
  {
    name: 'cache-mode min',
    inputs: pushIn({ cache: 'gha,registry,inline', 'cache-mode': 'min' }),
    argv: pushed([
      ...cf(GHA_FROM, REG_FROM),
      ...ct(
        'type=gha,scope=org-app,mode=min,ignore-error=true',
        `type=registry,ref=${REF},mode=min,ignore-error=true`,
        'type=inline',
      ),
    ]),
  },
  {
    name: 'inline is skipped when no image is exported',
    inputs: { tags: `${IMG}:1.0`, cache: 'inline,registry' },
    argv: [
      'buildx',
      'build',
      ...cf(REG_FROM),
      ...ct(REG_TO),
      '--iidfile',
      I,
      ...PROV,
      '--tag',
      `${IMG}:1.0`,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'registry and previous are skipped without any image name',
    inputs: { cache: 'registry,previous,gha' },
    argv: [
      'buildx',
      'build',
      ...cf('type=gha,scope=Dockerfile'),
      ...ct('type=gha,scope=Dockerfile,mode=max,ignore-error=true'),
      '--iidfile',
      I,
      ...PROV,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'ECR registry cache gets image-manifest and oci-mediatypes',
    inputs: { tags: `${ECR}:1.0`, push: 'true', cache: 'registry,previous' },
    argv: pushed(
      [
        ...cf(`type=registry,ref=${ECR}:buildcache-team-app`, `type=registry,ref=${ECR}:latest`),
        ...ct(
          `type=registry,ref=${ECR}:buildcache-team-app,mode=max,ignore-error=true,image-manifest=true,oci-mediatypes=true`,
        ),
      ],
      { tags: [`${ECR}:1.0`] },
    ),
  },
  {
    name: 'ECR in China and FIPS endpoints',
    inputs: { tags: '1.dkr.ecr-fips.cn-north-1.amazonaws.com.cn/app:1', push: 'true', cache: 'registry' },
    argv: pushed(
      [
        ...cf('type=registry,ref=1.dkr.ecr-fips.cn-north-1.amazonaws.com.cn/app:buildcache-app'),
        ...ct(
          'type=registry,ref=1.dkr.ecr-fips.cn-north-1.amazonaws.com.cn/app:buildcache-app,mode=max,ignore-error=true,image-manifest=true,oci-mediatypes=true',
        ),
      ],
      { tags: ['1.dkr.ecr-fips.cn-north-1.amazonaws.com.cn/app:1'] },
    ),
  },
  {
    name: 'a host that merely mentions amazonaws is not ECR',
    inputs: { tags: 'amazonaws.com.example.org/app:1', push: 'true', cache: 'registry' },
    argv: pushed(
      [
        ...cf('type=registry,ref=amazonaws.com.example.org/app:buildcache-app'),
        ...ct('type=registry,ref=amazonaws.com.example.org/app:buildcache-app,mode=max,ignore-error=true'),
      ],
      { tags: ['amazonaws.com.example.org/app:1'] },
    ),
  },
  {
    name: 'explicit cache-ref',
    inputs: pushIn({ cache: 'registry', 'cache-ref': '127.0.0.1:5000/org/cache:app' }),
    argv: pushed([
      ...cf('type=registry,ref=127.0.0.1:5000/org/cache:app'),
      ...ct('type=registry,ref=127.0.0.1:5000/org/cache:app,mode=max,ignore-error=true'),
    ]),
  },
  {
    name: 'explicit cache-scope names gha scope and the cache tag',
    inputs: pushIn({ cache: 'gha,registry', 'cache-scope': 'shared/base' }),
    argv: pushed([
      ...cf('type=gha,scope=shared/base', `type=registry,ref=${IMG}:buildcache-shared-base`),
      ...ct(
        'type=gha,scope=shared/base,mode=max,ignore-error=true',
        `type=registry,ref=${IMG}:buildcache-shared-base,mode=max,ignore-error=true`,
      ),
    ]),
  },
  {
    name: 'matrix target api gets its own scope',
    inputs: pushIn({ cache: 'gha,registry', target: 'api' }),
    argv: [
      'buildx',
      'build',
      ...cf('type=gha,scope=org-app-api', `type=registry,ref=${IMG}:buildcache-org-app-api`),
      ...ct(
        'type=gha,scope=org-app-api,mode=max,ignore-error=true',
        `type=registry,ref=${IMG}:buildcache-org-app-api,mode=max,ignore-error=true`,
      ),
      '--iidfile',
      I,
      ...PROV,
      '--tag',
      `${IMG}:1.0`,
      '--target',
      'api',
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'matrix target worker gets another scope',
    inputs: pushIn({ cache: 'gha,registry', target: 'worker' }),
    argv: [
      'buildx',
      'build',
      ...cf('type=gha,scope=org-app-worker', `type=registry,ref=${IMG}:buildcache-org-app-worker`),
      ...ct(
        'type=gha,scope=org-app-worker,mode=max,ignore-error=true',
        `type=registry,ref=${IMG}:buildcache-org-app-worker,mode=max,ignore-error=true`,
      ),
      '--iidfile',
      I,
      ...PROV,
      '--tag',
      `${IMG}:1.0`,
      '--target',
      'worker',
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'matrix platforms are part of the scope (sorted)',
    inputs: pushIn({ cache: 'gha', platforms: 'linux/arm64/v8,linux/amd64' }),
    argv: [
      'buildx',
      'build',
      ...cf('type=gha,scope=org-app-linux-amd64-linux-arm64-v8'),
      ...ct('type=gha,scope=org-app-linux-amd64-linux-arm64-v8,mode=max,ignore-error=true'),
      '--iidfile',
      I,
      '--platform',
      'linux/arm64/v8,linux/amd64',
      ...PROV,
      '--tag',
      `${IMG}:1.0`,
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'a very long scope is cut and keeps a hash of the whole',
    inputs: pushIn({ cache: 'gha', target: 'x'.repeat(120) }),
    argv: [
      'buildx',
      'build',
      ...cf(`type=gha,scope=org-app-${'x'.repeat(83)}-2173340b`),
      ...ct(`type=gha,scope=org-app-${'x'.repeat(83)}-2173340b,mode=max,ignore-error=true`),
      '--iidfile',
      I,
      ...PROV,
      '--tag',
      `${IMG}:1.0`,
      '--target',
      'x'.repeat(120),
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'cache-previous-tag',
    inputs: pushIn({ cache: 'previous', 'cache-previous-tag': 'main' }),
    argv: pushed(cf(`type=registry,ref=${IMG}:main`)),
  },
  {
    name: 'several images: registry cache and previous use the first',
    inputs: {
      tags: `${IMG}:1.0\nghcr.io/org/app:1.0\n${IMG}:latest`,
      push: 'true',
      cache: 'registry,previous',
    },
    argv: pushed([...cf(REG_FROM, PREV_FROM), ...ct(REG_TO)], {
      tags: [`${IMG}:1.0`, 'ghcr.io/org/app:1.0', `${IMG}:latest`],
    }),
  },
  {
    name: 'Docker Hub names: library/ is not part of the scope',
    inputs: { tags: 'nginx:1\nuser/app:1', push: 'true', cache: 'registry' },
    argv: pushed(
      [
        ...cf('type=registry,ref=nginx:buildcache-nginx'),
        ...ct('type=registry,ref=nginx:buildcache-nginx,mode=max,ignore-error=true'),
      ],
      { tags: ['nginx:1', 'user/app:1'] },
    ),
  },
  {
    name: 'images input with tags and labels computed in-process',
    inputs: { images: IMG, push: 'true', cache: 'registry' },
    resolved: {
      tags: [`${IMG}:sha-abc1234`, `${IMG}:main`],
      labels: ['org.opencontainers.image.revision=abc'],
    },
    argv: [
      'buildx',
      'build',
      ...cf(REG_FROM),
      ...ct(REG_TO),
      '--iidfile',
      I,
      '--label',
      'org.opencontainers.image.revision=abc',
      ...PROV,
      '--tag',
      `${IMG}:sha-abc1234`,
      '--tag',
      `${IMG}:main`,
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'images input without computed tags still names the cache',
    inputs: { images: IMG, cache: 'registry' },
    resolved: { tags: [] },
    argv: ['buildx', 'build', ...cf(REG_FROM), ...ct(REG_TO), '--iidfile', I, ...PROV, ...TAIL, '.'],
  },
  {
    name: 'gha dropped (no runtime token): the other tiers stay',
    inputs: pushIn(),
    resolved: { dropped: { gha: 'gha cache inactive' } },
    argv: pushed([...cf(REG_FROM, PREV_FROM), ...ct(REG_TO, 'type=inline')]),
  },
  {
    name: 'builder-setup false on a builder that cannot export: exporting tiers and user cache-to dropped',
    inputs: pushIn({ 'cache-to': 'type=registry,ref=x/y:c', 'cache-from': 'x/y:c' }),
    resolved: {
      dropped: { gha: 'no export', registry: 'no export', local: 'no export' },
      dropUserCacheTo: 'no export',
    },
    argv: pushed([...cf(PREV_FROM, 'type=registry,ref=x/y:c'), ...ct('type=inline')]),
  },
  {
    name: 'user cache-from and cache-to come after the tiers',
    inputs: pushIn({
      cache: 'registry',
      'cache-from': 'type=gha,scope=other\ntype=local,src=/tmp/c',
      'cache-to': 'type=gha,scope=other,mode=max',
    }),
    argv: pushed([
      ...cf(REG_FROM, 'type=gha,scope=other', 'type=local,src=/tmp/c'),
      ...ct(REG_TO, 'type=gha,scope=other,mode=max,ignore-error=true'),
    ]),
  },
  {
    name: 'user cache-to: bare ref normalised, explicit ignore-error kept, inline untouched',
    inputs: pushIn({
      cache: 'none',
      'cache-to': '127.0.0.1:1/x/y:cache\ntype=registry,ref=a/b:c,ignore-error=false\ntype=inline',
    }),
    argv: pushed(
      ct(
        'type=registry,ref=127.0.0.1:1/x/y:cache,ignore-error=true',
        'type=registry,ref=a/b:c,ignore-error=false',
        'type=inline',
      ),
    ),
  },
  {
    name: 'provenance false',
    inputs: pushIn({ cache: 'none', provenance: 'false' }),
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      '--provenance',
      'false',
      '--tag',
      `${IMG}:1.0`,
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'provenance passed through',
    inputs: pushIn({ cache: 'none', provenance: 'mode=max' }),
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      '--provenance',
      'mode=max',
      '--tag',
      `${IMG}:1.0`,
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'default provenance records the run as builder id',
    inputs: pushIn({ cache: 'none' }),
    resolved: { builderId: 'https://github.com/o/r/actions/runs/42' },
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      '--provenance',
      'mode=min,inline-only=true,builder-id=https://github.com/o/r/actions/runs/42',
      '--tag',
      `${IMG}:1.0`,
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'load only: no default provenance (the docker store cannot hold it)',
    inputs: { tags: `${IMG}:1.0`, load: 'true', cache: 'none' },
    argv: ['buildx', 'build', '--iidfile', I, '--tag', `${IMG}:1.0`, ...TAIL, '--load', '.'],
  },
  {
    name: 'load and push together keep provenance',
    inputs: pushIn({ load: 'true', cache: 'none' }),
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      ...PROV,
      '--tag',
      `${IMG}:1.0`,
      ...TAIL,
      '--load',
      '--push',
      '.',
    ],
  },
  {
    name: 'sbom passed through',
    inputs: pushIn({ cache: 'none', sbom: 'true' }),
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      ...PROV,
      '--sbom',
      'true',
      '--tag',
      `${IMG}:1.0`,
      ...TAIL,
      '--push',
      '.',
    ],
  },
  {
    name: 'secrets become 0600 files passed by path, multi-line values quoted',
    inputs: { cache: 'none', secrets: 'NPM_TOKEN=abc,def\n"GPG_KEY=line1\nline2"\ngithub_token=x=y' },
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      ...PROV,
      '--secret',
      'id=NPM_TOKEN,src=/rt/secrets/NPM_TOKEN',
      '--secret',
      'id=GPG_KEY,src=/rt/secrets/GPG_KEY',
      '--secret',
      'id=github_token,src=/rt/secrets/github_token',
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'secret-files and secret-envs',
    inputs: { cache: 'none', 'secret-files': 'cfg=conf/app.ini', 'secret-envs': 'tok=MY_TOKEN\nother=OTHER' },
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      ...PROV,
      '--secret',
      `id=cfg,src=${WS}/conf/app.ini`,
      '--secret',
      'id=tok,env=MY_TOKEN',
      '--secret',
      'id=other,env=OTHER',
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'build-args: one per line, commas kept, blank lines dropped',
    inputs: {
      cache: 'none',
      'build-args': 'BASE_IMAGE=127.0.0.1:5000/base:1\nLIST=a,b,c\n\nJSON={"k": "v, w"}\nFROM_ENV',
    },
    argv: [
      'buildx',
      'build',
      '--build-arg',
      'BASE_IMAGE=127.0.0.1:5000/base:1',
      '--build-arg',
      'LIST=a,b,c',
      '--build-arg',
      'JSON={"k": "v, w"}',
      '--build-arg',
      'FROM_ENV',
      '--iidfile',
      I,
      ...PROV,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'build-contexts',
    inputs: { cache: 'none', 'build-contexts': 'alpine=docker-image://alpine:3\nsrc=../shared' },
    argv: [
      'buildx',
      'build',
      '--build-context',
      'alpine=docker-image://alpine:3',
      '--build-context',
      'src=../shared',
      '--iidfile',
      I,
      ...PROV,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'labels and annotations keep their commas',
    inputs: {
      cache: 'none',
      labels: 'a=1,2\nb=x',
      annotations: 'index:org.opencontainers.image.description=one, two',
    },
    argv: [
      'buildx',
      'build',
      '--annotation',
      'index:org.opencontainers.image.description=one, two',
      '--iidfile',
      I,
      '--label',
      'a=1,2',
      '--label',
      'b=x',
      ...PROV,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'local output: no iidfile and no provenance default',
    inputs: { cache: 'none', outputs: 'type=local,dest=out' },
    argv: ['buildx', 'build', '--output', 'type=local,dest=out', ...TAIL, '.'],
  },
  {
    name: 'registry output keeps iidfile and provenance',
    inputs: { tags: `${IMG}:1.0`, cache: 'inline', outputs: 'type=image,push=true,compression=zstd' },
    argv: [
      'buildx',
      'build',
      ...ct('type=inline'),
      '--iidfile',
      I,
      '--output',
      'type=image,push=true,compression=zstd',
      ...PROV,
      '--tag',
      `${IMG}:1.0`,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'network, shm-size, ulimit',
    inputs: { cache: 'none', network: 'host', 'shm-size': '2g', ulimit: 'nofile=1024:2048\nnproc=512' },
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      '--network',
      'host',
      ...PROV,
      '--shm-size',
      '2g',
      '--ulimit',
      'nofile=1024:2048',
      '--ulimit',
      'nproc=512',
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'no-cache, pull, builder, ssh',
    inputs: { cache: 'none', 'no-cache': 'true', pull: 'true', builder: 'ci', ssh: 'default' },
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      '--no-cache',
      ...PROV,
      '--pull',
      '--ssh',
      'default',
      '--builder',
      'ci',
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'file, target and context',
    inputs: { cache: 'none', context: 'app', file: 'docker/api.Dockerfile', target: 'api' },
    argv: [
      'buildx',
      'build',
      '--file',
      'docker/api.Dockerfile',
      '--iidfile',
      I,
      ...PROV,
      '--target',
      'api',
      ...TAIL,
      'app',
    ],
  },
  {
    name: 'builder created by builder-setup',
    inputs: pushIn({ cache: 'registry' }),
    resolved: { builder: 'docker-pipeline-actions' },
    argv: [
      'buildx',
      'build',
      ...cf(REG_FROM),
      ...ct(REG_TO),
      '--iidfile',
      I,
      ...PROV,
      '--tag',
      `${IMG}:1.0`,
      '--builder',
      'docker-pipeline-actions',
      ...TAIL,
      '--push',
      '.',
    ],
  },
  // build-push-action v7's inputs (issue 16, item 11), each with its buildx flag.
  {
    name: 'add-hosts (comma or newline list) and allow',
    inputs: {
      cache: 'none',
      'add-hosts': 'docker:10.180.0.1,db=10.0.0.2',
      allow: 'network.host\nsecurity.insecure',
    },
    argv: [
      'buildx',
      'build',
      '--add-host',
      'docker:10.180.0.1',
      '--add-host',
      'db=10.0.0.2',
      '--allow',
      'network.host',
      '--allow',
      'security.insecure',
      '--iidfile',
      I,
      ...PROV,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'attests one per line, commas inside; a provenance attest replaces the default',
    inputs: { cache: 'none', attests: 'type=sbom,generator=image\ntype=provenance,mode=max' },
    argv: [
      'buildx',
      'build',
      '--attest',
      'type=sbom,generator=image',
      '--attest',
      'type=provenance,mode=max',
      '--iidfile',
      I,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'provenance and sbom inputs win over attests of their type',
    inputs: {
      cache: 'none',
      attests: 'type=sbom,generator=x\ntype=provenance,mode=max\ntype=custom,foo=bar',
      provenance: 'mode=max',
      sbom: 'true',
    },
    argv: [
      'buildx',
      'build',
      '--attest',
      'type=custom,foo=bar',
      '--iidfile',
      I,
      '--provenance',
      'mode=max',
      '--sbom',
      'true',
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'call check: no cache export, image id, provenance or push',
    inputs: pushIn({ cache: 'registry', call: 'check' }),
    argv: ['buildx', 'build', ...cf(REG_FROM), '--call', 'check', '--tag', `${IMG}:1.0`, ...TAIL, '.'],
  },
  {
    name: 'call with options, load dropped',
    inputs: { cache: 'none', call: 'check,format=json', load: 'true' },
    argv: ['buildx', 'build', '--call', 'check,format=json', ...TAIL, '.'],
  },
  {
    name: 'call build is an ordinary build',
    inputs: { cache: 'none', call: 'build' },
    argv: ['buildx', 'build', '--call', 'build', '--iidfile', I, ...PROV, ...TAIL, '.'],
  },
  {
    name: 'cgroup-parent and no-cache-filters',
    inputs: { cache: 'none', 'cgroup-parent': '/actions_job', 'no-cache-filters': 'deps,test' },
    argv: [
      'buildx',
      'build',
      '--cgroup-parent',
      '/actions_job',
      '--iidfile',
      I,
      '--no-cache-filter',
      'deps',
      '--no-cache-filter',
      'test',
      ...PROV,
      ...TAIL,
      '.',
    ],
  },
  {
    name: 'github-token with a Git context on github.com: the GIT_AUTH_TOKEN.github.com secret',
    inputs: { cache: 'none', context: 'https://github.com/o/r.git#main', 'github-token': 'ghs_x' },
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      ...PROV,
      '--secret',
      'id=GIT_AUTH_TOKEN.github.com,src=/rt/secrets/GIT_AUTH_TOKEN.github.com',
      ...TAIL,
      'https://github.com/o/r.git#main',
    ],
  },
  {
    name: 'github-token is never used for a local context',
    inputs: { cache: 'none', 'github-token': 'ghs_x' },
    argv: ['buildx', 'build', '--iidfile', I, ...PROV, ...TAIL, '.'],
  },
  {
    name: 'github-token is not sent to another host',
    inputs: { cache: 'none', context: 'https://gitlab.com/o/r.git', 'github-token': 'ghs_x' },
    argv: ['buildx', 'build', '--iidfile', I, ...PROV, ...TAIL, 'https://gitlab.com/o/r.git'],
  },
  {
    name: 'a GIT_AUTH_TOKEN secret input wins over github-token',
    inputs: {
      cache: 'none',
      context: 'https://github.com/o/r.git',
      secrets: 'GIT_AUTH_TOKEN=mine',
      'github-token': 'ghs_x',
    },
    argv: [
      'buildx',
      'build',
      '--iidfile',
      I,
      ...PROV,
      '--secret',
      'id=GIT_AUTH_TOKEN,src=/rt/secrets/GIT_AUTH_TOKEN',
      ...TAIL,
      'https://github.com/o/r.git',
    ],
  },
  {
    name: 'push-by-digest: one platform, an image output by digest, no tags, no --push',
    inputs: { images: IMG, platforms: 'linux/arm64', 'push-by-digest': 'true', cache: 'registry' },
    argv: byDigest(
      [
        ...cf(`type=registry,ref=${IMG}:buildcache-org-app-linux-arm64`),
        ...ct(`type=registry,ref=${IMG}:buildcache-org-app-linux-arm64,mode=max,ignore-error=true`),
      ],
      `name=${IMG}`,
      'linux/arm64',
    ),
  },
  {
    name: 'push-by-digest to two names: one quoted name= field (CSV, as buildx reads --output)',
    inputs: {
      images: `${IMG}\nghcr.io/org/app`,
      platforms: 'linux/amd64',
      'push-by-digest': 'true',
      cache: 'none',
      provenance: 'false',
    },
    argv: byDigest([], `"name=${IMG},ghcr.io/org/app"`, 'linux/amd64', ['--provenance', 'false']),
  },
  {
    name: 'push-by-digest with push: true given too: still no --push',
    inputs: { images: IMG, platforms: 'linux/amd64', 'push-by-digest': 'true', push: 'true', cache: 'none' },
    argv: byDigest([], `name=${IMG}`, 'linux/amd64'),
  },
  {
    name: 'remote git context is passed through unchecked',
    inputs: { cache: 'none', context: 'https://github.com/o/r.git#main' },
    argv: ['buildx', 'build', '--iidfile', I, ...PROV, ...TAIL, 'https://github.com/o/r.git#main'],
  },
];

function resolvedFor(inputs: BuildInputs, extra: Partial<Resolved> = {}): Resolved {
  return {
    tags: inputs.tags,
    labels: inputs.labels,
    annotations: inputs.annotations,
    builder: inputs.builder,
    metadataFile: M,
    iidFile: I,
    secretFiles: inputs.secrets.map((s) => ({ id: s.id, path: `/rt/secrets/${s.id}` })),
    ...extra,
  };
}

const read = (values: Record<string, string>) => readBuildInputs(new Inputs(mapInputs(values)), WS);

describe('buildx argv', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('$name', ({ inputs, resolved, argv }) => {
    const build = read(inputs);
    expect(planBuild(build, resolvedFor(build, resolved)).argv).toEqual(argv);
  });

  it('explains skipped tiers and the inline mode', () => {
    const build = read({ tags: `${IMG}:1.0`, push: 'true', cache: 'gha,inline,registry' });
    const { cache } = planBuild(
      build,
      resolvedFor(build, { dropped: { gha: 'gha cache inactive: no token' } }),
    );
    expect(cache.skipped).toEqual([{ tier: 'gha', reason: 'gha cache inactive: no token' }]);
    expect(cache.tiers.map((t) => t.tier)).toEqual(['inline', 'registry']);
    expect(cache.notes.join()).toMatch(/inline cache supports mode=min only/);
  });

  it('github-token on GitHub Enterprise Server: the secret is for its host, and is the token', () => {
    const values = { context: 'https://ghe.example.com/o/r.git', 'github-token': 'ghs_y' };
    const build = readBuildInputs(new Inputs(mapInputs(values)), WS, 'https://ghe.example.com');
    expect(build.secrets).toEqual([{ id: 'GIT_AUTH_TOKEN.ghe.example.com', value: 'ghs_y' }]);
    expect(read(values).secrets).toEqual([]);
  });

  it('reads multi-line secret values whole', () => {
    const build = read({ secrets: '"KEY=a\nb ""quoted"""\nX=1' });
    expect(build.secrets).toEqual([
      { id: 'KEY', value: 'a\nb "quoted"' },
      { id: 'X', value: '1' },
    ]);
  });
});

// Issue 15, point 5: a build that pushes nothing, or runs for a pull request, must not overwrite
// the shared cache (a same-repository PR could plant layers the next release build reads).
// The caller passes readOnly: readOnlyCacheReason(inputs, GITHUB_EVENT_NAME) to planCache.
describe('read-only cache: push false or a pull request exports nothing unless cache-to asks', () => {
  const ALL = 'gha,registry,previous,inline,local';
  const readOnlyCases: {
    name: string;
    inputs: Record<string, string>;
    event: string;
    from: string[];
    to: string[];
  }[] = [
    {
      name: 'push: false on a push event: every tier only reads',
      inputs: { tags: `${IMG}:1.0`, load: 'true', cache: ALL },
      event: 'push',
      from: [GHA_FROM, REG_FROM, PREV_FROM, LOCAL_FROM],
      to: [],
    },
    {
      name: 'pull_request that pushes (pr tags): still read-only',
      inputs: pushIn({ cache: ALL }),
      event: 'pull_request',
      from: [GHA_FROM, REG_FROM, PREV_FROM, LOCAL_FROM],
      to: [],
    },
    {
      name: 'pull_request_target: read-only',
      inputs: pushIn({ cache: 'registry' }),
      event: 'pull_request_target',
      from: [REG_FROM],
      to: [],
    },
    {
      name: 'explicit cache-to on a pull request is still written',
      inputs: pushIn({ cache: 'registry', 'cache-to': 'type=registry,ref=x/y:c' }),
      event: 'pull_request',
      from: [REG_FROM],
      to: ['type=registry,ref=x/y:c,ignore-error=true'],
    },
    {
      name: 'push: true on a push event: the tiers export as before',
      inputs: pushIn({ cache: ALL }),
      event: 'push',
      from: [GHA_FROM, REG_FROM, PREV_FROM, LOCAL_FROM],
      to: [GHA_TO, REG_TO, 'type=inline', LOCAL_TO],
    },
    {
      name: 'push: false with an outputs entry that pushes: exports',
      inputs: { tags: `${IMG}:1.0`, cache: 'registry', outputs: 'type=registry' },
      event: 'release',
      from: [REG_FROM],
      to: [REG_TO],
    },
  ];

  it.each(readOnlyCases)('$name', ({ inputs, event, from, to }) => {
    const build = read(inputs);
    const plan = planCache(build, {
      images: imagesOfTags(build.tags),
      localDir: LOCAL,
      readOnly: readOnlyCacheReason(build, event),
    });
    expect(plan.cacheFrom).toEqual(from);
    expect(plan.cacheTo).toEqual(to);
  });

  it('says which tiers were kept from exporting, and why', () => {
    const build = read({ tags: `${IMG}:1.0`, cache: 'gha,registry,inline' });
    const plan = planCache(build, {
      images: imagesOfTags(build.tags),
      readOnly: readOnlyCacheReason(build, 'pull_request'),
    });
    expect(plan.notes).toEqual([
      'cache is read-only (the build runs for a pull_request event): nothing exported for gha, registry; give cache-to to export anyway',
    ]);
  });

  it.each([
    ['push event, push true', true, 'push', undefined],
    ['push event, push false', false, 'push', 'the build does not push (push: false)'],
    ['pull_request, push true', true, 'pull_request', 'the build runs for a pull_request event'],
    ['no event name, push true', true, undefined, undefined],
  ])('readOnlyCacheReason: %s', (_name, push, event, reason) => {
    expect(readOnlyCacheReason({ push, outputs: [] }, event)).toBe(reason);
  });
});

const bad: [string, Record<string, string>, string, RegExp][] = [
  ['tag with a bad tag part', { tags: `${IMG}:bad tag` }, 'tags', /not an image reference/],
  ['tag with upper-case-only invalid path', { tags: 'ghcr.io/org/ap$p:1' }, 'tags', /invalid path component/],
  ['tag with a malformed digest', { tags: `${IMG}@sha256:xyz` }, 'tags', /malformed digest/],
  ['tag starting with a dot', { tags: `${IMG}:.hidden` }, 'tags', /invalid tag/],
  [
    'unknown tier',
    { cache: 'gha,s3' },
    'cache',
    /unknown tier "s3" \(allowed: gha, registry, previous, inline, local, or none\)/,
  ],
  ['bad cache-mode', { 'cache-mode': 'all' }, 'cache-mode', /"all" is not one of: max, min/],
  ['platform without arch', { platforms: 'linux' }, 'platforms', /"linux" is not os\/arch\[\/variant\]/],
  [
    'platform with spaces',
    { platforms: 'linux/amd64,linux/ arm64' },
    'platforms',
    /"linux\/ arm64" is not os\/arch/,
  ],
  ['platform with too many parts', { platforms: 'linux/arm/v7/x' }, 'platforms', /is not os\/arch/],
  ['secret without id', { secrets: 'justavalue' }, 'secrets', /entry 1 has no id \(write ID=value/],
  ['secret with an empty id', { secrets: 'A=1\n=value' }, 'secrets', /entry 2 has no id/],
  ['secret-file without id', { 'secret-files': 'conf/app.ini' }, 'secret-files', /entry 1 is not ID=path/],
  ['secret-env without a variable', { 'secret-envs': 'tok=' }, 'secret-envs', /entry 1 is not ID=ENV_VAR/],
  ['missing context', { context: 'nope' }, 'context', /"nope" is not a directory/],
  [
    'missing Dockerfile',
    { file: 'docker/missing.Dockerfile' },
    'file',
    /Dockerfile "docker\/missing.Dockerfile" not found/,
  ],
  [
    'context without a Dockerfile',
    { context: 'docker' },
    'file',
    /Dockerfile "docker\/Dockerfile" not found/,
  ],
  ['cache-ref without tag', { 'cache-ref': `${IMG}` }, 'cache-ref', /neither a tag nor a digest/],
  [
    'cache-ref with digest',
    { 'cache-ref': `${IMG}:c@sha256:${'a'.repeat(64)}` },
    'cache-ref',
    /must be name:tag/,
  ],
  ['bad previous tag', { 'cache-previous-tag': 'a:b' }, 'cache-previous-tag', /not a valid tag/],
  ['bad cache-scope', { 'cache-scope': 'a,b' }, 'cache-scope', /may only contain/],
  ['bad images', { images: 'ghcr.io/org/app:1' }, 'images', /has a tag; give the image name only/],
  ['bad retries', { retries: 'many' }, 'retries', /not a whole number from 0 to 10/],
  ['bad builder-setup', { 'builder-setup': 'yes' }, 'builder-setup', /not one of: auto, false/],
  ['bad push', { push: 'yes' }, 'push', /not a boolean/],
  ['bad shm-size', { 'shm-size': 'lots' }, 'shm-size', /not a size/],
  ['bad ulimit', { ulimit: 'nofile' }, 'ulimit', /not type=soft\[:hard\]/],
  ['add-hosts without an ip', { 'add-hosts': 'docker' }, 'add-hosts', /"docker" is not host:ip/],
  ['unknown allow entitlement', { allow: 'network.none' }, 'allow', /"network.none" is not an entitlement/],
  [
    'attest without a type',
    { attests: 'generator=image' },
    'attests',
    /"generator=image" is not type=<kind>/,
  ],
  ['bad push-by-digest', { 'push-by-digest': 'yes' }, 'push-by-digest', /not a boolean/],
  [
    'push-by-digest without images',
    { 'push-by-digest': 'true', platforms: 'linux/amd64' },
    'images',
    /push-by-digest: true pushes one platform by digest to each name in images: give the image names/,
  ],
  [
    'push-by-digest with tags',
    { 'push-by-digest': 'true', images: IMG, tags: `${IMG}:1`, platforms: 'linux/amd64' },
    'tags',
    /without tags \(merge-manifests tags the index\): leave tags empty/,
  ],
  [
    'push-by-digest without a platform',
    { 'push-by-digest': 'true', images: IMG },
    'platforms',
    /exactly one platform \(e.g. linux\/arm64\), not 0/,
  ],
  [
    'push-by-digest with two platforms',
    { 'push-by-digest': 'true', images: IMG, platforms: 'linux/amd64,linux/arm64' },
    'platforms',
    /exactly one platform .*, not 2/,
  ],
  [
    'push-by-digest with load',
    { 'push-by-digest': 'true', images: IMG, platforms: 'linux/amd64', load: 'true' },
    'load',
    /cannot also load the image/,
  ],
  [
    'push-by-digest with outputs',
    { 'push-by-digest': 'true', images: IMG, platforms: 'linux/amd64', outputs: 'type=local,dest=x' },
    'outputs',
    /writes its own image output, so outputs must be empty/,
  ],
  ['unknown call', { call: 'lint' }, 'call', /"lint" is not one of: build, check, outline, targets/],
  ['cgroup-parent with a space', { 'cgroup-parent': 'a b' }, 'cgroup-parent', /without spaces/],
  [
    'no-cache-filters not a stage',
    { 'no-cache-filters': '-x' },
    'no-cache-filters',
    /"-x" is not a stage name/,
  ],
];

describe('bad input fails before any build', () => {
  it.each(bad)('%s', (_name, inputs, input, message) => {
    let error: unknown;
    try {
      read(inputs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect((error as InputError).message).toMatch(message);
  });

  it('never echoes a secret value', () => {
    expect(() => read({ secrets: 'A=1\ns3cr3t-no-id' })).toThrow(/entry 2/);
    expect(() => read({ secrets: 'A=1\ns3cr3t-no-id' })).not.toThrow(/s3cr3t/);
  });
});

describe('push-by-digest: tags, labels and the platform output', () => {
  const env = { GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push' };

  it('pushes no tag but keeps the computed OCI labels', () => {
    const build = read({ images: IMG, platforms: 'linux/arm64', 'push-by-digest': 'true' });
    expect(build.push).toBe(true);
    const resolved = resolveTags(build, env, {});
    expect(resolved.tags).toEqual([]);
    expect(resolved.labels).toContain(`org.opencontainers.image.revision=${'a'.repeat(40)}`);
    expect(resolveTags({ ...build, pushByDigest: false }, env, {}).tags.length).toBeGreaterThan(0);
  });

  it.each([
    ['one platform', ['linux/arm64'], 'linux/arm64'],
    ['one platform with a variant, upper case', ['Linux/ARM/v7'], 'linux/arm/v7'],
    ['two platforms', ['linux/amd64', 'linux/arm64'], ''],
    ['none (builder default)', [], ''],
  ])('platform output: %s', (_name, platforms, expected) => {
    expect(builtPlatform(platforms)).toBe(expected);
  });
});
