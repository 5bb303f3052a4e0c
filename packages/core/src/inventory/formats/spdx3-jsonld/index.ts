import { parseJsonDocument } from '../json-text.js';
import { notADocumentIssue, specVersionIssue } from '../spec-version.js';
import type { InventoryFormat } from '../types.js';
import { isRecord, list, text } from '../values.js';
import { inventoryFromSpdx3 } from './document.js';
import { Spdx3Graph, typeOf } from './graph.js';

const VERSIONS = ['3.0.0', '3.0.1'];
const CONTEXT = /spdx\.org\/rdf\/(3\.\d+\.\d+)\//;

/**
 * SPDX 3.0 JSON-LD (https://spdx.github.io/spdx-spec/v3.0.1/serializations/). The `@context` is
 * only compared as a string — never fetched: reading an SBOM must work offline and must not let a
 * document make us load anything.
 */
export const spdx3Jsonld: InventoryFormat = {
  id: 'spdx3-jsonld',
  displayName: 'SPDX 3 JSON-LD',
  detect(fileName, head) {
    if (head.includes('"@context"') && CONTEXT.test(head)) return true;
    return /\.spdx3\.json$|\.spdx\.jsonld$/i.test(fileName) && head.trimStart().startsWith('{');
  },
  parse(raw, fileName) {
    const parsed = parseJsonDocument(raw, fileName, ['@graph']);
    if (!parsed.ok) return parsed;
    const { value, locate } = parsed.document;
    if (!isRecord(value) || !Array.isArray(value['@graph']))
      return {
        ok: false,
        issues: [
          isRecord(value)
            ? {
                code: 'missing-field',
                severity: 'error',
                path: ['@graph'],
                message: 'an SPDX 3 JSON-LD document needs an "@graph" array of elements',
                location: locate([]) ?? { file: fileName, line: 1, column: 1 },
              }
            : notADocumentIssue('an SPDX 3 JSON-LD object', value, locate([])),
        ],
      };
    const graph = new Spdx3Graph(value['@graph']);
    const contextVersion = list(value['@context'])
      .map((c) => (typeof c === 'string' ? CONTEXT.exec(c)?.[1] : undefined))
      .find((v) => v !== undefined);
    const declared = graph.ofType('CreationInfo').map(({ item }) => text(item.specVersion));
    const specVersion = declared.find((v) => v !== undefined) ?? contextVersion;
    const issue = specVersionIssue('SPDX', specVersion, VERSIONS, ['@context'], locate([]));
    if (issue !== undefined || specVersion === undefined)
      return { ok: false, issues: issue === undefined ? [] : [issue] };
    const documents = graph.ofType('SpdxDocument');
    if (documents.length === 0 && graph.elements.every(({ item }) => typeOf(item) === ''))
      return {
        ok: false,
        issues: [notADocumentIssue('SPDX 3 elements in "@graph"', value['@graph'], locate([]))],
      };
    return inventoryFromSpdx3(graph, { file: fileName, specVersion, locate });
  },
};
