// The WWW-Authenticate challenge of a registry (Basic, or Bearer with realm, service and scope):
// parsed, the one to answer picked, and learned once per registry host.
// https://distribution.github.io/distribution/spec/auth/token/

export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** Parses `Bearer realm="https://a/token",service="reg",scope="repository:x:pull", Basic realm="r"`. */
export function parseChallenges(header: string | null): Challenge[] {
  if (!header) return [];
  const challenges: Challenge[] = [];
  let current: Challenge | undefined;
  let i = 0;
  const skip = (chars: RegExp) => {
    while (i < header.length && chars.test(header[i])) i++;
  };
  const token = () => {
    const start = i;
    skip(/[\w!#$%&'*+.^`|~-]/);
    return header.slice(start, i);
  };
  while (i < header.length) {
    skip(/[\s,]/);
    const name = token();
    if (!name) break;
    skip(/ /);
    if (header[i] !== '=') {
      const scheme = name.toLowerCase();
      current = scheme === 'basic' || scheme === 'bearer' ? { scheme, params: {} } : undefined;
      if (current) challenges.push(current);
      continue;
    }
    i++;
    skip(/ /);
    let value = '';
    if (header[i] === '"') {
      for (i++; i < header.length && header[i] !== '"'; i++) {
        if (header[i] === '\\') i++;
        value += header[i] ?? '';
      }
      i++;
    } else {
      const start = i;
      while (i < header.length && !/[\s,]/.test(header[i])) i++;
      value = header.slice(start, i);
    }
    if (current) current.params[name.toLowerCase()] = value;
  }
  return challenges;
}

/** The challenge to answer among those offered: Bearer before Basic; null when none is usable. */
export function pickChallenge(header: string | null): Challenge | null {
  const all = parseChallenges(header);
  return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic') ?? null;
}

/**
 * Per API host: the auth challenge (null: none needed), learned from the first request sent
 * there, which goes out alone and without credentials (the others wait for it). It does what
 * the usual `GET /v2/` ping would, while being one of the checks itself: one request and one
 * round trip fewer per registry.
 */
export class ChallengeBook {
  private readonly byHost = new Map<string, Promise<Challenge | null>>();

  /** The host's challenge once known (`known`), or `learned` to call when this request is the first. */
  lookup(host: string): {
    known?: Promise<Challenge | null>;
    learned?: (challenge: Challenge | null) => void;
  } {
    const known = this.byHost.get(host);
    if (known) return { known };
    let resolve!: (challenge: Challenge | null) => void;
    this.byHost.set(host, new Promise((r) => (resolve = r)));
    return { learned: resolve };
  }

  /** A challenge met later (a 401 with another scheme or realm) replaces the one learned. */
  set(host: string, challenge: Challenge): void {
    this.byHost.set(host, Promise.resolve(challenge));
  }

  /** Nothing was learned: the next request asks again. */
  forget(host: string): void {
    this.byHost.delete(host);
  }
}
