import { streamJson } from '../formats/stream-json.js';
import type { ScanFormat } from './types.js';

/**
 * The stable machine-readable scan result (docs/output-format.md): `findings` (each with the
 * component's purl, the vulnerability id and its aliases, evidence, confidence, KEV, EPSS, VEX),
 * `suppressed`, `notAssessed`, `undecided`, `quality`, `inventories`, `summary`.
 */
export const jsonScanFormat: ScanFormat = {
  id: 'json',
  displayName: 'JSON',
  extension: 'json',
  render(result) {
    const document = {
      medrisk: 'scan',
      formatVersion: result.formatVersion,
      summary: result.summary,
      inventories: result.inventories,
      findings: result.findings,
      suppressed: result.suppressed,
      notAssessed: result.notAssessed,
      undecided: result.undecided,
      quality: result.quality,
    };
    return streamJson(document, [
      document.findings,
      document.suppressed,
      document.notAssessed,
      document.undecided,
      ...document.quality.map((q) => q.gaps),
    ]);
  },
};
