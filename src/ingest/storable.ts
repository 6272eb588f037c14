import { InputError } from './errors.js';

// What PostgreSQL (server and PGlite) refuses in `text` and `jsonb`: the NUL character, and
// UTF-16 halves without their pair, which have no UTF-8 form (the driver would silently turn
// them into U+FFFD, or jsonb refuses their escape).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character the store cannot keep: its offset and what it is; null when there is none. */
export function findUnstorable(text: string): { offset: number; what: string } | null {
  const m = UNSTORABLE.exec(text);
  if (!m) return null;
  const code = m[0].charCodeAt(0);
  return { offset: m.index, what: code === 0 ? 'a NUL character (U+0000)' : `an unpaired UTF-16 surrogate (U+${code.toString(16).toUpperCase()})` };
}

/**
 * Refuses, by name and at ingest, a text holding a character the store cannot keep: found
 * anywhere in the input, not at SQL time, so one such input never costs its batch.
 */
export function assertStorable(text: string, input: string, field?: string): void {
  const bad = findUnstorable(text);
  if (!bad) return;
  const where = field ? `field "${field}" holds` : 'the input holds';
  throw new InputError(input, 'invalid-character', `${where} ${bad.what} at character ${bad.offset}, which the store cannot keep`);
}
