import { timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\./.test(host);
}

/**
 * Write access: open on localhost, a bearer token beyond it. Without a configured token a
 * public server is read-only rather than open to anyone.
 */
export function checkWriteAccess(header: string | undefined, token: string | null, required: boolean): void {
  if (!required && !token) return;
  if (!token) throw new ApiError(403, 'writes-disabled', 'this server listens beyond localhost: set TRIANGULATE_TOKEN to allow writes');
  const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new ApiError(401, 'unauthorized', 'a valid "Authorization: Bearer <token>" header is required for writes');
  }
}
