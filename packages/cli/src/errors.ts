import type { ExitCode } from './exit-codes.js';

/** An expected way for a command to end; `index.ts` prints the message and exits with the code. */
export class ExitError extends Error {
  override readonly name = 'ExitError';

  constructor(
    readonly code: ExitCode,
    message: string,
    /** Printed after the message (e.g. the list of model issues); already formatted. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
