import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { validateWorkflows } from '../../scripts/workflow-check/index.js';
import { actionFolders } from '../../scripts/workflow-check/files.js';
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
  ])('reports %s', async (_name, steps, message) => {
    const root = repo({ 'demo/action.yml': ACTION, '.github/workflows/w.yml': workflow(steps) });
    const { problems } = await validateWorkflows(root);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
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
      ]),
    );
    for (const folder of folders) {
      expect(report.perFile[`${folder}/README.md`]).toBeGreaterThan(0);
    }
  });
});
