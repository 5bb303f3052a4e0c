import type { Issue, IssuePath, SourceLocation } from '../common/issue.js';
import { hasErrors } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import { AuthoredModel, INCLUDABLE_KEYS } from './schema/index.js';
import { parseSource, type SourceFile } from './source.js';
import { normalizeModel } from './normalize.js';
import { validateModel } from './validate.js';
import type { DeviceModel } from './types.js';
import { fromZodIssues } from './zod-issues.js';

export interface ModelInput {
  readonly file: string;
  readonly text: string;
}

/** Reads an included file; the shell owns the file system, the core only asks. */
export type IncludeResolver = (
  fromFile: string,
  reference: string,
) => ModelInput | { readonly error: string };

export interface LoadOptions {
  readonly resolveInclude?: IncludeResolver;
}

/** Finds where a path of the merged model was written, across included files. */
export type Locator = (path: IssuePath, options?: { key?: boolean }) => SourceLocation | undefined;

/**
 * Parses a model and its includes, validates it against the format, checks references, and
 * normalizes it. Every problem is collected and located; nothing is thrown for bad input.
 */
export function loadModel(entry: ModelInput, options: LoadOptions = {}): ParseResult<DeviceModel> {
  const files: SourceFile[] = [];
  const issues: Issue[] = [];
  collect(entry, options, files, issues, []);
  if (hasErrors(issues)) return { ok: false, issues };
  return buildFromSources(files, issues);
}

/** Builds a model from an already-parsed value (API payloads, tests); no includes, no positions. */
export function modelFromValue(value: unknown, file = '<memory>'): ParseResult<DeviceModel> {
  return buildFromSources([{ file, value, locate: () => undefined }], []);
}

function buildFromSources(files: readonly SourceFile[], issues: Issue[]): ParseResult<DeviceModel> {
  const { merged, locate } = mergeFiles(files, issues);
  const located = (list: readonly Issue[]): Issue[] =>
    list.map((issue) => withLocation(issue, locate));
  const parsed = AuthoredModel.safeParse(merged);
  if (!parsed.success) {
    const schemaIssues = fromZodIssues(parsed.error.issues, merged, AuthoredModel);
    return {
      ok: false,
      issues: located([
        ...issues,
        ...schemaIssues,
        ...referenceIssuesDespite(merged, schemaIssues),
      ]),
    };
  }
  const validation = validateModel(parsed.data);
  const all = located([...issues, ...validation]);
  if (hasErrors(all)) return { ok: false, issues: all };
  const model = normalizeModel(
    parsed.data,
    locate,
    files.map((file) => file.file),
  );
  return { ok: true, value: model, issues: all };
}

/**
 * Reference problems are reported together with schema problems so a user fixes everything in one
 * pass. The value failed the schema, so the checks run on a possibly malformed shape: if they trip
 * over it, the schema issues already describe the problem and nothing is lost.
 */
function referenceIssuesDespite(merged: unknown, schemaIssues: readonly Issue[]): Issue[] {
  const broken = new Set(schemaIssues.map((issue) => issue.path.join('.')));
  try {
    return validateModel(merged as AuthoredModel).filter(
      (issue) => !broken.has(issue.path.join('.')),
    );
  } catch {
    return [];
  }
}

function withLocation(issue: Issue, locate: Locator): Issue {
  if (issue.location !== undefined || issue.path.length === 0) return issue;
  const location = locate(issue.path, { key: issue.code === 'unknown-key' });
  return location === undefined ? issue : { ...issue, location };
}

function collect(
  input: ModelInput,
  options: LoadOptions,
  files: SourceFile[],
  issues: Issue[],
  chain: readonly string[],
): void {
  const { source, issues: parseIssues } = parseSource(input.file, input.text);
  issues.push(...parseIssues);
  if (source === undefined) return;
  const isEntry = chain.length === 0;
  if (!isRecord(source.value)) {
    const location = source.locate([]) ?? { file: input.file, line: 1, column: 1 };
    issues.push({
      code: 'invalid-type',
      severity: 'error',
      path: [],
      message: `a model file must be a mapping, got ${source.value === null || source.value === undefined ? 'an empty document' : Array.isArray(source.value) ? 'a list' : typeof source.value}`,
      location,
    });
    return;
  }
  if (!isEntry) checkIncludedKeys(source, issues);
  files.push(source);
  const includes = source.value.include;
  if (includes === undefined) return;
  if (!Array.isArray(includes)) return; // the schema reports the wrong type
  includes.forEach((reference, index) => {
    if (typeof reference !== 'string') return;
    const location = source.locate(['include', index]);
    const resolved = options.resolveInclude?.(input.file, reference) ?? {
      error: 'includes are not supported here',
    };
    if ('error' in resolved) {
      issues.push({
        code: 'include-not-found',
        severity: 'error',
        path: ['include', index],
        message: `cannot include "${reference}": ${resolved.error}`,
        ...(location ? { location } : {}),
      });
      return;
    }
    if ([...chain, input.file].includes(resolved.file)) {
      issues.push({
        code: 'include-cycle',
        severity: 'error',
        path: ['include', index],
        message: `"${reference}" includes itself: ${[...chain, input.file, resolved.file].join(' → ')}`,
        ...(location ? { location } : {}),
      });
      return;
    }
    collect(resolved, options, files, issues, [...chain, input.file]);
  });
}

