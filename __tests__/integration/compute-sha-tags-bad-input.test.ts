// compute-sha-tags' bad input, through the real bundle on node20 and node24: each malformed input
// fails with exactly one ::error:: naming the input and what is allowed, exit code 1, no stack
// trace, and nothing written (no outputs, no summary).
import { afterAll, describe, expect, it } from '@jest/globals';
import { cleanupRunnerTemp, NODE_VERSIONS, runAction } from '../../testkit/runner/index.js';

afterAll(cleanupRunnerTemp);

const IMAGE = 'ghcr.io/octo-org/octo-repo/api';
const BAD: [string, Record<string, string>, RegExp][] = [
  // (an empty `images` now means bare tags, as in metadata-action: compute-sha-tags-metadata-action.test.ts)
  ['an images line without a name', { images: 'enable=true' }, /^Input "images": /],
  [
    'image with a tag',
    { images: `${IMAGE}:v1` },
    /^Input "images": ".*:v1" has a tag; give the image name only/,
  ],
  [
    'image with a digest',
    { images: `${IMAGE}@sha256:${'a'.repeat(64)}` },
    /^Input "images": .* has a digest/,
  ],
  [
    'image with spaces',
    { images: 'ghcr.io/octo org/api' },
    /^Input "images": "ghcr.io\/octo org\/api" contains white space/,
  ],
  [
    'image with invalid characters',
    { images: `${IMAGE}, ghcr.io/o/r$` },
    /^Input "images": .*invalid path component "r\$"/,
  ],
  [
    'image with a bad registry host',
    { images: '-bad.io/o/r' },
    /^Input "images": "-bad.io" is not a valid registry host/,
  ],
  [
    'unknown rule type',
    { tags: 'type=nightly' },
    /^Input "tags": rule "type=nightly" has an unknown type "nightly" \(allowed: sha, ref, semver, raw, schedule, pep440, match, edge\)/,
  ],
  [
    'unknown rule attribute',
    { tags: 'type=sha\ntype=sha,colour=red' },
    /^Input "tags": rule "type=sha,colour=red" has an unknown attribute "colour" for type=sha \(allowed: /,
  ],
  [
    'bad event=',
    { tags: 'type=ref,event=push' },
    /^Input "tags": rule "type=ref,event=push" has event=push \(allowed: branch, tag, pr\)/,
  ],
  ['ref without event=', { tags: 'type=ref' }, /^Input "tags": rule "type=ref" needs event=/],
  [
    'semver pattern without placeholders',
    { tags: 'type=semver,pattern=stable' },
    /^Input "tags": rule .* pattern "stable" has no placeholder \(use \{\{version\}\}/,
  ],
  [
    'semver pattern with an unknown placeholder',
    { tags: 'type=semver,pattern={{build}}' },
    /^Input "tags": .*unknown placeholder \{\{build\}\}/,
  ],
  ['semver without pattern', { tags: 'type=semver' }, /^Input "tags": rule "type=semver" needs pattern=/],
  ['raw without value', { tags: 'type=raw' }, /^Input "tags": rule "type=raw" needs a non-empty value=/],
  [
    'bad enable=',
    { tags: 'type=sha,enable=yes' },
    /^Input "tags": rule "type=sha,enable=yes" has enable=yes \(allowed: true, false, \{\{is_default_branch\}\}/,
  ],
  [
    'bad sha format=',
    { tags: 'type=sha,format=medium' },
    /^Input "tags": .*format=medium \(allowed: short, long\)/,
  ],
  [
    'bad priority=',
    { tags: 'type=sha,priority=high' },
    /^Input "tags": .*priority=high \(allowed: a whole number/,
  ],
  [
    'unknown placeholder in a value',
    { tags: 'type=raw,value={{version}}' },
    /^Input "tags": .*"\{\{version\}\}" is not a known placeholder \(allowed: \{\{branch\}\}/,
  ],
  ['unterminated quote', { tags: 'type=raw,value="a,b' }, /^Input "tags": .*unterminated double quote/],
  [
    'bad flavor key',
    { flavor: 'colour=red' },
    /^Input "flavor": "colour=red" has an unknown key "colour" \(allowed: latest, prefix, suffix, onlatest\)/,
  ],
  [
    'latest=maybe',
    { flavor: 'latest=maybe' },
    /^Input "flavor": "latest=maybe" has latest=maybe \(allowed: auto, true, false\)/,
  ],
  [
    'flavor value without a key',
    { flavor: '-large-v3-zh' },
    /^Input "flavor": "-large-v3-zh" has "-large-v3-zh" without a key/,
  ],
  [
    'onlatest without prefix/suffix',
    { flavor: 'onlatest=true' },
    /^Input "flavor": .*without a prefix= or suffix=/,
  ],
  [
    'sha-length 3',
    { 'sha-length': '3' },
    /^Input "sha-length": 3 is out of range \(allowed: a whole number from 4 to 40\)/,
  ],
  ['sha-length 41', { 'sha-length': '41' }, /^Input "sha-length": 41 is out of range/],
  [
    'sha-length abc',
    { 'sha-length': 'abc' },
    /^Input "sha-length": "abc" is not a whole number from 4 to 40/,
  ],
  [
    'sha override not hex',
    { sha: 'not-a-sha' },
    /^Input "sha": "not-a-sha" is not a commit id \(allowed: 7 to 40 hexadecimal digits\)/,
  ],
  ['sha override too short', { sha: 'abc123' }, /^Input "sha": "abc123" is not a commit id/],
  ['sha override too long', { sha: 'a'.repeat(41) }, /^Input "sha": "a{41}" is not a commit id/],
  [
    'pr-head-sha not a boolean',
    { 'pr-head-sha': 'maybe' },
    /^Input "pr-head-sha": "maybe" is not a boolean \(allowed: true or false\)/,
  ],
  [
    'label without =',
    { labels: 'org.example.team=audio\nno-equals-sign' },
    /^Input "labels": "no-equals-sign" is not a key=value entry/,
  ],
  ['label with an empty key', { labels: '=value' }, /^Input "labels": "=value" is not a key=value entry/],
  [
    'annotation with a space in the key',
    { annotations: 'my key=value' },
    /^Input "annotations": "my key=value" is not a key=value entry/,
  ],
];

describe.each(NODE_VERSIONS)('compute-sha-tags bad input on %s', (node) => {
  it.each(BAD)('%s', async (_name, inputs, message) => {
    const r = await runAction({
      action: 'compute-sha-tags',
      node,
      event: 'push-tag',
      inputs: { images: IMAGE, ...inputs },
    });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    expect(r.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    expect(r.warnings).toEqual([]);
    expect(r.notices).toEqual([]);
    for (const stream of [r.stdout, r.stderr]) {
      expect(stream).not.toMatch(/^\s+at /m);
      expect(stream).not.toMatch(/\.js:\d+:\d+/);
    }
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe('');
  });
});
