import type { ParseResult } from '../../common/result.js';
import type { Inventory } from '../types.js';

/** An SBOM format reader: one folder, one registry line, fixture tests named after their case. */
export interface InventoryFormat {
  /** kebab-case, equal to the folder name: `cyclonedx-json`, `cyclonedx-xml`, `spdx-json`, `spdx-tag-value`, `spdx3-jsonld`. */
  readonly id: string;
  readonly displayName: string;
  /** Cheap sniffing on the file name and the first bytes: true when this reader should handle it. */
  detect(fileName: string, head: string): boolean;
  /**
   * Parses the whole document. Bad input is issues (unknown spec version, malformed content,
   * XML with DOCTYPE or entities), never an exception; a component without an identifier is kept.
   */
  parse(text: string, fileName: string): ParseResult<Inventory>;
}
