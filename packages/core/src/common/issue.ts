/**
 * Problems found in user input are values, never exceptions (zod-style issues). Every loader collects
 * all of them so a user fixes a model in one pass instead of one error per run.
 */
export const ISSUE_CODES = [
  'yaml-syntax',
  'json-syntax',
  'xml-syntax',
  'file-too-large',
  'alias-limit',
  'include-not-found',
  'include-cycle',
  'invalid-type',
  'invalid-value',
  'unknown-key',
  'missing-field',
  'duplicate-id',
  'unknown-reference',
  'nesting-cycle',
  'boundary-overlap',
  'invalid-format',
  'unsupported-version',
  'inconsistent',
  'unmatched-reference',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A location in an input file; 1-based line and column, as editors show them. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type IssuePath = readonly (string | number)[];

export interface Issue {
  readonly code: IssueCode;
  /** `error` stops the run; `warning` is reported and the run goes on. */
  readonly severity: 'error' | 'warning';
  /** Path inside the (merged) document, e.g. `['dataFlows', 3, 'target']`. */
  readonly path: IssuePath;
  /** One sentence naming the offending value. */
  readonly message: string;
  /** How to fix it, e.g. `did you mean "gateway"?`. */
  readonly hint?: string;
  /** Where the offending value was written; absent for problems about the model as a whole. */
  readonly location?: SourceLocation;
}

/** `dataFlows[3].target` — the form printed to users and used in docs. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${String(part)}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** `medrisk.yaml:41:13 dataFlows[3].target: unknown component "gatewy" (did you mean "gateway"?)` */
export function formatIssue(issue: Issue): string {
  const where = issue.location
    ? `${issue.location.file}:${String(issue.location.line)}:${String(issue.location.column)} `
    : '';
  const hint = issue.hint === undefined ? '' : ` (${issue.hint})`;
  return `${where}${formatPath(issue.path)}: ${issue.message}${hint}`;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
