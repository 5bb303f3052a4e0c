import type { Issue } from './issue.js';

/** The outcome of parsing input: a value with warnings, or the complete list of problems. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };
