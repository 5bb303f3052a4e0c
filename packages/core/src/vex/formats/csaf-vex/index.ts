import { newContext, parseJson, type ConvertContext } from '../../../advisories/sources/context.js';
import {
  readProductTree,
  type ProductInfo,
  type ProductTree,
} from '../../../advisories/sources/csaf/product-tree.js';
import type { VexProduct, VexSource, VexStatement, VexStatus } from '../../types.js';
import { isRecord, list, text } from '../json.js';
import type { VexFormat } from '../types.js';

/** CSAF 2.0 product statuses → the common VEX statuses (CSAF 2.0 §3.2.3.9, profile 5 "VEX"). */
const STATUS_OF: Readonly<Record<string, VexStatus>> = {
  known_not_affected: 'not_affected',
  fixed: 'fixed',
  first_fixed: 'fixed',
  known_affected: 'affected',
  first_affected: 'affected',
  last_affected: 'affected',
  under_investigation: 'under_investigation',
};

/**
 * CSAF 2.0 VEX (`document.category: csaf_vex`, and any CSAF document with product statuses): one
 * statement per vulnerability × status × product. The justification is the flag label that names
 * the product (`vulnerable_code_not_present` …), the impact statement the `impact` threat, the
 * action statement the remediation — as the CSAF VEX profile requires them.
 */
function parse(input: string, file: string) {
  const ctx = newContext(file);
  const value = parseJson(ctx, input);
  if (!isRecord(value) || !isRecord(value.document)) {
    return {
      ok: false as const,
      issues:
        ctx.issues.length > 0
          ? ctx.issues
          : [issue(file, 'not a CSAF document (no "document" object)')],
    };
  }
  const tree = readProductTree(ctx, value);
  const tracking = isRecord(value.document.tracking) ? value.document.tracking : {};
  const publisher = isRecord(value.document.publisher) ? value.document.publisher : {};
  const source: VexSource = {
    format: 'csaf-vex',
    file,
    ...(text(tracking.id) === undefined ? {} : { document: text(tracking.id) }),
    ...(text(publisher.name) === undefined ? {} : { author: text(publisher.name) }),
  };
  const timestamp = text(tracking.current_release_date);
  const statements = list(value.vulnerabilities).flatMap((v) =>
    isRecord(v) ? statementsOf(v, tree, source, timestamp) : [],
  );
  return ctx.issues.some((i) => i.severity === 'error')
    ? { ok: false as const, issues: ctx.issues }
    : { ok: true as const, value: statements, issues: ctx.issues };
}

function statementsOf(
  v: Record<string, unknown>,
  tree: ProductTree,
  source: VexSource,
  timestamp: string | undefined,
): VexStatement[] {
  const ids = list(v.ids).flatMap((id) => (isRecord(id) && text(id.text) ? [String(id.text)] : []));
  const id = text(v.cve) ?? ids[0];
  if (id === undefined || !isRecord(v.product_status)) return [];
  const aliases = ids.filter((a) => a !== id).sort();
  const justification = perProduct(tree, v.flags, (f) => text(f.label));
  const impact = perProduct(tree, v.threats, (t) =>
    t.category === 'impact' ? text(t.details) : undefined,
  );
  const action = perProduct(tree, v.remediations, (r) => text(r.details));
  const statements: VexStatement[] = [];
  for (const [csafStatus, products] of Object.entries(v.product_status)) {
    const status = STATUS_OF[csafStatus];
    if (status === undefined) continue; // `recommended` is advice, not a VEX status
    for (const productId of list(products)) {
      const info = typeof productId === 'string' ? tree.products.get(productId) : undefined;
      if (info === undefined || typeof productId !== 'string') continue;
      const just = justification.get(productId);
      const impactStatement = impact.get(productId);
      const actionStatement = action.get(productId);
      statements.push({
        vulnerability: id,
        aliases,
        products: [productOf(info)],
        status,
        ...(status === 'not_affected' && just !== undefined ? { justification: just } : {}),
        ...(impactStatement === undefined ? {} : { impactStatement }),
        ...(actionStatement === undefined ? {} : { actionStatement }),
        responses: [],
        ...(timestamp === undefined ? {} : { timestamp }),
        source,
      });
    }
  }
  return statements;
}

/** product id → the first text an entry (flag, threat, remediation) gives for it or its group. */
function perProduct(
  tree: ProductTree,
  entries: unknown,
  pick: (entry: Record<string, unknown>) => string | undefined,
): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of list(entries)) {
    if (!isRecord(entry)) continue;
    const value = pick(entry);
    if (value === undefined) continue;
    const groups = list(entry.group_ids).flatMap((g) =>
      typeof g === 'string' ? (tree.groups.get(g) ?? []) : [],
    );
    for (const product of [...list(entry.product_ids), ...groups])
      if (typeof product === 'string' && !result.has(product)) result.set(product, value);
  }
  return result;
}

function productOf(info: ProductInfo): VexProduct {
  const purl = info.purls[0];
  return {
    ...(purl === undefined ? {} : { purl }),
    ...(info.cpe === undefined ? {} : { cpe: info.cpe }),
    name: info.productName ?? info.fullName,
    ...(info.version === undefined ? {} : { version: info.version }),
    ...(info.versionRange?.startsWith('vers:') === true ? { versionRange: info.versionRange } : {}),
  };
}

function issue(file: string, message: string): ConvertContext['issues'][number] {
  return {
    code: 'invalid-format',
    severity: 'error',
    path: [],
    message,
    location: { file, line: 1, column: 1 },
  };
}

export const csafVexFormat: VexFormat = {
  id: 'csaf-vex',
  displayName: 'CSAF 2.0 VEX',
  detect: (_fileName, head) => /"csaf_version"\s*:/.test(head),
  parse,
};
