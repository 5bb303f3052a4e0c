import type { ReportDocument } from '../document.js';

/** A report format: one folder, one registry line, one golden test. */
export interface ReportFormat {
  /** kebab-case, equal to the folder name; the value of `--format`. */
  readonly id: string;
  readonly displayName: string;
  /** File extension for `--out` suggestions, without the dot. */
  readonly extension: string;
  readonly mediaType: string;
  /** Pure: the same document always gives the same text. HTML lays out its diagram asynchronously. */
  render(doc: ReportDocument): string | Promise<string>;
}