function checkIncludedKeys(source: SourceFile, issues: Issue[]): void {
  const allowed = new Set<string>([...INCLUDABLE_KEYS, 'include', 'medrisk']);
  for (const key of Object.keys(source.value as Record<string, unknown>)) {
    if (allowed.has(key)) continue;
    const location = source.locate([key], { key: true });
    issues.push({
      code: 'unknown-key',
      severity: 'error',
      path: [key],
      message: `"${key}" can only be written in the entry file, not in an included one`,
      hint: `included files may contain: ${INCLUDABLE_KEYS.join(', ')}`,
      ...(location ? { location } : {}),
    });
  }
}

interface Segment {
  readonly file: SourceFile;
  readonly start: number;
  readonly length: number;
}

/** Concatenates collections in include order and remembers which file each entry came from. */
function mergeFiles(
  files: readonly SourceFile[],
  issues: Issue[],
): { merged: Record<string, unknown>; locate: Locator } {
  const [entry, ...included] = files;
  if (entry === undefined) throw new Error('mergeFiles needs the entry file');
  const merged: Record<string, unknown> = { ...(entry.value as Record<string, unknown>) };
  const segments = new Map<string, Segment[]>();
  const treatmentFiles = new Map<string, SourceFile>();
  /** The file that first wrote each collection, for problems about the collection as a whole. */
  const firstWriter = new Map<string, SourceFile>();
  for (const file of files) {
    const value = file.value as Record<string, unknown>;
    for (const key of INCLUDABLE_KEYS) {
      const part = value[key];
      if (part !== undefined && !firstWriter.has(key)) firstWriter.set(key, file);
      if (file !== entry && part !== undefined)
        merged[key] = mergeValue(merged[key], part, key, file, issues, treatmentFiles);
      if (Array.isArray(part)) {
        const list = segments.get(key) ?? [];
        const start = list.reduce((sum, segment) => sum + segment.length, 0);
        list.push({ file, start, length: part.length });
        segments.set(key, list);
      } else if (key === 'treatments' && isRecord(part)) {
        for (const findingId of Object.keys(part))
          if (!treatmentFiles.has(findingId)) treatmentFiles.set(findingId, file);
      }
    }
  }
  if (included.length > 0) delete merged.include;
  const locate: Locator = (path, options) => {
    const writer = typeof path[0] === 'string' ? firstWriter.get(path[0]) : undefined;
    const [head, index, ...rest] = path;
    if (typeof head === 'string' && typeof index === 'number') {
      const segment = segments
        .get(head)
        ?.find((s) => index >= s.start && index < s.start + s.length);
      if (segment !== undefined)
        return segment.file.locate([head, index - segment.start, ...rest], options);
    }
    if (head === 'treatments' && typeof index === 'string') {
      return (treatmentFiles.get(index) ?? entry).locate(path, options);
    }
    return (writer ?? entry).locate(path, options);
  };
  return { merged, locate };
}

function mergeValue(
  current: unknown,
  part: unknown,
  key: string,
  file: SourceFile,
  issues: Issue[],
  treatmentFiles: Map<string, SourceFile>,
): unknown {
  if (current === undefined) return part;
  if (Array.isArray(current) && Array.isArray(part))
    return [...(current as unknown[]), ...(part as unknown[])];
  if (isRecord(current) && isRecord(part)) {
    for (const findingId of Object.keys(part)) {
      if (findingId in current) {
        const location = file.locate([key, findingId], { key: true });
        issues.push({
          code: 'duplicate-id',
          severity: 'error',
          path: [key, findingId],
          message: `treatment for "${findingId}" is written twice`,
          hint: `first in ${treatmentFiles.get(findingId)?.file ?? 'another file'}`,
          ...(location ? { location } : {}),
        });
      }
    }
    return { ...part, ...current };
  }
  // Mismatched shapes: the entry's collection is checked by the schema; the included one is reported
  // here, where it was written, instead of vanishing from the merged model.
  const location = file.locate([key]);
  issues.push({
    code: 'invalid-type',
    severity: 'error',
    path: [key],
    message: `"${key}" in ${file.file} must be ${Array.isArray(current) ? 'a list' : 'a mapping'} like the one it is merged into, got ${Array.isArray(part) ? 'a list' : typeof part === 'object' && part !== null ? 'a mapping' : typeof part}`,
    ...(location ? { location } : {}),
  });
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
