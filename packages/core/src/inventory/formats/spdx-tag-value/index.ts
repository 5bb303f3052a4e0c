import { pathKey } from '../json-positions.js';
import { specVersionIssue } from '../spec-version.js';
import { SPDX2_VERSIONS, inventoryFromSpdx2 } from '../spdx2-document.js';
import { stripByteOrderMark } from '../text-location.js';
import type { InventoryFormat } from '../types.js';
import { text } from '../values.js';
import { tagValueToJsonShape } from './tag-value.js';

/** SPDX 2.2 / 2.3 tag-value (https://spdx.github.io/spdx-spec/v2.3/conformance/). */
export const spdxTagValue: InventoryFormat = {
  id: 'spdx-tag-value',
  displayName: 'SPDX 2 tag-value',
  detect(_fileName, head) {
    return /^\s*(#[^\n]*\n\s*)*SPDXVersion\s*:/.test(head);
  },
  parse(raw, fileName) {
    const { value, lines, issues } = tagValueToJsonShape(stripByteOrderMark(raw), fileName);
    const locate = (path: readonly (string | number)[]) => {
      for (let length = path.length; length >= 0; length--) {
        const line = lines.get(pathKey(path.slice(0, length)));
        if (line !== undefined) return { file: fileName, line, column: 1 };
      }
      return undefined;
    };
    const specVersion = text(value.spdxVersion);
    const issue = specVersionIssue(
      'SPDX',
      specVersion,
      SPDX2_VERSIONS,
      ['SPDXVersion'],
      locate([]) ?? { file: fileName, line: 1, column: 1 },
    );
    if (issue !== undefined || specVersion === undefined)
      return { ok: false, issues: [...issues, ...(issue === undefined ? [] : [issue])] };
    if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
    const result = inventoryFromSpdx2(value, {
      file: fileName,
      encoding: 'tag-value',
      specVersion,
      locate,
    });
    return result.ok ? { ...result, issues: [...issues, ...result.issues] } : result;
  },
};
