import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { convertAdvisoryFile } from '../advisories/convert.js';
import type { AdvisoryBatch } from '../advisories/types.js';
import type { Issue } from '../common/issue.js';
import { advisoryFilesIn, isAdvisoryName, type FoundFile } from './advisory-files.js';
import { formatBytes } from './read-model.js';
import {
  ArchiveRefused,
  DEFAULT_ARCHIVE_LIMITS,
  readZipEntries,
  type ArchiveLimits,
} from './zip-entries.js';

/** One advisory file (or archive entry, written `archive.zip!entry.json`) and what it gave. */
export interface AdvisoryFileReport {
  readonly file: string;
  /** The converter that read it (`osv`, `nvd` …); absent when none recognized it. */
  readonly source?: string;
  readonly ok: boolean;
  readonly advisories: number;
  readonly kev: number;
  readonly epss: number;
  readonly issues: readonly Issue[];
}

export interface AdvisoryLoadProgress {
  /** The file or archive entry just read. */
  readonly file: string;
  /** Files (or entries of the current archive) done, and how many there are. */
  readonly done: number;
  readonly total: number;
}

export interface ReadAdvisoriesOptions {
  /** Paths in reports are shown relative to this directory (default: the current one). */
  readonly cwd?: string;
  /** Larger plain files (and inflated .gz files) are refused; default 256 MiB. */
  readonly maxFileBytes?: number;
  readonly archiveLimits?: Partial<ArchiveLimits>;
  readonly onProgress?: (progress: AdvisoryLoadProgress) => void;
  /** Absolute paths not to read (files another reader took, e.g. EOL data in `db import`). */
  readonly skip?: ReadonlySet<string>;
}

export interface ReadAdvisoriesResult {
  /** One batch per file or entry that converted without error, in path order. */
  readonly batches: readonly AdvisoryBatch[];
  readonly files: readonly AdvisoryFileReport[];
  /** Every issue of every file, in path order. */
  readonly issues: readonly Issue[];
}

/** JSON.parse needs the whole text in one string; V8 strings stop near 512 MiB. */
export const DEFAULT_MAX_ADVISORY_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Reads advisory files, directories (recursively, in sorted order) and zip archives (osv.dev's
 * per-ecosystem `npm.zip` or `all.zip`; entries are read in memory under `archiveLimits`). A bad
 * file never stops the load: it is reported with its issues and the others are read. A file is
 * used whole or not at all, and so is an archive that breaks a safety limit.
 */
export async function readAdvisories(
  paths: readonly string[],
  options: ReadAdvisoriesOptions = {},
): Promise<ReadAdvisoriesResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_ADVISORY_FILE_BYTES;
  const limits: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.archiveLimits };
  const files: AdvisoryFileReport[] = [];
  const batches: AdvisoryBatch[] = [];
  const found: FoundFile[] = [];
  for (const path of paths)
    found.push(
      ...advisoryFilesIn(resolve(cwd, path), cwd).filter(
        (f) => options.skip?.has(f.absolute) !== true,
      ),
    );
  let done = 0;
  for (const file of found) {
    if (file.problem !== undefined) {
      files.push(failed(file.display, 'include-not-found', file.problem));
    } else if (file.absolute.toLowerCase().endsWith('.zip')) {
      await readArchive(file, limits, files, batches, options.onProgress);
    } else {
      const text = readText(file, maxFileBytes, files);
      if (text !== undefined) record(convertOne(file.display, text, file.explicit), files, batches);
    }
    done += 1;
    options.onProgress?.({ file: file.display, done, total: found.length });
  }
  return { batches, files, issues: files.flatMap((f) => f.issues) };
}

function readText(
  file: FoundFile,
  maxFileBytes: number,
  files: AdvisoryFileReport[],
): string | undefined {
  let problem: { code: Issue['code']; message: string };
  try {
    const size = statSync(file.absolute).size;
    if (size > maxFileBytes) {
      problem = {
        code: 'file-too-large',
        message: `${file.display} is ${formatBytes(size)}; advisory files larger than ${formatBytes(maxFileBytes)} are refused`,
      };
    } else {
      const bytes = readFileSync(file.absolute);
      if (!file.absolute.toLowerCase().endsWith('.gz')) return bytes.toString('utf8');
      return gunzipSync(bytes, { maxOutputLength: maxFileBytes }).toString('utf8');
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    problem =
      code === 'ERR_BUFFER_TOO_LARGE'
        ? {
            code: 'file-too-large',
            message: `${file.display} inflates to more than ${formatBytes(maxFileBytes)}; refused`,
          }
        : code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR'
          ? { code: 'invalid-format', message: `${file.display} is not valid gzip data (${code})` }
          : {
              code: 'include-not-found',
              message: `${file.display} cannot be read (${code ?? String(error)})`,
            };
  }
  files.push(failed(file.display, problem.code, problem.message));
  return undefined;
}

async function readArchive(
  file: FoundFile,
  limits: ArchiveLimits,
  files: AdvisoryFileReport[],
  batches: AdvisoryBatch[],
  onProgress: ReadAdvisoriesOptions['onProgress'],
): Promise<void> {
  // Entries are collected apart and kept only when the whole archive passed its limits.
  const entryFiles: AdvisoryFileReport[] = [];
  const entryBatches: AdvisoryBatch[] = [];
  try {
    await readZipEntries(file.absolute, limits, isAdvisoryName, (name, data, index, total) => {
      const display = `${file.display}!${name}`;
      record(convertOne(display, data.toString('utf8'), false), entryFiles, entryBatches);
      onProgress?.({ file: display, done: index, total });
    });
  } catch (error) {
    if (!(error instanceof ArchiveRefused)) throw error;
    files.push(
      failed(
        file.display,
        error.kind === 'too-large' ? 'file-too-large' : 'invalid-format',
        `${file.display}: ${error.message}`,
      ),
    );
    return;
  }
  files.push(...entryFiles);
  batches.push(...entryBatches);
}

function convertOne(
  display: string,
  text: string,
  explicit: boolean,
): AdvisoryFileReport & { batch?: AdvisoryBatch } {
  const name = display.replace(/\.gz$/i, '');
  const { source, result } = convertAdvisoryFile(name, text);
  // A file in a directory that no converter knows (a README, a schema) is skipped with a warning;
  // a file the user named is an error.
  const issues =
    source === undefined && !explicit
      ? result.issues.map((i) => ({
          ...i,
          severity: 'warning' as const,
          message: `${i.message}; skipped`,
        }))
      : result.issues;
  const batch = result.ok ? result.value : undefined;
  return {
    file: display,
    ...(source === undefined ? {} : { source }),
    ok: result.ok,
    advisories: batch?.advisories.length ?? 0,
    kev: batch?.kev.length ?? 0,
    epss: batch?.epss.length ?? 0,
    issues,
    ...(batch === undefined ? {} : { batch }),
  };
}

function record(
  report: AdvisoryFileReport & { batch?: AdvisoryBatch },
  files: AdvisoryFileReport[],
  batches: AdvisoryBatch[],
): void {
  const { batch, ...rest } = report;
  files.push(rest);
  if (batch !== undefined) batches.push(batch);
}

function failed(file: string, code: Issue['code'], message: string): AdvisoryFileReport {
  return {
    file,
    ok: false,
    advisories: 0,
    kev: 0,
    epss: 0,
    issues: [
      { code, severity: 'error', path: [], message, location: { file, line: 1, column: 1 } },
    ],
  };
}
