import { formatIssue, type Issue } from './issue.js';

/**
 * Thrown errors are for bugs and for callers that asked for the throwing variant; bad input is an
 * `Issue`. Each subclass names one failure kind so shells can map it to an exit code.
 */
export class CoreError extends Error {
  override readonly name: string = 'CoreError';
  /** Survives realms and bundling, where `instanceof` may not. */
  readonly isMedriskError = true;
}

/** The input could not be turned into a model; carries every issue found. */
export class InvalidInputError extends CoreError {
  override readonly name = 'InvalidInputError';
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const first = issues[0];
    const summary = first === undefined ? 'invalid input' : formatIssue(first);
    const more = issues.length > 1 ? ` (and ${String(issues.length - 1)} more)` : '';
    super(`${summary}${more}`);
    this.issues = issues;
  }
}

/** A name that should be in a registry is not (unknown rule id, report format, template). */
export class UnknownNameError extends CoreError {
  override readonly name = 'UnknownNameError';

  constructor(
    readonly kind: string,
    readonly value: string,
    readonly known: readonly string[],
  ) {
    super(`unknown ${kind} "${value}"; known: ${known.join(', ')}`);
  }
}

/** A version string a scheme cannot order; matching turns it into a not-assessed entry. */
export class InvalidVersionError extends CoreError {
  override readonly name = 'InvalidVersionError';

  constructor(
    readonly scheme: string,
    readonly version: string,
  ) {
    super(`"${version}" is not a valid ${scheme} version`);
  }
}
