import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Issue } from '../common/issue.js';
import { detectEolData, readEolData } from '../lifecycle/eol-data/read.js';
import type { EolDataFormat, EolProduct } from '../lifecycle/eol-data/types.js';
import { advisoryFilesIn } from './advisory-files.js';
import { formatBytes } from './read-model.js';

/** One EOL data file and what it gave. */
export interface EolFileReport {
  readonly file: string;
  readonly format?: EolDataFormat;
  readonly ok: boolean;
  readonly product?: string;
  readonly releases: number;
  readonly issues: readonly Issue[];
}

export interface ReadEolResult {
  /** One product per file read without error, in path order (merge them with the core's index). */
  readonly products: readonly EolProduct[];
  readonly files: readonly EolFileReport[];
  /** Absolute paths read as EOL data, so `db import` does not read them again as advisories. */
  readonly eolPaths: ReadonlySet<string>;
  /** Files named explicitly that are not EOL data (display names); `--eol` refuses them. */
  readonly notEol: readonly string[];
  readonly issues: readonly Issue[];
}

/** endoflife.date files are small (the largest product file is under 100 KiB). */
export const DEFAULT_MAX_EOL_FILE_BYTES = 16 * 1024 * 1024;

const EOL_NAME = /\.(json|md)$/i;

/**
 * Reads endoflife.date data from files and folders (recursively, sorted): product `.md` files, API
 * v0/v1 responses and release-data JSON, recognized by shape (`detectEolData`), so a folder may mix
 * them with advisories, READMEs and schemas, which are left alone. A bad EOL file is reported with
 * its issues and the others are still read.
 */
export function readEolFiles(
  paths: readonly string[],
  options: { readonly cwd?: string; readonly maxFileBytes?: number } = {},
): ReadEolResult {
  const cwd = options.cwd ?? process.cwd();
  const max = options.maxFileBytes ?? DEFAULT_MAX_EOL_FILE_BYTES;
  const files: EolFileReport[] = [];
  const products: EolProduct[] = [];
  const eolPaths = new Set<string>();
  const notEol: string[] = [];
  for (const path of paths) {
    for (const file of advisoryFilesIn(resolve(cwd, path), cwd, (name) => EOL_NAME.test(name))) {
      if (file.problem !== undefined) {
        files.push(failed(file.display, 'include-not-found', file.problem));
        continue;
      }
      const head = readHead(file.absolute);
      const format = head === undefined ? undefined : detectEolData(file.display, head);
      if (format === undefined) {
        if (file.explicit) notEol.push(file.display);
        continue;
      }
      eolPaths.add(file.absolute);
      const size = statSync(file.absolute).size;
      if (size > max) {
        files.push(
          failed(
            file.display,
            'file-too-large',
            `${file.display} is ${formatBytes(size)}; EOL files larger than ${formatBytes(max)} are refused`,
          ),
        );
        continue;
      }
      const result = readEolData(readFileSync(file.absolute, 'utf8'), file.display);
      if (result.ok) products.push(result.value);
      files.push({
        file: file.display,
        format,
        ok: result.ok,
        ...(result.ok ? { product: result.value.product } : {}),
        releases: result.ok ? result.value.releases.length : 0,
        issues: result.issues,
      });
    }
  }
  return { products, files, eolPaths, notEol, issues: files.flatMap((f) => f.issues) };
}

function readHead(absolute: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const buffer = Buffer.alloc(4096);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function failed(file: string, code: Issue['code'], message: string): EolFileReport {
  return {
    file,
    ok: false,
    releases: 0,
    issues: [
      { code, severity: 'error', path: [], message, location: { file, line: 1, column: 1 } },
    ],
  };
}
