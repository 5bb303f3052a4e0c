import type { ParseResult } from '../common/result.js';
import { VEX_FORMATS } from './formats/index.js';
import type { VexStatement } from './types.js';

const HEAD_LENGTH = 64 * 1024;

/**
 * Reads a VEX document of any supported format (CycloneDX VEX/VDR, OpenVEX, CSAF VEX). A file no
 * reader claims gets one error naming the formats we read. Never throws for bad input.
 */
export function readVex(fileName: string, text: string): ParseResult<readonly VexStatement[]> {
  const head = text.slice(0, HEAD_LENGTH);
  const format = VEX_FORMATS.find((f) => f.detect(fileName, head));
  if (format !== undefined) return format.parse(text, fileName);
  return {
    ok: false,
    issues: [
      {
        code: 'invalid-format',
        severity: 'error',
        path: [],
        message: 'not a recognised VEX document',
        hint: `supported: ${VEX_FORMATS.map((f) => f.displayName).join(', ')}`,
        location: { file: fileName, line: 1, column: 1 },
      },
    ],
  };
}
