import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

export class StoreBusyError extends Error {
  override readonly name = 'StoreBusyError';
}

/**
 * A lock file of the earlier format (a pid written after an exclusive create, in two steps)
 * that is empty or unreadable may be one a live process is still writing: it counts as
 * abandoned only once it is older than this.
 */
const HALF_WRITTEN_GRACE_MS = 10_000;

/** Each retry means another process changed the lock between our looks; this many is a storm. */
const MAX_ATTEMPTS = 50;

const HOLDER = /^holder-(\d+)-[0-9a-f]+$/;

interface HolderRecord {
  pid: number;
  host: string;
  since: string;
}

/**
 * One process at a time per embedded database: two PGlite instances on one directory corrupt
 * it. Returns the function that releases the lock.
 *
 * The lock is a directory holding one file, `holder-<pid>-<nonce>`, that says who holds it.
 * Every step is a single atomic filesystem operation, so no interleaving of processes gives
 * two holders:
 * - take: build the directory with its holder file under a private name, then rename it onto
 *   the lock path. rename(2) succeeds only when the path is absent or an empty directory, so
 *   the lock never appears without its holder (there is no half-written lock), and of several
 *   processes renaming at once exactly one wins.
 * - take over: a holder that is provably gone (same host, no such process) is removed by
 *   unlinking its holder file by its unique name; that removes that holder and never a newer
 *   one. The empty directory left behind is free: the next rename onto it wins it, one only.
 * - release: unlink our own holder file, then remove the directory if nobody moved in.
 * A holder on another host, or one whose record cannot be read, is never judged gone.
 */
export function lockDirectory(lockPath: string): () => void {
  const me = `holder-${process.pid}-${randomBytes(8).toString('hex')}`;
  const staging = join(dirname(lockPath), `.${basename(lockPath)}.${me}`);
  const record: HolderRecord = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  mkdirSync(staging);
  try {
    writeFileSync(join(staging, me), JSON.stringify(record));
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (moveIn(staging, lockPath)) {
        removeAbandonedStaging(lockPath);
        return releaser(lockPath, me);
      }
      clearIfAbandoned(lockPath);
    }
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  rmSync(staging, { recursive: true, force: true });
  throw new StoreBusyError(`could not lock ${lockPath}: other processes kept changing it; try again`);
}

/** The atomic step: true when our prepared lock directory is now the lock. */
function moveIn(staging: string, lockPath: string): boolean {
  try {
    renameSync(staging, lockPath);
    return true;
  } catch (err) {
    // Taken (a non-empty directory), or a lock file of the earlier format.
    if (['ENOTEMPTY', 'EEXIST', 'ENOTDIR', 'EISDIR'].includes(code(err))) return false;
    throw err;
  }
}

/**
 * Removes the lock's holder when its process is provably gone; throws StoreBusyError when
 * the lock is held. Returns quietly when the lock changed under us: the caller tries again.
 */
function clearIfAbandoned(lockPath: string): void {
  let stats: Stats;
  try {
    stats = lstatSync(lockPath);
  } catch (err) {
    if (code(err) === 'ENOENT') return;
    throw err;
  }
  if (!stats.isDirectory()) return clearEarlierFormat(lockPath, stats);
  let entries: string[];
  try {
    entries = readdirSync(lockPath);
  } catch (err) {
    if (code(err) === 'ENOENT' || code(err) === 'ENOTDIR') return;
    throw err;
  }
  for (const name of entries) {
    if (!HOLDER.test(name)) {
      throw new StoreBusyError(`the lock ${lockPath} holds "${name}", which no triangulate process wrote: if no triangulate process uses the store, remove ${lockPath} and try again`);
    }
    const holder = readHolder(join(lockPath, name));
    if (holder === 'gone') return;
    if (holder === null) {
      throw new StoreBusyError(`the lock ${lockPath} names a holder whose record cannot be read (${name}): if no triangulate process uses the store, remove ${lockPath} and try again`);
    }
    if (!provablyGone(holder)) throw busy(lockPath, holder);
    try {
      unlinkSync(join(lockPath, name));
    } catch (err) {
      if (code(err) !== 'ENOENT') throw err;
    }
  }
}

/** Earlier versions wrote a plain file holding the pid. New locks are never files, so unlinking one never removes a new lock. */
function clearEarlierFormat(lockPath: string, stats: Stats): void {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (err) {
    if (['ENOENT', 'EISDIR'].includes(code(err))) return;
    throw err;
  }
  const pid = Number(text.trim());
  if (!(Number.isInteger(pid) && pid > 0)) {
    if (Date.now() - stats.mtimeMs < HALF_WRITTEN_GRACE_MS) {
      throw new StoreBusyError(`the lock ${lockPath} is being taken by another process: try again in a moment`);
    }
  } else {
    const holder = { pid, host: hostname(), since: stats.mtime.toISOString() };
    if (!provablyGone(holder)) throw busy(lockPath, holder);
  }
  try {
    unlinkSync(lockPath);
  } catch (err) {
    if (!['ENOENT', 'EISDIR', 'EPERM'].includes(code(err))) throw err;
  }
}

/** The holder's record; 'gone' when the file vanished (released or taken over meanwhile). */
function readHolder(path: string): HolderRecord | 'gone' | null {
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as Partial<HolderRecord>;
    return typeof r.pid === 'number' && typeof r.host === 'string' ? { pid: r.pid, host: r.host, since: String(r.since ?? '') } : null;
  } catch (err) {
    return code(err) === 'ENOENT' ? 'gone' : null;
  }
}

/** Gone only when we can see it: a process of this host that no longer exists (or is a zombie). */
function provablyGone(holder: HolderRecord): boolean {
  if (holder.host !== hostname() || holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    return code(err) === 'ESRCH';
  }
  return isZombie(holder.pid);
}

/** A killed process its parent has not reaped yet still answers kill(pid, 0); Linux says what it is. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function busy(lockPath: string, holder: HolderRecord): StoreBusyError {
  const store = lockPath.replace(/\.lock$/, '');
  if (holder.pid === process.pid && holder.host === hostname()) {
    return new StoreBusyError(`the embedded store ${store} is in use by process ${holder.pid} (this one): close the store that holds it first`);
  }
  if (holder.host !== hostname()) {
    return new StoreBusyError(`the embedded store ${store} is in use by process ${holder.pid} on host ${holder.host}: stop it, or if it is gone, remove ${lockPath} and try again`);
  }
  return new StoreBusyError(`the embedded store ${store} is in use by process ${holder.pid}: stop it (a running \`triangulate serve\`?) or set DATABASE_URL to share a PostgreSQL server`);
}

function releaser(lockPath: string, me: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try { unlinkSync(join(lockPath, me)); } catch { /* already gone */ }
    // Fails (ENOTEMPTY) when a waiting process moved in after our unlink: the lock is theirs.
    try { rmdirSync(lockPath); } catch { /* taken or gone */ }
  };
}

/** Private lock directories of processes killed before they renamed theirs into place. */
function removeAbandonedStaging(lockPath: string): void {
  const prefix = `.${basename(lockPath)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(lockPath)).filter((n) => n.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names) {
    const staging = join(dirname(lockPath), name);
    const holder = readHolder(join(staging, name.slice(prefix.length)));
    if (holder !== 'gone' && holder !== null && provablyGone(holder)) rmSync(staging, { recursive: true, force: true });
  }
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? '';
}
