import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { validateWorkflows } from '../../scripts/workflow-check/index.js';
import { actionFolders } from '../../scripts/workflow-check/files.js';
import { splitTopLevel } from '../../scripts/workflow-check/hardening.js';
import { asWorkflow, checkReadmeSnippets, yamlBlocks } from '../../scripts/workflow-check/readme-snippets.js';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wf-check-'));
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const ACTION = `name: demo
description: d
inputs:
  images:
    description: i
    required: true
  push:
    description: p
    default: 'false'
runs:
  using: node24
  main: ../dist/demo/index.js
`;
const REUSABLE = `name: reusable
on:
  workflow_call:
    inputs:
      service:
        description: s
        type: string
        required: true
    secrets:
      registry-password:
        description: p
        required: true
jobs:
  b:
    runs-on: ubuntu-24.04
    steps:
      - run: echo hi
`;

function workflow(steps: string, extraJobs = ''): string {
  return `name: w
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
${steps}
${extraJobs}`;
}

describe('validateWorkflows', () => {
  it('accepts a valid workflow using our action and reusable workflow', async () => {
    const root = repo({
      'demo/action.yml': ACTION,
      '.github/workflows/reusable.yml': REUSABLE,
      'examples/x/workflows/ok.yml': workflow(
        `      - uses: org/docker-pipeline-actions/demo@v1
        with:
          images: ghcr.io/o/r
      - run: echo "$SERVICE"
        env:
          SERVICE: \${{ github.event.head_commit.message }}`,
        `  call:
    uses: ./.github/workflows/reusable.yml
    with:
      service: api
    secrets:
      registry-password: \${{ secrets.TOKEN }}`,
      ),
    });
    const report = await validateWorkflows(root);
    expect(report.files).toEqual(['.github/workflows/reusable.yml', 'examples/x/workflows/ok.yml']);
    expect(report.problems).toEqual([]);
  });

  it.each([
    [
      'an unknown with: key',
      `      - uses: org/docker-pipeline-actions/demo@v1
        with:
          images: a
          imgaes: b`,
      /"imgaes" is not an input of demo\/action.yml/,
    ],
    [
      'a missing required input',
      `      - uses: org/docker-pipeline-actions/demo@v1`,
      /required input "images"/,
    ],
    [
      'an action that does not exist',
      `      - uses: org/docker-pipeline-actions/nope@v1`,
      /no action at nope\/action.yml/,
    ],
    [
      'inputs interpolated into run:',
      `      - run: echo \${{ github.event.pull_request.title }}`,
      /run: interpolates \$\{\{ github.event./,
    ],
    ['matrix interpolated into run:', `      - run: echo \${{ matrix.lang }}`, /interpolates \$\{\{ matrix./],
    ['an actionlint finding', `      - uses: actions/checkout@v5\n        with: [1]`, /actionlint/],
    // Issue 15, point 4: a value holding the line EOF would end the value and forge outputs.
    [
      'a fixed heredoc delimiter in a GITHUB_OUTPUT write',
      `      - run: |\n          { echo "images<<EOF_IMAGES"; echo "$IMAGES"; echo "EOF_IMAGES"; } >> "$GITHUB_OUTPUT"\n        env:\n          IMAGES: x`,
      /fixed heredoc delimiter "EOF_IMAGES"/,
    ],
    [
      'a fixed, quoted heredoc delimiter in a GITHUB_ENV write',
      `      - run: |\n          echo "NOTES<<'EOF'" >> $GITHUB_ENV\n          echo "$N" >> $GITHUB_ENV\n          echo EOF >> $GITHUB_ENV\n        env:\n          N: x`,
      /fixed heredoc delimiter "EOF"/,
    ],
    // Issue 15, point 2: the token stays in .git/config, and a context of . sends it to the build.
    [
      'a checkout that persists its credentials (the default)',
      `      - uses: actions/checkout@v5`,
      /persist-credentials: false/,
    ],
    [
      'a checkout with persist-credentials: true',
      `      - uses: actions/checkout@v5\n        with:\n          persist-credentials: true`,
      /persist-credentials: false/,
    ],
  ])('reports %s', async (_name, steps, message) => {
    const root = repo({ 'demo/action.yml': ACTION, '.github/workflows/w.yml': workflow(steps) });
    const { problems } = await validateWorkflows(root);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('accepts random delimiters and checkouts that keep no credential', async () => {
    const root = repo({
      '.github/workflows/w.yml': workflow(`      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: |
          delim="ghadelim_$(openssl rand -hex 16)"
          { echo "images<<$delim"; echo "$IMAGES"; echo "$delim"; } >> "$GITHUB_OUTPUT"
          { echo "notes<<\${delim}"; echo x; echo "\${delim}"; } >> "$GITHUB_ENV"
          cat <<EOF
          a shell heredoc that writes no output
          EOF
        env:
          IMAGES: x`),
    });
    expect((await validateWorkflows(root)).problems).toEqual([]);
  });

  // Issue 15, point 3: a fork PR can add a workflow with the watched name; its successful run must
  // not start a job that pushes with packages: write.
  const chained = (jobs: string) => `name: stage
on:
  workflow_run:
    workflows: [build]
    types: [completed]
permissions:
  contents: read
jobs:
${jobs}`;
  const GUARD = `github.event.workflow_run.conclusion == 'success' &&
      github.event.workflow_run.event == 'push' &&
      github.event.workflow_run.head_repository.full_name == github.repository`;
  const job = (id: string, extra: string) => `  ${id}:
    runs-on: ubuntu-24.04
${extra}
    steps:
      - run: echo hi
`;

  it.each([
    ['no if: at all', job('a', '')],
    [
      'success only (the old example)',
      job('a', "    if: ${{ github.event.workflow_run.conclusion == 'success' }}"),
    ],
    [
      'no same-repository check',
      job(
        'a',
        "    if: github.event.workflow_run.conclusion == 'success' && github.event.workflow_run.event == 'push'",
      ),
    ],
    [
      'a pull_request event allowed',
      job('a', `    if: >-\n      ${GUARD.replace("'push'", "'pull_request'")}`),
    ],
    [
      'one pull_request alternative among trusted ones',
      job(
        'a',
        `    if: >-\n      ${GUARD.replace(
          "github.event.workflow_run.event == 'push'",
          "(github.event.workflow_run.event == 'push' || github.event.workflow_run.event == 'pull_request')",
        )}`,
      ),
    ],
    ['the guard ORed away', job('a', `    if: >-\n      ${GUARD} || true`)],
    [
      'a job that needs a guarded job but runs always()',
      job('a', `    if: >-\n      ${GUARD}`) + job('b', '    needs: a\n    if: always()'),
    ],
  ])('reports an unguarded workflow_run job: %s', async (_name, jobs) => {
    const root = repo({ '.github/workflows/stage.yml': chained(jobs) });
    const messages = (await validateWorkflows(root)).problems.map((p) => `${p.where}: ${p.message}`);
    expect(messages.join('\n')).toMatch(/runs on workflow_run without checking who started it/);
  });

  it('accepts a guarded workflow_run job, and the jobs that need it', async () => {
    const alternatives = GUARD.replace(
      "github.event.workflow_run.event == 'push'",
      "(github.event.workflow_run.event == 'push' || github.event.workflow_run.event == 'workflow_dispatch')",
    );
    const root = repo({
      '.github/workflows/stage.yml': chained(
        job('a', `    if: \${{ ${GUARD.replace(/\n\s*/g, ' ')} }}`) +
          job('b', `    if: >-\n      ${alternatives}`) +
          job('c', '    needs: [a, b]'),
      ),
    });
    expect((await validateWorkflows(root)).problems).toEqual([]);
  });

  // Issue 15, point 1: the job's GITHUB_TOKEN may only reach ghcr.io.
  const WAIT = `name: wait-for-manifests
description: w
inputs:
  images: {description: i, required: true}
  username: {description: u}
  password: {description: p}
  registry-auth: {description: r}
runs:
  using: node24
  main: ../dist/wait-for-manifests/index.js
`;
  it.each([
    [
      'the job token as wait-for-manifests global password',
      `      - uses: org/docker-pipeline-actions/wait-for-manifests@v1
        with:
          images: docker.io/o/a:1
          username: \${{ github.actor }}
          password: \${{ secrets.registry-password || github.token }}`,
      /the job token as the global password goes to every registry in images/,
    ],
    [
      'a login to Docker Hub (no registry) with the job token',
      `      - uses: docker/login-action@v3
        with:
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}`,
      /sends the job token to docker.io/,
    ],
    [
      'a login to whatever registry an input names, with the job token',
      `      - uses: docker/login-action@v3
        with:
          registry: \${{ inputs.registry }}
          username: \${{ github.actor }}
          password: \${{ secrets.registry-password || github.token }}`,
      /sends the job token to \$\{\{ inputs.registry \}\}/,
    ],
  ])('reports %s', async (_name, steps, message) => {
    const root = repo({ 'wait-for-manifests/action.yml': WAIT, '.github/workflows/w.yml': workflow(steps) });
    const { problems } = await validateWorkflows(root);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('accepts the job token for ghcr.io only: registry-auth, a ghcr.io login, a guarded login', async () => {
    const root = repo({
      'wait-for-manifests/action.yml': WAIT,
      '.github/workflows/w.yml': workflow(`      - uses: org/docker-pipeline-actions/wait-for-manifests@v1
        with:
          images: ghcr.io/o/a:1
          registry-auth: |
            ghcr.io: {username: \${{ toJSON(github.actor) }}, password: \${{ toJSON(github.token) }}}
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ github.token }}
      - uses: docker/login-action@v3
        with:
          registry: \${{ github.event.inputs.registry }}
          username: \${{ github.actor }}
          password: \${{ secrets.p || (github.event.inputs.registry == 'ghcr.io' && github.token) || '' }}`),
    });
    expect((await validateWorkflows(root)).problems).toEqual([]);
  });

  it('checks calls of reusable workflows: inputs and secrets', async () => {
    const root = repo({
      '.github/workflows/reusable.yml': REUSABLE,
      '.github/workflows/caller.yml': `name: c
on: push
jobs:
  call:
    uses: ./.github/workflows/reusable.yml
    with:
      servce: api
    secrets:
      other: x
`,
    });
    const messages = (await validateWorkflows(root)).problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"servce" is not an input/),
        expect.stringMatching(/required input "service"/),
        expect.stringMatching(/secret "other" is not declared/),
        expect.stringMatching(/required secret "registry-password"/),
      ]),
    );
  });

  it('finds no problem in this repository', async () => {
    const report = await validateWorkflows(resolve(import.meta.dirname, '..', '..'));
    expect(report.problems).toEqual([]);
  });
});

describe('splitTopLevel', () => {
  it.each([
    ['a && b', '&&', ['a', 'b']],
    ['(a || b) && c', '&&', ['a || b', 'c']],
    ["'x && y' && c", '&&', ["'x && y'", 'c']],
    ['((a)) || (b && c)', '||', ['a', 'b && c']],
    ['(a) && (b)', '&&', ['a', 'b']],
  ] as const)('%j split at %s', (text, op, parts) => {
    expect(splitTopLevel(text, op)).toEqual(parts);
  });

  it('splitting operands joined at the top level gives them back', () => {
    const operand = fc
      .stringMatching(/^[a-z.=' ]{1,12}$/)
      .filter((t) => t.trim() !== '' && (t.match(/'/g) ?? []).length % 2 === 0);
    fc.assert(
      fc.property(
        fc.array(operand, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('&&', '||'),
        (ops, op) => {
          expect(splitTopLevel(ops.map((o) => `(${o})`).join(` ${op} `), op as '&&' | '||')).toEqual(
            ops.map((o) => o.trim()),
          );
        },
      ),
    );
  });
});

describe('README examples', () => {
  it('finds yaml blocks and wraps steps into a workflow', () => {
    const blocks = yamlBlocks('text\n```yaml\n- uses: a/b@v1\n```\n```yml\njobs: {}\n```\n');
    expect(blocks).toEqual([
      { line: 2, text: '- uses: a/b@v1\n' },
      { line: 5, text: 'jobs: {}\n' },
    ]);
    expect(asWorkflow([{ uses: 'a/b@v1' }])).toMatchObject({
      on: 'push',
      jobs: { snippet: { steps: [{ uses: 'a/b@v1' }] } },
    });
    expect(asWorkflow({ permissions: { contents: 'read' }, steps: [] })).toMatchObject({
      permissions: { contents: 'read' },
    });
    expect(asWorkflow('just text')).toBeUndefined();
  });

  it('reports a snippet that uses an input the action does not have', async () => {
    const root = repo({
      'demo/action.yml': ACTION,
      'demo/README.md': '```yaml\n- uses: org/docker-pipeline-actions/demo@v1\n  with:\n    image: x\n```\n',
    });
    const { problems } = await checkReadmeSnippets(root);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"image" is not an input of demo\/action.yml/);
  });

  it('every example in our READMEs is valid, and every action README has one', async () => {
    const root = resolve(import.meta.dirname, '..', '..');
    const report = await checkReadmeSnippets(root);
    expect(report.problems).toEqual([]);
    const folders = actionFolders(root).filter((f) => f !== '');
    expect(folders).toEqual(
      expect.arrayContaining([
        'compute-sha-tags',
        'wait-for-manifests',
        'free-disk-space',
        'append-image-digests-to-release',
        'build',
        'prune-images',
      ]),
    );
    for (const folder of folders) {
      expect(report.perFile[`${folder}/README.md`]).toBeGreaterThan(0);
    }
  });
});
