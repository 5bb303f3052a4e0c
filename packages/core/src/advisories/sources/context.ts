import type { Issue, IssueCode, IssuePath } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import type { AdvisoryBatch } from '../types.js';

/**
 * What a converter carries while it walks one file: the file name (for issues and provenance) and
 * the issues found so far. Converters never throw for bad input; they add an issue and go on.
 */
export interface ConvertContext {
  readonly file: string;
  readonly issues: Issue[];
}

export function newContext(file: string): ConvertContext {
  return { file, issues: [] };
}

/** Adds an issue located in the context's file (line 1 unless known: the path says where). */
export function report(
  ctx: ConvertContext,
  severity: Issue['severity'],
  code: IssueCode,
  path: IssuePath,
  message: string,
  hint?: string,
  line = 1,
  column = 1,
): void {
  ctx.issues.push({
    code,
    severity,
    path,
    message,
    ...(hint === undefined ? {} : { hint }),
    location: { file: ctx.file, line, column },
  });
}

/** The batch if no error was found, else every issue: a file is used whole or not at all. */
export function finish(ctx: ConvertContext, batch: AdvisoryBatch): ParseResult<AdvisoryBatch> {
  const failed = ctx.issues.some((issue) => issue.severity === 'error');
  return failed
    ? { ok: false, issues: ctx.issues }
    : { ok: true, value: batch, issues: ctx.issues };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON text to a value, or undefined with a located `json-syntax` issue. V8 names the offset of
 * the error ("at position 12", or "line 3 column 5" on newer versions); both become line:column.
 */
export function parseJson(ctx: ConvertContext, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = errorPosition(text, message);
    const truncated = text.trim() === '' ? 'the file is empty' : `invalid JSON: ${message}`;
    report(ctx, 'error', 'json-syntax', [], truncated, undefined, line, column);
    return undefined;
  }
}

function errorPosition(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return { line: 1, column: 1 };
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** A string field; a present value of another type is reported (warning) and ignored. */
export function optString(
  ctx: ConvertContext,
  owner: Record<string, unknown>,
  key: string,
  path: IssuePath,
): string | undefined {
  const value = owner[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  report(ctx, 'warning', 'invalid-type', [...path, key], `"${key}" should be a string; ignored`);
  return undefined;
}

/** An array field (empty when absent); a present value of another type is reported and ignored. */
export function optArray(
  ctx: ConvertContext,
  owner: Record<string, unknown>,
  key: string,
  path: IssuePath,
): readonly unknown[] {
  const value = owner[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  report(ctx, 'warning', 'invalid-type', [...path, key], `"${key}" should be an array; ignored`);
  return [];
}

/** An object field; a present value of another type is reported and ignored. */
export function optRecord(
  ctx: ConvertContext,
  owner: Record<string, unknown>,
  key: string,
  path: IssuePath,
): Record<string, unknown> | undefined {
  const value = owner[key];
  if (value === undefined || value === null) return undefined;
  if (isRecord(value)) return value;
  report(ctx, 'warning', 'invalid-type', [...path, key], `"${key}" should be an object; ignored`);
  return undefined;
}

/** Strings of an array field; other elements are reported and skipped. */
export function stringList(
  ctx: ConvertContext,
  owner: Record<string, unknown>,
  key: string,
  path: IssuePath,
): string[] {
  const out: string[] = [];
  optArray(ctx, owner, key, path).forEach((item, index) => {
    if (typeof item === 'string') out.push(item);
    else
      report(ctx, 'warning', 'invalid-type', [...path, key, index], 'should be a string; skipped');
  });
  return out;
}

/** Sorted, without duplicates or empty strings: the canonical form of every id list we emit. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set([...values].filter((value) => value !== ''))].sort(compareText);
}

/** Code-unit order, independent of locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The empty batch plus what a converter fills in. */
export function batchOf(parts: Partial<AdvisoryBatch>): AdvisoryBatch {
  return { advisories: parts.advisories ?? [], kev: parts.kev ?? [], epss: parts.epss ?? [] };
}
