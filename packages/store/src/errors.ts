/** Why a store operation failed; the CLI maps these to messages and exit codes. */
export const STORE_ERROR_CODES = [
  'busy',
  'open-failed',
  'migration-failed',
  'newer-schema',
  'import-failed',
  'aborted',
  'invalid-option',
  'query-failed',
  'download-failed',
  'integrity',
  'closed',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** A store failure with a message meant for users; `cause` keeps the database error. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

/** The message of anything thrown, for wrapping. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
