import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { InputDigest } from '../analyze.js';
import type { Issue } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import { readInventory } from '../inventory/read.js';
import type { Inventory } from '../inventory/types.js';
import { formatBytes } from './read-model.js';

/**
 * SBOMs larger than this are refused before reading. Parsing needs several times the file size in
 * memory; 100 MB covers the largest real-world SBOMs (full container images) with room to spare.
 */
export const DEFAULT_MAX_SBOM_BYTES = 100 * 1024 * 1024;

export interface ReadSbomOptions {
  readonly maxBytes?: number;
  /** Paths in issues are shown relative to this directory (default: the current one). */
  readonly cwd?: string;
}

export interface ReadSbomResult {
  readonly result: ParseResult<Inventory>;
  /** SHA-256 of the file's bytes, for provenance; absent when the file could not be read. */
  readonly digest?: InputDigest;
}

/** Reads an SBOM file of any supported format. Never throws for bad input or a missing file. */
export function readSbomFile(path: string, options: ReadSbomOptions = {}): ReadSbomResult {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SBOM_BYTES;
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  const file =
    rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split('\\').join('/');
  const fail = (code: Issue['code'], message: string, hint?: string): ReadSbomResult => ({
    result: {
      ok: false,
      issues: [
        {
          code,
          severity: 'error',
          path: [],
          message,
          ...(hint === undefined ? {} : { hint }),
          location: { file, line: 1, column: 1 },
        },
      ],
    },
  });
  let bytes: Buffer;
  try {
    const stat = statSync(absolute);
    if (!stat.isFile()) return fail('include-not-found', `${file} is not a file`);
    if (stat.size > maxBytes)
      return fail(
        'file-too-large',
        `${file} is ${formatBytes(stat.size)}; SBOMs larger than ${formatBytes(maxBytes)} are refused before reading`,
        'raise the limit with --max-input-size (or the maxBytes option) if the file is trusted and memory allows',
      );
    bytes = readFileSync(absolute);
  } catch (error) {
    // Same code as read-model.ts and read-advisories.ts use for a file that cannot be read.
    return fail('include-not-found', describeFsError(error, file));
  }
  const digest: InputDigest = { file, sha256: createHash('sha256').update(bytes).digest('hex') };
  const { text, issue } = decode(bytes, file);
  const result = readInventory(file, text);
  if (issue === undefined) return { result, digest };
  return { result: { ...result, issues: [issue, ...result.issues] }, digest };
}

/**
 * UTF-8 as the formats require; UTF-16 (with its byte order mark, as some Windows tools write) is
 * accepted too. Invalid UTF-8 is decoded with replacement characters and reported, never silently.
 */
function decode(bytes: Buffer, file: string): { text: string; issue?: Issue } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      issue: {
        code: 'invalid-format',
        severity: 'warning',
        path: [],
        message: `${file} is not valid UTF-8; invalid bytes were replaced with U+FFFD`,
        hint: 'SBOM formats require UTF-8; names and versions with replaced characters may not match advisories',
        location: { file, line: 1, column: 1 },
      },
    };
  }
}

function describeFsError(error: unknown, file: string): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return `${file} does not exist`;
  if (code === 'EACCES') return `${file} cannot be read (permission denied)`;
  if (code === 'EISDIR') return `${file} is a directory`;
  return `${file} cannot be read (${code ?? String(error)})`;
}
