import { isIP } from 'node:net';
import { ApiError } from './errors.js';

/** The names a local server always answers to. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** The host name of a Host header or URL host, without port, lower case, no trailing dot. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  const name = h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/** An address as a Host header names it: IPv6 in brackets, IPv4-mapped IPv6 as IPv4. */
function addressAsHost(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();
  return isIP(plain) === 6 ? `[${plain}]` : plain;
}

/**
 * The names this server serves: the loopback names, the names its operator configured, and
 * the address a request reached (so `http://192.168.1.5:8080` works where the server listens
 * on that address). A page whose own domain was rebound to 127.0.0.1 still sends its domain as
 * Host, and is refused: that is the defence against DNS rebinding.
 */
export function checkHost(hostHeader: string | undefined, localAddress: string | undefined, configured: ReadonlySet<string>): void {
  // HTTP/1.0 clients may send none; every browser sends one.
  if (hostHeader === undefined) return;
  const name = hostName(hostHeader);
  if ((LOOPBACK_NAMES as readonly string[]).includes(name) || configured.has(name)) return;
  if (localAddress && name === addressAsHost(localAddress)) return;
  throw new ApiError(403, 'unknown-host', `this server does not answer to the name "${name}": it serves ${[...new Set([...LOOPBACK_NAMES, ...configured])].join(', ')}, and its operator can add names with --allowed-host or TRIANGULATE_ALLOWED_HOSTS`);
}

/**
 * Writes from a browser page of another origin are refused: a page may send a request to a
 * server it cannot read, so Origin must name this very server (scheme, host and port as the
 * Host header gives them). Clients that send no Origin (curl, scripts) are not browsers.
 */
export function checkOrigin(origin: string | undefined, hostHeader: string | undefined): void {
  if (origin === undefined) return;
  let host: string | null = null;
  try {
    host = origin === 'null' ? null : new URL(origin).host;
  } catch { /* not a URL: foreign */ }
  if (host !== null && hostHeader !== undefined && sameHost(host, hostHeader)) return;
  throw new ApiError(403, 'foreign-origin', `writes from pages of another origin (${origin}) are refused`);
}

/** Host and port equal, ignoring case and a trailing dot of the name. */
function sameHost(a: string, b: string): boolean {
  const norm = (h: string) => h.trim().toLowerCase().replace(/\.(?=:\d*$|$)/, '');
  return norm(a) === norm(b);
}

/** Names from the operator: a comma- or space-separated list, as Host headers give them. */
export function parseAllowedHosts(values: readonly string[]): Set<string> {
  return new Set(values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean).map(hostName));
}
