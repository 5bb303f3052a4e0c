import type { Issue } from '../../../common/issue.js';
import { VEX_STATUSES, type VexProduct, type VexStatement, type VexStatus } from '../../types.js';
import { isRecord, list, parseJson, text } from '../json.js';
import type { VexFormat } from '../types.js';

/**
 * OpenVEX (https://github.com/openvex/spec) v0.0.x and v0.2.x: statements with a vulnerability (a
 * string in early versions, an object with `name`/`@id` and `aliases` later) and products (ids, or
 * objects with `@id` and `identifiers.purl|cpe23|cpe22`). A product purl without a version covers
 * every version of the package.
 */
function parse(input: string, file: string) {
  const { value, issues } = parseJson(input, file);
  if (issues.length > 0) return { ok: false as const, issues };
  if (!isRecord(value) || !(text(value['@context']) ?? '').startsWith('https://openvex.dev/ns')) {
    return {
      ok: false as const,
      issues: [issue(file, 'not an OpenVEX document (no https://openvex.dev/ns @context)')],
    };
  }
  const source = {
    format: 'openvex' as const,
    file,
    ...(text(value['@id']) === undefined ? {} : { document: text(value['@id']) }),
    ...(text(value.author) === undefined ? {} : { author: text(value.author) }),
  };
  const statements: VexStatement[] = [];
  const problems: Issue[] = [];
  list(value.statements).forEach((s, index) => {
    const statement = isRecord(s) ? statementOf(s, source, text(value.timestamp)) : undefined;
    if (statement === undefined)
      problems.push(
        issue(
          file,
          `statements[${String(index)}] has no vulnerability, no products or an unknown status`,
          'warning',
        ),
      );
    else statements.push(statement);
  });
  return { ok: true as const, value: statements, issues: problems };
}

function statementOf(
  s: Record<string, unknown>,
  source: VexStatement['source'],
  documentTime: string | undefined,
): VexStatement | undefined {
  const vuln = s.vulnerability;
  const id =
    typeof vuln === 'string'
      ? vuln
      : isRecord(vuln)
        ? (text(vuln.name) ?? text(vuln['@id']))
        : undefined;
  const status = text(s.status);
  if (
    id === undefined ||
    status === undefined ||
    !(VEX_STATUSES as readonly string[]).includes(status)
  )
    return undefined;
  const products = list(s.products).flatMap(productOf);
  if (products.length === 0) return undefined;
  const aliases = isRecord(vuln)
    ? list(vuln.aliases).flatMap((a) => (typeof a === 'string' ? [a] : []))
    : [];
  const timestamp = text(s.timestamp) ?? documentTime;
  return {
    vulnerability: id,
    aliases: [...aliases].sort(),
    products,
    status: status as VexStatus,
    ...(text(s.justification) === undefined ? {} : { justification: text(s.justification) }),
    ...(text(s.impact_statement) === undefined
      ? {}
      : { impactStatement: text(s.impact_statement) }),
    ...(text(s.action_statement) === undefined
      ? {}
      : { actionStatement: text(s.action_statement) }),
    responses: [],
    ...(timestamp === undefined ? {} : { timestamp }),
    source,
  };
}

function productOf(p: unknown): VexProduct[] {
  if (typeof p === 'string') return [identified(p)];
  if (!isRecord(p)) return [];
  const identifiers = isRecord(p.identifiers) ? p.identifiers : {};
  const purl =
    text(identifiers.purl) ??
    (text(p['@id'])?.startsWith('pkg:') === true ? text(p['@id']) : undefined);
  const cpe = text(identifiers.cpe23) ?? text(identifiers.cpe22);
  if (purl === undefined && cpe === undefined)
    return text(p['@id']) === undefined ? [] : [identified(text(p['@id']) ?? '')];
  return [{ ...(purl === undefined ? {} : { purl }), ...(cpe === undefined ? {} : { cpe }) }];
}

function identified(id: string): VexProduct {
  if (id.startsWith('pkg:')) return { purl: id };
  if (id.startsWith('cpe:')) return { cpe: id };
  return { name: id };
}

function issue(file: string, message: string, severity: 'error' | 'warning' = 'error'): Issue {
  return {
    code: 'invalid-format',
    severity,
    path: [],
    message,
    location: { file, line: 1, column: 1 },
  };
}

export const openvexFormat: VexFormat = {
  id: 'openvex',
  displayName: 'OpenVEX',
  detect: (fileName, head) => head.includes('openvex.dev/ns') || /\.openvex\.json$/i.test(fileName),
  parse,
};
