import type { Advisory } from '../../types.js';
import {
  batchOf,
  finish,
  isRecord,
  newContext,
  optArray,
  optRecord,
  optString,
  parseJson,
  report,
  type ConvertContext,
} from '../context.js';
import type { AdvisorySourceFormat } from '../types.js';
import { readProductTree } from './product-tree.js';
import { convertVulnerability, type DocumentFacts } from './vulnerability.js';

/**
 * CSAF 2.0 documents (https://docs.oasis-open.org/csaf/csaf/v2.0/csaf-v2.0.html): security
 * advisories, VEX and informational documents alike. Each `vulnerabilities[]` item becomes one
 * advisory, because an advisory here is one vulnerability (one severity, one affected list). Its id
 * is the document's `tracking.id` when the document has one vulnerability, else
 * `tracking.id/CVE-…` — giving one id to many CVEs would merge them into one finding.
 */
export const csafSource: AdvisorySourceFormat = {
  id: 'csaf',
  displayName: 'CSAF 2.0',
  detect(_fileName, head) {
    return /^\s*\{/.test(head) && /"csaf_version"\s*:/.test(head);
  },
  convert(text, fileName) {
    const ctx = newContext(fileName);
    const value = parseJson(ctx, text);
    if (value === undefined) return finish(ctx, batchOf({}));
    return finish(ctx, batchOf({ advisories: convertDocument(ctx, value) }));
  },
};

function convertDocument(ctx: ConvertContext, value: unknown): Advisory[] {
  if (!isRecord(value)) {
    report(ctx, 'error', 'invalid-type', [], 'a CSAF document must be a JSON object');
    return [];
  }
  const document = optRecord(ctx, value, 'document', []);
  const tracking =
    document === undefined ? undefined : optRecord(ctx, document, 'tracking', ['document']);
  const trackingId =
    tracking === undefined ? undefined : optString(ctx, tracking, 'id', ['document', 'tracking']);
  if (
    document === undefined ||
    tracking === undefined ||
    trackingId === undefined ||
    trackingId.trim() === ''
  ) {
    report(
      ctx,
      'error',
      'missing-field',
      ['document', 'tracking', 'id'],
      'the CSAF document has no tracking id',
    );
    return [];
  }
  if (!supportedVersion(ctx, optString(ctx, document, 'csaf_version', ['document']))) return [];
  const facts = documentFacts(ctx, document, tracking, trackingId.trim());
  const tree = readProductTree(ctx, value);
  const vulnerabilities = optArray(ctx, value, 'vulnerabilities', []);
  if (vulnerabilities.length === 0) {
    report(
      ctx,
      'warning',
      'missing-field',
      ['vulnerabilities'],
      'the document lists no vulnerabilities, so it yields no advisory',
    );
  }
  const single = vulnerabilities.length === 1;
  return vulnerabilities.flatMap((vulnerability, index) => {
    const advisory = convertVulnerability(ctx, vulnerability, ['vulnerabilities', index], {
      facts,
      tree,
      single,
      index,
    });
    return advisory === undefined ? [] : [advisory];
  });
}

/** 2.0 is read; 2.1 (a committee draft) is read the same way, with a warning; others are refused. */
function supportedVersion(ctx: ConvertContext, version: string | undefined): boolean {
  if (version === '2.0') return true;
  if (version === '2.1') {
    report(
      ctx,
      'warning',
      'unsupported-version',
      ['document', 'csaf_version'],
      'CSAF 2.1 is read as 2.0; fields new in 2.1 other than purls, cwes and CVSS v4 are ignored',
    );
    return true;
  }
  report(
    ctx,
    'error',
    'unsupported-version',
    ['document', 'csaf_version'],
    `CSAF version "${version ?? ''}" is not supported (this reader knows 2.0)`,
  );
  return false;
}

function documentFacts(
  ctx: ConvertContext,
  document: Record<string, unknown>,
  tracking: Record<string, unknown>,
  id: string,
): DocumentFacts {
  const at = ['document', 'tracking'];
  const title = optString(ctx, document, 'title', ['document']);
  const initial = optString(ctx, tracking, 'initial_release_date', at);
  const current = optString(ctx, tracking, 'current_release_date', at);
  const notes = optArray(ctx, document, 'notes', ['document']).filter(isRecord);
  const summary = notes.find((note) => note.category === 'summary')?.text;
  return {
    id,
    ...(title === undefined ? {} : { title }),
    ...(initial === undefined ? {} : { published: initial }),
    ...(current === undefined ? {} : { modified: current }),
    ...(typeof summary === 'string' ? { summary } : {}),
    withdrawn: document.category === 'csaf_withdrawn',
    references: optArray(ctx, document, 'references', ['document'])
      .filter(isRecord)
      .flatMap((reference) =>
        typeof reference.url === 'string'
          ? [{ type: reference.category === 'self' ? 'ADVISORY' : 'WEB', url: reference.url }]
          : [],
      ),
  };
}
