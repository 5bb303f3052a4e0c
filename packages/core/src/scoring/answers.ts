import { z } from 'zod';
import type { Issue, SourceLocation } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import { parseSource } from '../model/source.js';
import { fromZodIssues } from '../model/zod-issues.js';

/**
 * One answer in an answers file: a bare value, or a value with the reason behind it (kept for
 * audit). YAML `true`/`false` are read as yes/no, so `automatable: true` works as expected.
 */
export const AnswerValue = z.union([
  z.string().min(1),
  z.boolean().transform((b) => (b ? 'yes' : 'no')),
  z.strictObject({
    value: z.union([z.string().min(1), z.boolean().transform((b) => (b ? 'yes' : 'no'))]),
    reason: z.string().optional(),
  }),
]);
export type AnswerValue = z.output<typeof AnswerValue>;

/** A parsed answers file, and a way to locate issues found later about its answers. */
export interface AnswersFile<T> {
  readonly result: ParseResult<T>;
  /**
   * Gives issues whose path is relative to the `answers` mapping (as the evaluators report them)
   * their full path and, where the answer was written, its file, line and column.
   */
  readonly locateAnswerIssues: (issues: readonly Issue[]) => Issue[];
}

/**
 * Reads an answers file (YAML 1.2 or JSON, chosen by extension) against a zod schema. Syntax and
 * shape problems come back located; nothing is thrown for bad input.
 */
export function readAnswersFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): AnswersFile<z.output<S>> {
  const { source, issues } = parseSource(file, text);
  // An unknown key is shown where the key is written; anything else where its value starts, or
  // failing that (a missing answer) at the mapping that should hold it.
  const locate = (issue: Issue): SourceLocation | undefined =>
    source?.locate(issue.path, { key: issue.code === 'unknown-key' }) ??
    source?.locate(issue.path.slice(0, -1), { key: true });
  const withLocation = (issue: Issue): Issue => {
    const location = issue.location ?? locate(issue);
    return location === undefined ? issue : { ...issue, location };
  };
  const locateAnswerIssues = (later: readonly Issue[]): Issue[] =>
    later.map((issue) => withLocation({ ...issue, path: ['answers', ...issue.path] }));
  if (source === undefined) return { result: { ok: false, issues }, locateAnswerIssues };
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    const issue: Issue = {
      code: 'invalid-type',
      severity: 'error',
      path: [],
      message: 'an answers file must be a mapping with an "answers" key',
      hint: 'e.g. answers: { exploitation: active }',
    };
    return { result: { ok: false, issues: [withLocation(issue)] }, locateAnswerIssues };
  }
  const parsed = schema.safeParse(source.value);
  if (!parsed.success) {
    const shapeIssues = fromZodIssues(parsed.error.issues, source.value, schema).map(withLocation);
    return { result: { ok: false, issues: shapeIssues }, locateAnswerIssues };
  }
  return {
    result: { ok: true, value: parsed.data, issues: [] },
    locateAnswerIssues,
  };
}
