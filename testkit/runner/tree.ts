// Generates, under a root folder, a tree shaped like a GitHub-hosted Ubuntu runner's disk: the
// Android SDK's many small files in deep folders, dotnet's fewer large files, GHC, CodeQL under the
// tool cache, the smaller groups, and things no target may touch (/etc, /usr/bin, the workspace,
// other tool-cache entries). Sizes are parameters: tests use a few MB, the bench gigabytes.
//
// Files hold real (pseudo-random, never sparse) data, so `du` and statfs see allocated blocks.
// Also planted: a symlink inside a target pointing outside it (relative and absolute), a hard-link
// pair inside a target, and files outside every target that those symlinks reach.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, relative } from 'node:path';

export interface TreeOptions {
  /** Roughly how many regular files to write (the groups share them by fixed weights). */
  files: number;
  /** Roughly how many bytes of file data to write. */
  bytes: number;
  /** Seed for the pseudo-random sizes and data (same seed, same tree). */
  seed?: number;
}

export interface RunnerTree {
  root: string;
  /** Absolute paths of each target group's folders, as the action resolves them under `root`. */
  targets: Record<string, string[]>;
  /** Files and folders outside every target that symlinks inside targets point at. */
  outside: { dir: string; file: string };
  /** Symlinks planted inside targets that point outside them. */
  links: string[];
  /** The runner's workspace (GITHUB_WORKSPACE) under root. */
  workspace: string;
  /** Tool-cache root (AGENT_TOOLSDIRECTORY) under root. */
  toolCache: string;
  files: number;
  bytes: number;
}

// share of files, share of bytes, files per folder, subfolders per folder, top-level folders
interface Part {
  group: string;
  path: string;
  files: number;
  bytes: number;
  perDir: number;
  fanout: number;
  tops: string[];
  large?: boolean;
}

const parts: Part[] = [
  {
    group: 'android',
    path: 'usr/local/lib/android/sdk',
    files: 0.6,
    bytes: 0.32,
    perDir: 24,
    fanout: 5,
    tops: [
      'ndk/26.3.11579264',
      'ndk/27.2.12479018',
      'build-tools/34.0.0',
      'build-tools/35.0.0',
      'platforms/android-34',
      'platforms/android-35',
      'cmake/3.31.6',
      'emulator',
      'system-images/android-35',
    ],
  },
  {
    group: 'dotnet',
    path: 'usr/share/dotnet',
    files: 0.04,
    bytes: 0.22,
    perDir: 40,
    fanout: 3,
    large: true,
    tops: [
      'sdk/8.0.410',
      'sdk/9.0.300',
      'shared/Microsoft.NETCore.App/8.0.16',
      'shared/Microsoft.AspNetCore.App/8.0.16',
      'packs',
    ],
  },
  {
    group: 'haskell',
    path: 'usr/local/.ghcup',
    files: 0.08,
    bytes: 0.1,
    perDir: 30,
    fanout: 4,
    tops: ['ghc/9.12.2/lib', 'bin', 'cache'],
  },
  {
    group: 'haskell',
    path: 'opt/ghc',
    files: 0.04,
    bytes: 0.05,
    perDir: 30,
    fanout: 4,
    tops: ['9.10.1/lib'],
  },
  {
    group: 'codeql',
    path: 'opt/hostedtoolcache/CodeQL',
    files: 0.08,
    bytes: 0.12,
    perDir: 30,
    fanout: 4,
    tops: ['2.21.4/x64/codeql/qlpacks', '2.21.4/x64/codeql/tools'],
  },
  {
    group: 'swift',
    path: 'usr/share/swift',
    files: 0.03,
    bytes: 0.05,
    perDir: 30,
    fanout: 4,
    tops: ['usr/lib', 'usr/bin'],
  },
  {
    group: 'powershell',
    path: 'usr/local/share/powershell',
    files: 0.02,
    bytes: 0.02,
    perDir: 30,
    fanout: 4,
    tops: ['Modules'],
  },
  {
    group: 'boost',
    path: 'usr/local/share/boost',
    files: 0.03,
    bytes: 0.02,
    perDir: 40,
    fanout: 4,
    tops: ['1.86.0/include'],
  },
  {
    group: 'chromium',
    path: 'usr/local/share/chromium',
    files: 0.005,
    bytes: 0.02,
    perDir: 30,
    fanout: 4,
    tops: ['chrome-linux'],
  },
  {
    group: 'azure-cli',
    path: 'opt/az',
    files: 0.01,
    bytes: 0.01,
    perDir: 30,
    fanout: 4,
    tops: ['lib/python3.12'],
  },
  {
    group: 'gcloud',
    path: 'usr/lib/google-cloud-sdk',
    files: 0.01,
    bytes: 0.01,
    perDir: 30,
    fanout: 4,
    tops: ['lib', 'platform'],
  },
  {
    group: 'miniconda',
    path: 'usr/share/miniconda',
    files: 0.01,
    bytes: 0.01,
    perDir: 30,
    fanout: 4,
    tops: ['pkgs', 'lib'],
  },
  // Not targeted by default: the rest of the tool cache (setup-* actions use it), and system files.
  {
    group: 'tool-cache',
    path: 'opt/hostedtoolcache',
    files: 0.015,
    bytes: 0.02,
    perDir: 30,
    fanout: 4,
    tops: ['node/22.16.0/x64', 'Python/3.12.10/x64', 'go/1.24.3/x64'],
  },
  { group: '', path: 'usr/bin', files: 0.005, bytes: 0.01, perDir: 200, fanout: 2, tops: ['.'] },
  { group: '', path: 'usr/share/doc', files: 0.005, bytes: 0.002, perDir: 30, fanout: 4, tops: ['.'] },
  {
    group: '',
    path: 'home/runner/work/repo/repo',
    files: 0.005,
    bytes: 0.005,
    perDir: 20,
    fanout: 3,
    tops: ['src', 'docs'],
  },
];

