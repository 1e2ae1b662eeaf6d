// The one platform parser: `os/architecture[/variant]` as written in inputs (build, wait-for-manifests,
// append, merge) and as found in image indexes.
// Matching follows containerd's normalisation where it matters for real indexes: arm64 without a
// variant is v8, arm without a variant is v7, and a wanted platform without a variant accepts any.

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const PLATFORM_RE = /^([a-z0-9_-]+)\/([a-z0-9_-]+)(?:\/([a-z0-9_.-]+))?$/;
const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
};
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', arm: 'v7' };

/** `linux/arm64/v8` -> {os, architecture, variant}; undefined when malformed. */
export function parsePlatform(text: string): Platform | undefined {
  const m = PLATFORM_RE.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  return { os: m[1], architecture: m[2], ...(m[3] ? { variant: m[3] } : {}) };
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

function normalize(p: Platform): Platform {
  const architecture = ARCH_ALIASES[p.architecture] ?? p.architecture;
  return { os: p.os, architecture, variant: p.variant ?? DEFAULT_VARIANT[architecture] };
}

/** Does an index entry's platform satisfy a wanted one? */
export function platformMatches(wanted: Platform, offered: Platform): boolean {
  const w = normalize(wanted);
  const o = normalize(offered);
  if (w.os !== o.os || w.architecture !== o.architecture) return false;
  return wanted.variant === undefined || w.variant === o.variant;
}

/** The wanted platforms (as written) that none of the offered ones satisfies. */
export function missingPlatforms(wanted: string[], offered: Platform[]): string[] {
  return wanted.filter((text) => {
    const w = parsePlatform(text);
    return !w || !offered.some((o) => platformMatches(w, o));
  });
}

/** Parses a list of platforms (comma- or newline-separated); `bad` holds what does not parse. */
export function parsePlatformList(items: string[]): { platforms: Platform[]; bad: string[] } {
  const platforms: Platform[] = [];
  const bad: string[] = [];
  for (const item of items) {
    const parsed = parsePlatform(item);
    if (parsed) platforms.push(parsed);
    else bad.push(item);
  }
  return { platforms, bad };
}
