import { timingSafeEqual } from 'node:crypto';
import { isIP, type AddressInfo } from 'node:net';
import { ApiError } from './errors.js';

/**
 * Whether an address is this machine's loopback: an IP literal in 127.0.0.0/8, ::1 or their
 * IPv4-mapped form. Decided on a socket's address, never on a name: "localhost" is resolved by
 * whoever listens, and "127.attacker.example" is a name anyone can register.
 */
export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (isIP(plain) === 4) return plain.startsWith('127.');
  if (isIP(plain) === 6) return /^(?:0{0,4}:){7}0{0,3}1$|^::1$/.test(plain);
  return false;
}

/** Whether a server's listening socket is bound to loopback; not listening counts as beyond it. */
export function listensOnLoopback(server: { address(): AddressInfo | string | null }): boolean {
  const address = server.address();
  return typeof address === 'object' && address !== null && isLoopback(address.address);
}

/**
 * Write access: open on localhost, a bearer token beyond it. Without a configured token a
 * public server is read-only rather than open to anyone.
 */
export function checkWriteAccess(header: string | undefined, token: string | null, required: boolean): void {
  if (!required && !token) return;
  if (!token) throw new ApiError(403, 'writes-disabled', 'this server listens beyond localhost: set TRIANGULATE_TOKEN to allow writes');
  checkBearer(header, token, 'writes');
}

/**
 * Read access: a corpus may be confidential, so beyond localhost reads need the same token as
 * writes, unless the operator declared the server public (`serve --public`). On localhost
 * reads stay open: whoever can reach loopback already has the machine.
 */
export function checkReadAccess(header: string | undefined, token: string | null, required: boolean, publicReads: boolean): void {
  if (!required || publicReads) return;
  if (!token) throw new ApiError(403, 'reads-disabled', 'this server listens beyond localhost: set TRIANGULATE_TOKEN to allow reads with it, or serve with --public to open reads to anyone');
  checkBearer(header, token, 'reads');
}

/** Compares the bearer token in constant time, so its length and prefix cannot be probed. */
function checkBearer(header: string | undefined, token: string, what: 'reads' | 'writes'): void {
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new ApiError(401, 'unauthorized', `a valid "Authorization: Bearer <token>" header is required for ${what}`);
  }
}
