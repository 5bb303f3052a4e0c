import { openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { StoreError } from '../errors.js';

/**
 * PGlite is one PostgreSQL backend in this process with no cross-process locking of its own: two
 * processes writing one data directory would corrupt it. A lock file holding our pid keeps a second
 * `medrisk` out; a lock left by a process that no longer runs is taken over.
 */
export function acquireLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readLock(path), 10);
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new StoreError(
          'busy',
          `the advisory database is in use by process ${String(holder)} (lock file ${path})`,
          { cause: error },
        );
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new StoreError('busy', `could not take the lock file ${path}`);
}

function readLock(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
