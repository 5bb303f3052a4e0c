import type { ParseResult } from '../common/result.js';
import { ADVISORY_SOURCES } from './sources/index.js';
import type { AdvisorySourceFormat } from './sources/types.js';
import type { AdvisoryBatch } from './types.js';

/**
 * How much of a file detection looks at. Every source names itself in its first or (when keys are
 * written in sorted order, as cvelistV5 does: `containers` … `cveMetadata`, `dataType`) its last
 * keys, so detectors see the head and the tail.
 */
const DETECT_HEAD_CHARS = 16 * 1024;
const DETECT_TAIL_CHARS = 4 * 1024;

/** The converter that claims a file, by name and first and last characters; undefined when none does. */
function detectAdvisorySource(fileName: string, text: string): AdvisorySourceFormat | undefined {
  const sample =
    text.length <= DETECT_HEAD_CHARS + DETECT_TAIL_CHARS
      ? text
      : `${text.slice(0, DETECT_HEAD_CHARS)}\n${text.slice(-DETECT_TAIL_CHARS)}`;
  return ADVISORY_SOURCES.find((source) => source.detect(fileName, sample));
}

/**
 * Converts one advisory file with the converter that detects it (`source` names it). A file no
 * converter recognizes is an `invalid-format` error that names the formats we read.
 */
export function convertAdvisoryFile(
  fileName: string,
  text: string,
): { readonly source?: string; readonly result: ParseResult<AdvisoryBatch> } {
  const source = detectAdvisorySource(fileName, text);
  if (source !== undefined) return { source: source.id, result: source.convert(text, fileName) };
  return {
    result: {
      ok: false,
      issues: [
        {
          code: 'invalid-format',
          severity: 'error',
          path: [],
          message: 'not an advisory file this tool reads',
          hint: `known formats: ${ADVISORY_SOURCES.map((s) => s.displayName).join(', ')}`,
          location: { file: fileName, line: 1, column: 1 },
        },
      ],
    },
  };
}
