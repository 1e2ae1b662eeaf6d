// A throwaway action for __tests__/integration/runner-harness.test.ts: action.yml plus main/post
// scripts using only node built-ins. HARNESS_MODE picks what main does.

export const ACTION_YML = `name: harness probe
description: exercises every channel between an action and the runner
inputs:
  greeting:
    description: has a default
    default: hello
  secret:
    description: gets masked
  token:
    description: the usual token default
    default: \${{ github.token }}
  repo:
    description: an expression default
    default: \${{ github.repository }}
  Some Input:
    description: a name with a space
    default: x
  no-default:
    description: becomes INPUT_NO-DEFAULT=''
runs:
  using: node24
  main: main.mjs
  post: post.mjs
`;

export const MAIN_MJS = `import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
const env = process.env;
const out = (text) => appendFileSync(env.GITHUB_OUTPUT, text);
switch (env.HARNESS_MODE) {
  case 'full': {
    out('greeting=' + env.INPUT_GREETING + '\\n');
    out('multi<<ghadelimiter_abc\\nline 1\\nline 2=still line 2\\n\\nghadelimiter_abc\\n');
    const inputs = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('INPUT_')));
    out('inputs=' + JSON.stringify(inputs) + '\\n');
    out('cwd=' + process.cwd() + '\\nnode=' + process.version + '\\n');
    out('event_repo=' + JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')).repository.full_name + '\\n');
    appendFileSync(env.GITHUB_STATE, 'started=yes\\ncleanup<<EOF\\n/tmp/a\\n/tmp/b\\nEOF\\n');
    appendFileSync(env.GITHUB_ENV, 'FROM_MAIN=1\\n');
    appendFileSync(env.GITHUB_PATH, '/opt/harness/bin\\n');
    appendFileSync(env.GITHUB_STEP_SUMMARY, '### Summary\\n| a | b |\\n');
    console.log('::group::Resolve%0Atags');
    console.log('::add-mask::' + env.INPUT_SECRET);
    console.log('using ' + env.INPUT_SECRET + ' now');
    console.log('::endgroup::');
    console.log('::notice title=Done::all good');
    console.log('::warning file=' + join(env.GITHUB_WORKSPACE, 'src/a.ts') + ',line=3,col=5::careful%0Anow: 100%25');
    console.log('::error::one error');
    console.log('::debug::debug detail');
    console.log('::set-output name=forged::evil');
    console.log('::stop-commands::harness-stop-token');
    console.log('::error::not processed while stopped');
    console.log('::set-output name=also::no');
    console.log('::harness-stop-token::');
    console.error('::warning::from stderr');
    console.log('plain line');
    break;
  }
  case 'env':
    out('env=' + JSON.stringify(env) + '\\n');
    console.log('token=' + env.INPUT_TOKEN);
    break;
  case 'exit':
    console.log('::error::bad input');
    process.exitCode = 3;
    break;
  case 'hang': {
    const child = spawn('sleep', ['600'], { stdio: 'ignore' });
    writeFileSync(join(env.RUNNER_TEMP, 'grandchild.pid'), String(child.pid));
    console.log('waiting forever');
    setInterval(() => undefined, 1000);
    break;
  }
  case 'stdin': {
    let text = '';
    process.stdin.setEncoding('utf8');
    for await (const chunk of process.stdin) text += chunk;
    out('stdin<<EOF\\n' + text + '\\nEOF\\n');
    break;
  }
  case 'badfile':
    out('ok=1\\nno equals here\\n');
    break;
  case 'leftover':
    console.log('::debug::about to leave a file');
    writeFileSync(join(env.RUNNER_TEMP, 'leftover.txt'), 'x');
    break;
  default:
    throw new Error('unknown HARNESS_MODE ' + env.HARNESS_MODE);
}
`;

export const POST_MJS = `import { appendFileSync } from 'node:fs';
const env = process.env;
appendFileSync(
  env.GITHUB_OUTPUT,
  [
    'started=' + env.STATE_started,
    'cleanup<<EOF\\n' + env.STATE_cleanup + '\\nEOF',
    'from_main=' + env.FROM_MAIN,
    'temp=' + env.RUNNER_TEMP,
    'cwd=' + process.cwd(),
    'path=' + env.PATH,
  ].join('\\n') + '\\n',
);
`;
