import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Issue } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import { loadModel, type ModelInput } from '../model/load.js';
import type { DeviceModel } from '../model/types.js';

/** Larger models are refused before parsing: a device model this size is a mistake or an attack. */
export const DEFAULT_MAX_MODEL_BYTES = 16 * 1024 * 1024;

export interface ReadModelOptions {
  readonly maxBytes?: number;
  /** Paths in issues are shown relative to this directory (default: the current one). */
  readonly cwd?: string;
}

export interface ReadModelResult {
  readonly result: ParseResult<DeviceModel>;
  /** Every file read, with its text (for digests), entry first. */
  readonly inputs: readonly ModelInput[];
}

/** Reads a model file and its includes from disk and loads it. Never throws for bad input. */
export function readModelFile(path: string, options: ReadModelOptions = {}): ReadModelResult {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_MODEL_BYTES;
  const inputs: ModelInput[] = [];
  // Paths inside the working directory are shown relative to it, others absolute (no ../../ chains).
  const display = (absolute: string): string => {
    const rel = relative(cwd, absolute);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  };
  const read = (absolute: string): ModelInput | { error: string } => {
    const file = display(absolute);
    let size: number;
    try {
      const stat = statSync(absolute);
      if (!stat.isFile()) return { error: `${file} is not a file` };
      size = stat.size;
    } catch (error) {
      return { error: describeFsError(error, file) };
    }
    if (size > maxBytes)
      return {
        error: `${file} is ${formatBytes(size)}; models larger than ${formatBytes(maxBytes)} are refused`,
      };
    try {
      const input = { file, text: readFileSync(absolute, 'utf8') };
      inputs.push(input);
      return input;
    } catch (error) {
      return { error: describeFsError(error, file) };
    }
  };
  const entryPath = resolve(cwd, path);
  const entry = read(entryPath);
  if ('error' in entry) {
    const issue: Issue = {
      code: entry.error.includes('refused') ? 'file-too-large' : 'include-not-found',
      severity: 'error',
      path: [],
      message: entry.error,
      location: { file: display(entryPath), line: 1, column: 1 },
    };
    return { result: { ok: false, issues: [issue] }, inputs };
  }
  const absoluteOf = new Map<string, string>([[entry.file, entryPath]]);
  const result = loadModel(entry, {
    resolveInclude: (fromFile, reference) => {
      const absolute = resolve(
        dirname(absoluteOf.get(fromFile) ?? resolve(cwd, fromFile)),
        reference,
      );
      const included = read(absolute);
      if (!('error' in included)) absoluteOf.set(included.file, absolute);
      return included;
    },
  });
  return { result, inputs };
}

function describeFsError(error: unknown, file: string): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return `${file} does not exist`;
  if (code === 'EACCES') return `${file} cannot be read (permission denied)`;
  if (code === 'EISDIR') return `${file} is a directory`;
  return `${file} cannot be read (${code ?? String(error)})`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