/** xorshift32: deterministic sizes and data offsets from a seed. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

class Writer {
  files = 0;
  bytes = 0;
  private readonly data: Buffer;
  constructor(readonly random: () => number) {
    // 4 MiB of pseudo-random bytes; each file is a slice starting at a random offset.
    this.data = Buffer.alloc(4 << 20);
    for (let i = 0; i < this.data.length; i += 4) this.data.writeUInt32LE((random() * 0x100000000) >>> 0, i);
  }
  file(path: string, size: number): void {
    size = Math.max(1, Math.round(size));
    if (size <= this.data.length / 2) {
      const at = Math.floor(this.random() * (this.data.length - size));
      writeFileSync(path, this.data.subarray(at, at + size));
    } else {
      const fd = openSync(path, 'w');
      for (let done = 0; done < size;) {
        const n = Math.min(this.data.length, size - done);
        done += writeSync(fd, this.data, 0, n);
      }
      closeSync(fd);
    }
    this.files++;
    this.bytes += size;
  }
}

/** Writes `files` files totalling about `bytes` under `dir`: `perDir` per folder, `fanout` subfolders. */
function fill(w: Writer, dir: string, files: number, bytes: number, part: Part, depth = 0): void {
  mkdirSync(dir, { recursive: true });
  const here = files <= part.perDir ? files : Math.min(files, Math.ceil(part.perDir / 2));
  const mean = files > 0 ? bytes / files : 0;
  for (let i = 0; i < here; i++) {
    // dotnet-like: one file in eight carries most of the bytes.
    const size = part.large ? (i % 8 === 0 ? mean * 5 : mean * 0.4) : mean * (0.25 + 1.5 * w.random());
    w.file(join(dir, `f${depth}-${i}.${part.large ? 'dll' : 'so'}`), size);
  }
  const rest = files - here;
  if (rest <= 0) return;
  const n = Math.min(part.fanout, rest);
  for (let i = 0; i < n; i++) {
    const share = Math.floor(rest / n) + (i < rest % n ? 1 : 0);
    fill(w, join(dir, `d${i}`), share, (bytes - here * mean) * (share / rest), part, depth + 1);
  }
}

