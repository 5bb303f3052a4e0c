import type { ReportDocument } from '../document.js';

/**
 * A report format: one folder, one registry line, one golden test. `render` yields the report in
 * chunks so a shell can stream a 50 MB report to a file without ever holding it whole; HTML lays out
 * its diagram first, hence the optional promise. The same document always gives the same text.
 */
export interface ReportFormat {
  /** kebab-case, equal to the folder name; the value of `--format`. */
  readonly id: string;
  readonly displayName: string;
  /** File extension for `--out` suggestions, without the dot. */
  readonly extension: string;
  readonly mediaType: string;
  render(doc: ReportDocument): Iterable<string> | Promise<Iterable<string>>;
}
