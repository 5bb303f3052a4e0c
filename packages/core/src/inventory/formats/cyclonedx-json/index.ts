import { inventoryFromCycloneDx } from '../cyclonedx-bom.js';
import { parseJsonDocument } from '../json-text.js';
import { notADocumentIssue, specVersionIssue } from '../spec-version.js';
import type { InventoryFormat } from '../types.js';
import { isRecord, text } from '../values.js';

/** JSON exists from CycloneDX 1.2 on. */
const VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];

/** CycloneDX 1.2–1.7 JSON (https://cyclonedx.org/specification/overview/). */
export const cyclonedxJson: InventoryFormat = {
  id: 'cyclonedx-json',
  displayName: 'CycloneDX JSON',
  detect(fileName, head) {
    if (/"bomFormat"\s*:\s*"CycloneDX"/.test(head)) return true;
    return /\.cdx\.json$/i.test(fileName) && head.trimStart().startsWith('{');
  },
  parse(text_, fileName) {
    const parsed = parseJsonDocument(text_, fileName, ['components', 'dependencies', 'services']);
    if (!parsed.ok) return parsed;
    const { value, locate } = parsed.document;
    if (!isRecord(value))
      return {
        ok: false,
        issues: [notADocumentIssue('a CycloneDX BOM object', value, locate([]))],
      };
    if (value.bomFormat !== 'CycloneDX')
      return {
        ok: false,
        issues: [
          {
            code: value.bomFormat === undefined ? 'missing-field' : 'invalid-value',
            severity: 'error',
            path: ['bomFormat'],
            message: `bomFormat must be "CycloneDX", found ${value.bomFormat === undefined ? 'nothing' : JSON.stringify(value.bomFormat)}`,
            location: locate([]) ?? { file: fileName, line: 1, column: 1 },
          },
        ],
      };
    const specVersion = text(value.specVersion);
    const versionIssue = specVersionIssue(
      'CycloneDX',
      specVersion,
      VERSIONS,
      ['specVersion'],
      locate([]),
    );
    if (versionIssue !== undefined || specVersion === undefined)
      return { ok: false, issues: versionIssue === undefined ? [] : [versionIssue] };
    return inventoryFromCycloneDx(value, { file: fileName, encoding: 'json', specVersion, locate });
  },
};
