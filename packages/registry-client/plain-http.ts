// Which registries are reached over plain HTTP without being named in insecure-registries: the
// loopback ones, as docker and containerd treat them.
import { isIP } from 'node:net';

/** 127.0.0.0/8, ::1 and localhost, with or without a port. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[')
    ? registry.slice(1, registry.indexOf(']'))
    : registry.replace(/:\d+$/, '');
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}
