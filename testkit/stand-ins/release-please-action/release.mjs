// The release-please stand-in's work (see action.yml): reads the pushed commit's title from the
// event, and for "chore(<branch>): release X.Y.Z" creates release vX.Y.Z with the API and writes
// release-please's outputs to $GITHUB_OUTPUT.
import { appendFileSync, readFileSync } from 'node:fs';

const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const title = String(event.head_commit?.message ?? '').split('\n')[0];
const match = /^chore(?:\([^)]*\))?: release (?:\S+ )?v?(\d+)\.(\d+)\.(\d+)$/.exec(title);
const output = (name, value) => appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
if (!match) {
  console.log(`no release: "${title}" is not a merged release PR`);
  process.exit(0);
}
const [, major, minor, patch] = match;
const version = `${major}.${minor}.${patch}`;
const tag = `v${version}`;
const sha = process.env.GITHUB_SHA;
const res = await fetch(`${process.env.GITHUB_API_URL}/repos/${process.env.GITHUB_REPOSITORY}/releases`, {
  method: 'POST',
  headers: {
    authorization: `token ${process.env.RELEASE_TOKEN}`,
    accept: 'application/vnd.github+json',
    'content-type': 'application/json',
    'user-agent': 'release-please-stand-in',
  },
  body: JSON.stringify({ tag_name: tag, target_commitish: sha, name: tag, body: `Release ${version}\n` }),
});
if (!res.ok) {
  console.log(`::error::creating release ${tag} failed: ${res.status} ${await res.text()}`);
  process.exit(1);
}
console.log(`created release ${tag}`);
for (const [name, value] of Object.entries({
  release_created: 'true',
  tag_name: tag,
  version,
  major,
  minor,
  patch,
  sha,
})) {
  output(name, value);
}
