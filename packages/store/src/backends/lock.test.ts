import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock } from './lock.js';

const dirs: string[] = [];
const lockPath = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'medrisk-lock-'));
  dirs.push(dir);
  return join(dir, 'store.lock');
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('acquireLock', () => {
  it('writes our pid and removes the file on release', () => {
    const path = lockPath();
    const release = acquireLock(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    release();
    release(); // twice is harmless
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a lock held by a running process', () => {
    const path = lockPath();
    const release = acquireLock(path);
    expect(() => acquireLock(path)).toThrow(/in use by process/);
    release();
  });

  it.each([
    ['a process that has ended', '2147483646'],
    ['garbage', 'not a pid'],
  ])('takes over a lock left by %s', (_name, content) => {
    const path = lockPath();
    writeFileSync(path, content);
    const release = acquireLock(path);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    release();
  });
});
