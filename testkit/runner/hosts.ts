// Host names for one process only: the process runs in a private mount namespace where a copy of
// /etc/hosts with extra lines is bind-mounted over /etc/hosts (the machine's file is never
// edited). Same network namespace, so a name mapped to 127.0.0.1 reaches the loopback services.
// Tests use it to address a local registry or API by a non-loopback name (loopback is never
// proxied), for the action process (runAction's `hosts`) and for the forward proxy.
import { readFileSync, writeFileSync } from 'node:fs';

/** Writes /etc/hosts plus one `address name` line per entry to `file`. */
export function writeHostsFile(file: string, hosts: Record<string, string>): string {
  const extra = Object.entries(hosts).map(([name, address]) => `${address} ${name}`);
  writeFileSync(file, `${readFileSync('/etc/hosts', 'utf8').trimEnd()}\n${extra.join('\n')}\n`);
  return file;
}

/**
 * The command line that runs `command args` with `hostsFile` as its /etc/hosts: `unshare` (root
 * only) then bash, which execs into the command, so the pid the caller gets is the command's own.
 * bash, not sh: dash drops environment variables whose names are not identifiers, and the
 * runner's inputs are such names (INPUT_REGISTRY-AUTH).
 */
export function withHostsFile(hostsFile: string, command: string, args: string[]): [string, string[]] {
  const script = 'mount --bind "$0" /etc/hosts && exec "$@"';
  return [
    'unshare',
    ['--mount', '--propagation', 'private', 'bash', '-c', script, hostsFile, command, ...args],
  ];
}
