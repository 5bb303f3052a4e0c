import type { Issue } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';
import { INVENTORY_FORMATS } from './formats/index.js';
import type { InventoryFormat } from './formats/types.js';
import type { Inventory } from './types.js';

/** How much of the text readers sniff: enough for a root element or the first keys of any format. */
const HEAD_LENGTH = 64 * 1024;

/**
 * Reads an SBOM of any supported format: the first reader whose `detect` claims the file parses it.
 * A file no reader claims gets one issue naming the formats we read. Never throws for bad input.
 */
export function readInventory(fileName: string, text: string): ParseResult<Inventory> {
  const format = detectInventoryFormat(fileName, text);
  if (format === undefined) return { ok: false, issues: [unknownFormat(fileName, text)] };
  return format.parse(text, fileName);
}

/** The reader that claims this file, if any (registry order decides ties). */
export function detectInventoryFormat(fileName: string, text: string): InventoryFormat | undefined {
  const head = text.slice(0, HEAD_LENGTH);
  const found = INVENTORY_FORMATS.find((format) => format.detect(fileName, head));
  if (found !== undefined || text.length <= HEAD_LENGTH) return found;
  // A tool may write `bomFormat` or `spdxVersion` after a long first array; the detectors are
  // linear, so looking at the whole text once more is cheap next to parsing it.
  return INVENTORY_FORMATS.find((format) => format.detect(fileName, text));
}

function unknownFormat(fileName: string, text: string): Issue {
  const start = text.trimStart();
  const looksLike = start === '' ? 'the file is empty' : guess(start);
  return {
    code: 'invalid-format',
    severity: 'error',
    path: [],
    message: `not a recognised SBOM (${looksLike})`,
    hint: `supported: ${INVENTORY_FORMATS.map((f) => f.displayName).join(', ')}`,
    location: { file: fileName, line: 1, column: 1 },
  };
}

function guess(start: string): string {
  if (start.startsWith('{') || start.startsWith('['))
    return 'JSON, but without "bomFormat": "CycloneDX", "spdxVersion" or an SPDX 3 "@context"';
  if (start.startsWith('<'))
    return 'XML, but without a CycloneDX <bom> root element (SPDX RDF/XML is not read)';
  return 'neither JSON, XML nor SPDX tag-value';
}
