/** Errors whose message is the whole story for a user: they name what failed and what to do. */
const NAMED = new Set(['StoreBusyError', 'StoreOpenError', 'InputError']);

/**
 * What the CLI prints when a command fails: the message, never a stack trace, which only
 * `TRIANGULATE_DEBUG=1` adds (on one more line) for an error nobody anticipated.
 */
export function fatalMessage(err: unknown, debug: boolean): string {
  const e = err instanceof Error ? err : new Error(String(err));
  if (NAMED.has(e.name)) return `triangulate: ${e.message}\n`;
  const line = `triangulate: ${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}`;
  return debug ? `${line}\n${e.stack ?? ''}\n` : `${line} (set TRIANGULATE_DEBUG=1 to print the stack trace)\n`;
}
