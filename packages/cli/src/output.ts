import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pc from 'picocolors';
import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';

export type Colors = ReturnType<typeof pc.createColors>;

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or --no-color. */
/** `isTTY` is typed as always set, but a pipe's stream has none at run time. */
export function colorsFor(stream: { readonly isTTY?: boolean }, noColorFlag = false): Colors {
  const noColor =
    noColorFlag || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '');
  // A boolean always: createColors(undefined) would fall back to picocolors' own guess, which says yes when CI is set.
  return pc.createColors(!noColor && stream.isTTY === true);
}

/**
 * Writes a report atomically: to a temporary file next to the target, then renamed over it. A crash
 * or a full disk never leaves a half-written report that looks complete.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  const target = resolve(path);
  const temp = `${target}.${String(process.pid)}.tmp`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(temp, 'w', 0o644);
    try {
      if (typeof content === 'string') writeSync(fd, content);
      else writeChunks(content, (text) => writeSync(fd, text));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as { code?: string }).code ?? String(error);
    throw new ExitError(EXIT.badInput, `cannot write ${path} (${code})`);
  }
}

/** Progress goes to stderr, only on a terminal, so piped stdout stays clean. */
export function progress(quiet: boolean): (message: string) => void {
  if (quiet || !process.stderr.isTTY) return () => undefined;
  return (message) => {
    process.stderr.write(`medrisk: ${message}\n`);
  };
}

/** Streams chunks in ~256 KB batches: few system calls, and never the whole report in memory. */
export function writeChunks(chunks: Iterable<string>, write: (text: string) => void): void {
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= 1 << 18) {
      write(buffer);
      buffer = '';
    }
  }
  if (buffer !== '') write(buffer);
}
