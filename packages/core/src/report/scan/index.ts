import { UnknownNameError } from '../../common/errors.js';
import { cyclonedxScanFormat } from './cyclonedx.js';
import { jsonScanFormat } from './json.js';
import { openvexScanFormat } from './openvex.js';
import { sarifScanFormat } from './sarif.js';
import type { ScanFormat } from './types.js';

/** Every scan output format; `table` is the CLI's terminal view. */
export const SCAN_FORMATS: readonly ScanFormat[] = [
  cyclonedxScanFormat,
  jsonScanFormat,
  openvexScanFormat,
  sarifScanFormat,
];

export function scanFormat(id: string): ScanFormat {
  const format = SCAN_FORMATS.find((f) => f.id === id);
  if (format === undefined)
    throw new UnknownNameError(
      'scan format',
      id,
      SCAN_FORMATS.map((f) => f.id),
    );
  return format;
}
