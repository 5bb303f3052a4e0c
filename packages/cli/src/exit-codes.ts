/** Documented in the README; scripts and CI depend on them, so they never change meaning. */
export const EXIT = {
  /** Success: no finding at or above `--fail-on`. */
  ok: 0,
  /** Findings at or above the `--fail-on` level. */
  findings: 1,
  /** verify, verify-model: the signature or digest does not match (same code as findings: "check failed"). */
  notVerified: 1,
  /** Invalid input or usage: a bad model, an unknown option, a missing file. */
  badInput: 2,
  /** A bug in medrisk: please report it. */
  internal: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
