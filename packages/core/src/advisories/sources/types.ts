import type { ParseResult } from '../../common/result.js';
import type { AdvisoryBatch } from '../types.js';

/**
 * An advisory source converter: one folder, one registry line, fixture tests. It turns one file's
 * text into OSV-shaped advisories (or KEV entries, or EPSS scores); native ranges become OSV events
 * here, at the boundary. Archives are opened by the shell, which hands over each entry.
 */
export interface AdvisorySourceFormat {
  /** kebab-case, equal to the folder name: `osv`, `nvd`, `cve5`, `csaf`, `kev`, `epss`. */
  readonly id: string;
  readonly displayName: string;
  /** True when this converter handles the file (name and first bytes). */
  detect(fileName: string, head: string): boolean;
  convert(text: string, fileName: string): ParseResult<AdvisoryBatch>;
}
