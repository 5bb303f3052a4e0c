import { parseJsonDocument } from '../json-text.js';
import { notADocumentIssue, specVersionIssue } from '../spec-version.js';
import { SPDX2_VERSIONS, inventoryFromSpdx2 } from '../spdx2-document.js';
import type { InventoryFormat } from '../types.js';
import { isRecord, text } from '../values.js';

/** SPDX 2.2 / 2.3 JSON (https://spdx.github.io/spdx-spec/v2.3/conformance/). */
export const spdxJson: InventoryFormat = {
  id: 'spdx-json',
  displayName: 'SPDX 2 JSON',
  detect(fileName, head) {
    if (/"spdxVersion"\s*:\s*"SPDX-/.test(head)) return true;
    if (/"SPDXID"\s*:\s*"SPDXRef-DOCUMENT"/.test(head)) return true;
    return /\.spdx\.json$/i.test(fileName) && !head.includes('"@context"');
  },
  parse(text_, fileName) {
    const parsed = parseJsonDocument(text_, fileName, ['packages', 'relationships', 'files']);
    if (!parsed.ok) return parsed;
    const { value, locate } = parsed.document;
    if (!isRecord(value))
      return {
        ok: false,
        issues: [notADocumentIssue('an SPDX document object', value, locate([]))],
      };
    const specVersion = text(value.spdxVersion);
    const issue = specVersionIssue(
      'SPDX',
      specVersion,
      SPDX2_VERSIONS,
      ['spdxVersion'],
      locate([]),
    );
    if (issue !== undefined || specVersion === undefined)
      return { ok: false, issues: issue === undefined ? [] : [issue] };
    return inventoryFromSpdx2(value, { file: fileName, encoding: 'json', specVersion, locate });
  },
};
