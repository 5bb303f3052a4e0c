import { CYCLONEDX_VERSIONS, inventoryFromCycloneDx } from '../cyclonedx-bom.js';
import { specVersionIssue } from '../spec-version.js';
import type { InventoryFormat } from '../types.js';
import { bomToJsonShape } from './to-json.js';
import { parseXml } from './xml-tree.js';

const NAMESPACE = /^https?:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/;

/** CycloneDX 1.0–1.7 XML (https://cyclonedx.org/docs/1.7/xml/), parsed with DOCTYPE and entities refused. */
export const cyclonedxXml: InventoryFormat = {
  id: 'cyclonedx-xml',
  displayName: 'CycloneDX XML',
  detect(fileName, head) {
    if (head.includes('cyclonedx.org/schema/bom/') && /<([\w-]+:)?bom[\s>]/.test(head)) return true;
    return /\.cdx\.xml$/i.test(fileName) && head.trimStart().startsWith('<');
  },
  parse(text, fileName) {
    const parsed = parseXml(text, fileName);
    if (!parsed.ok) return parsed;
    const { root } = parsed;
    const at = { file: fileName, line: root.line, column: root.column };
    if (root.local !== 'bom')
      return invalid(`expected a <bom> root element, found <${root.local}>`);
    const version = NAMESPACE.exec(root.uri)?.[1];
    if (!root.uri.includes('cyclonedx.org/schema/bom'))
      return invalid(
        `the <bom> element is not in a CycloneDX namespace (found ${root.uri === '' ? 'no namespace' : `"${root.uri}"`})`,
        'CycloneDX XML declares xmlns="http://cyclonedx.org/schema/bom/1.x"',
      );
    const issue = specVersionIssue(
      'CycloneDX',
      version ?? root.uri,
      CYCLONEDX_VERSIONS,
      ['bom'],
      at,
    );
    if (issue !== undefined || version === undefined)
      return { ok: false, issues: issue === undefined ? [] : [issue] };
    const { bom, locate } = bomToJsonShape(root, fileName);
    return inventoryFromCycloneDx(bom, {
      file: fileName,
      encoding: 'xml',
      specVersion: version,
      locate,
    });

    function invalid(message: string, hint?: string) {
      return {
        ok: false as const,
        issues: [
          {
            code: 'invalid-format' as const,
            severity: 'error' as const,
            path: [],
            message,
            ...(hint === undefined ? {} : { hint }),
            location: at,
          },
        ],
      };
    }
  },
};