export function generateRunnerTree(root: string, options: TreeOptions): RunnerTree {
  const w = new Writer(prng(options.seed ?? 1));
  const targets: Record<string, string[]> = {};
  for (const part of parts) {
    const base = join(root, part.path);
    if (part.group && part.group !== 'tool-cache') {
      const group = (targets[part.group] ??= []);
      // android's target is the folder holding sdk/, as on the runner image.
      const targetPath = part.group === 'android' ? join(root, 'usr/local/lib/android') : base;
      if (!group.includes(targetPath)) group.push(targetPath);
    }
    const files = Math.max(part.tops.length, Math.round(options.files * part.files));
    const bytes = options.bytes * part.bytes;
    part.tops.forEach((top, i) => {
      // The first top-level folder of each part is the heaviest (like ndk/ in the SDK).
      const weight = i === 0 ? 2 : 1;
      const total = part.tops.length + 1;
      fill(w, join(base, top), Math.round((files * weight) / total), (bytes * weight) / total, part);
    });
  }
  targets['tool-cache'] = [join(root, 'opt/hostedtoolcache')];

  // Outside every target: what symlinks in targets point at, and system files.
  const outsideDir = join(root, 'home/runner/outside-dir');
  const outsideFile = join(root, 'etc/outside-file.txt');
  mkdirSync(outsideDir, { recursive: true });
  mkdirSync(join(root, 'etc'), { recursive: true });
  w.file(join(outsideDir, 'precious.bin'), 10000);
  w.file(outsideFile, 3000);
  w.file(join(root, 'etc/hosts'), 200);
  const sdk = join(root, 'usr/local/lib/android/sdk');
  mkdirSync(join(sdk, 'platform-tools'), { recursive: true });
  w.file(join(sdk, 'platform-tools/adb'), 50000);
  linkSync(join(sdk, 'platform-tools/adb'), join(sdk, 'platform-tools/adb-hardlink'));
  const links = [join(sdk, 'outside-dir-link'), join(sdk, 'platform-tools/outside-file-link')];
  symlinkSync(relative(sdk, outsideDir), links[0]);
  symlinkSync(outsideFile, links[1]);
  const dotnetLink = join(root, 'usr/share/dotnet/dotnet-outside');
  symlinkSync(outsideDir, dotnetLink);
  links.push(dotnetLink);
  // CodeQL's marker file beside its version folder, as the tool cache writes it.
  w.file(join(root, 'opt/hostedtoolcache/CodeQL/2.21.4/x64.complete'), 1);

  return {
    root,
    targets,
    outside: { dir: outsideDir, file: outsideFile },
    links,
    workspace: join(root, 'home/runner/work/repo/repo'),
    toolCache: join(root, 'opt/hostedtoolcache'),
    files: w.files,
    bytes: w.bytes,
  };
}

/**
 * One line per entry under `dir` (relative path, type, and content hash / link target), sorted:
 * equal before and after means the tree is unchanged byte for byte. `skip(path)` prunes entries.
 */
export function hashTree(dir: string, skip: (path: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (skip(full)) continue;
      const rel = relative(dir, full);
      const st = lstatSync(full);
      const mode = (st.mode & 0o7777).toString(8);
      if (entry.isSymbolicLink()) out.set(rel, `link ${readlinkSync(full)}`);
      else if (entry.isDirectory()) {
        out.set(rel, `dir ${mode}`);
        walk(full);
      } else out.set(rel, `file ${mode} ${createHash('sha1').update(readFileSync(full)).digest('hex')}`);
    }
  };
  walk(dir);
  return out;
}

/** Bytes `du -csB1` reports for `paths` together (hard links counted once), 0 when none exist. */
export function duBytes(...paths: string[]): number {
  const present = paths.filter((p) => lstatSync(p, { throwIfNoEntry: false }));
  if (!present.length) return 0;
  const out = execFileSync('du', ['-csB1', '--', ...present], { encoding: 'utf8' })
    .trim()
    .split('\n');
  return Number(out[out.length - 1]!.split('\t')[0]);
}

/**
 * What hashTree(root) should be after deleting `deleted` paths while keeping `kept` ones: every
 * entry outside the deleted paths, the kept subtrees, and the folders leading down to them.
 */
export function expectedAfterDeletion(
  before: Map<string, string>,
  root: string,
  deleted: string[],
  kept: string[] = [],
): Map<string, string> {
  const rel = (p: string) => relative(root, p);
  const within = (p: string, parent: string) => p === parent || p.startsWith(`${parent}/`);
  const dels = deleted.map(rel);
  const keeps = kept.map(rel);
  return new Map(
    [...before].filter(
      ([p]) => !dels.some((d) => within(p, d)) || keeps.some((k) => within(p, k) || within(k, p)),
    ),
  );
}
