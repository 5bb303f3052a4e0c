import { formatIssue, type Issue, type ParseResult } from '@medrisk/core';
import { digestFile } from '@medrisk/core/node';
import { randomBytes, webcrypto } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';

/** Key and signature files are a few kilobytes; anything far larger is not one. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

/** Randomness for the core's key generation and hedged signing: the OS CSPRNG via Web Crypto. */
export function osRandom(length: number): Uint8Array {
  return webcrypto.getRandomValues(new Uint8Array(length));
}

/** Reads a key or signature file and parses it; unreadable or malformed input exits 2 with every issue. */
export function readParsed<T>(
  path: string,
  what: string,
  parse: (text: string) => ParseResult<T>,
): T {
  let text: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ExitError(EXIT.badInput, `${what} ${path} is not a file`);
    if (stat.size > MAX_KEY_FILE_BYTES)
      throw new ExitError(
        EXIT.badInput,
        `${what} ${path} is ${String(stat.size)} bytes; not a medrisk ${what}`,
      );
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ExitError) throw error;
    throw new ExitError(EXIT.badInput, `cannot read ${what} ${path} (${codeOf(error)})`);
  }
  const result = parse(text);
  if (!result.ok)
    throw new ExitError(
      EXIT.badInput,
      `${path} is not a valid medrisk ${what}`,
      result.issues.map(describe),
    );
  return result.value;
}

function describe(issue: Issue): string {
  return formatIssue(issue);
}

/** SHA-256, SHA-512 and length of a file, streamed; an unreadable file exits 2. */
export async function fileDigest(
  path: string,
): Promise<{ bytes: number; sha256: string; sha512: string }> {
  try {
    const { bytes, digests } = await digestFile(path, ['sha256', 'sha512']);
    return { bytes, sha256: digests.sha256 ?? '', sha512: digests.sha512 ?? '' };
  } catch (error) {
    throw new ExitError(EXIT.badInput, `cannot read ${path} (${codeOf(error)})`);
  }
}

/**
 * Writes a file atomically with the given mode: a temporary file created exclusively (O_EXCL, so no
 * one can plant a symlink there) with the final permissions from the start, fsynced, then moved into
 * place. Without `overwrite` the move is a hard link, which fails if the target appeared meanwhile:
 * an existing key is never replaced by accident.
 */
export function writeNewFile(
  path: string,
  content: string,
  mode: number,
  overwrite: boolean,
): void {
  const target = resolve(path);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    const fd = openSync(temp, 'wx', mode);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (overwrite) renameSync(temp, target);
    else {
      linkSync(temp, target);
      rmSync(temp, { force: true });
    }
  } catch (error) {
    rmSync(temp, { force: true });
    if (codeOf(error) === 'EEXIST')
      throw new ExitError(EXIT.badInput, `${path} already exists; pass --force to replace it`);
    throw new ExitError(EXIT.badInput, `cannot write ${path} (${codeOf(error)})`);
  }
}

/** Group- or world-readable secret key files are reported, as ssh does (it refuses them). */
export function warnIfExposed(path: string): void {
  if (process.platform === 'win32') return;
  try {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0)
      process.stderr.write(
        `medrisk: warning: ${path} is readable by other users (mode ${mode.toString(8)}); run chmod 600 ${path}\n`,
      );
  } catch {
    // Already read successfully; a stat failure here changes nothing.
  }
}

export function codeOf(error: unknown): string {
  return (
    (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error))
  );
}
