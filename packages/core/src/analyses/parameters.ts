/**
 * Analysis settings that are not part of the model: the date the analysis is made "as of" and
 * scenario overrides given on the command line. The core reads no clock; the shell passes the date.
 */
export interface AnalysisParameters {
  /**
   * YYYY-MM-DD. Date-dependent analyses (years left in service, Mosca's inequality) count from it;
   * without it they fall back to the device's market date and say so.
   */
  readonly asOf?: string;
  /** Years from `asOf` to a cryptographically relevant quantum computer; overrides `risk.quantum.crqcYear`. */
  readonly yearsToCrqc?: number;
}
