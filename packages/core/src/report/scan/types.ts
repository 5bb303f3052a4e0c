import type { ScanResult } from '../../analyses/vulnerabilities/scan.js';

/** A `medrisk scan` output format: one file, one registry line, a golden test. Streams in chunks. */
export interface ScanFormat {
  readonly id: string;
  readonly displayName: string;
  readonly extension: string;
  render(result: ScanResult): Iterable<string>;
}
