import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export class StoreBusyError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process at a time per embedded database: two PGlite instances on one directory corrupt
 * it. The lock names its holder's pid; a lock whose process is gone (killed) is taken over.
 */
export function lockDirectory(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new StoreBusyError(`the embedded store ${lockPath.replace(/\.lock$/, '')} is in use by process ${holder}${holder === process.pid ? ' (this one)' : ''}: stop it (a running \`triangulate serve\`?) or set DATABASE_URL to share a PostgreSQL server`);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new StoreBusyError(`could not lock ${lockPath}`);
}
