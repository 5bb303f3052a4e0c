import { cpeCovers, parseCpe } from '../../inventory/cpe/index.js';
import { parsePurl, type Purl } from '../../inventory/purl/index.js';
import type { VexProduct, VexStatement } from '../../vex/types.js';
import { versContains } from '../../versions/vers-ranges.js';
import type { ComponentRef, VexAnnotation } from '../../findings/vulnerability.js';

/** Statements indexed by every id they name (vulnerability and aliases). */
export interface VexIndex {
  /** The statement that decides for this vulnerability (any of its ids) on this component, if any. */
  decide(ids: readonly string[], component: ComponentRef): VexAnnotation | undefined;
}

/**
 * When several statements apply, the latest (by timestamp) wins, then the most specific product
 * (a bom-ref or a versioned purl beats a range, which beats a version-less purl), then the order
 * of the files as given — so a later VEX can revise an earlier one, as VEX documents are meant to.
 */
export function indexVex(statements: readonly VexStatement[]): VexIndex {
  const byId = new Map<string, { statement: VexStatement; order: number }[]>();
  statements.forEach((statement, order) => {
    for (const id of new Set([statement.vulnerability, ...statement.aliases])) {
      byId.set(id, [...(byId.get(id) ?? []), { statement, order }]);
    }
  });
  return {
    decide(ids, component) {
      const candidates = new Map<
        number,
        { statement: VexStatement; order: number; specificity: number }
      >();
      for (const id of ids) {
        for (const entry of byId.get(id) ?? []) {
          const specificity = Math.max(
            -1,
            ...entry.statement.products.map((p) => specificityOf(p, component)),
          );
          if (specificity >= 0) candidates.set(entry.order, { ...entry, specificity });
        }
      }
      const best = [...candidates.values()].sort(
        (a, b) =>
          (b.statement.timestamp ?? '').localeCompare(a.statement.timestamp ?? '') ||
          b.specificity - a.specificity ||
          b.order - a.order,
      )[0];
      if (best === undefined) return undefined;
      const s = best.statement;
      return {
        status: s.status,
        ...(s.justification === undefined ? {} : { justification: s.justification }),
        statement: describe(s),
        source: s.source,
      };
    },
  };
}

/** -1 when the product does not cover the component; otherwise how specifically it names it. */
function specificityOf(product: VexProduct, component: ComponentRef): number {
  if (product.bomRef !== undefined && product.bomRef === component.ref) return 4;
  if (product.purl !== undefined && component.purl !== undefined) {
    const a = parsePurl(product.purl);
    const b = parsePurl(component.purl);
    if (a.ok && b.ok && samePackage(a.value, b.value)) {
      if (product.versionRange !== undefined)
        return b.value.version !== undefined && rangeCovers(product.versionRange, b.value.version)
          ? 2
          : -1;
      if (a.value.version === undefined) return 1;
      return a.value.version === b.value.version ? 3 : -1;
    }
  }
  if (product.cpe !== undefined) {
    const statement = parseCpe(product.cpe);
    if (
      statement.ok &&
      component.cpes.some((c) => {
        const parsed = parseCpe(c);
        return parsed.ok && cpeCovers(statement.value, parsed.value);
      })
    )
      return 2;
  }
  if (product.name?.toLowerCase() === component.name.toLowerCase()) {
    if (product.versionRange !== undefined)
      return component.version !== undefined && rangeCovers(product.versionRange, component.version)
        ? 1
        : -1;
    return product.version === undefined || product.version === component.version ? 1 : -1;
  }
  return -1;
}

function samePackage(a: Purl, b: Purl): boolean {
  return a.type === b.type && a.namespace === b.namespace && a.name === b.name;
}

function rangeCovers(range: string, version: string): boolean {
  const result = versContains(range, version);
  return result.ok && result.value;
}

function describe(s: VexStatement): string {
  const parts = [
    `${s.source.format} ${s.source.file}`,
    s.status,
    s.justification,
    s.impactStatement ?? s.detail,
    s.actionStatement,
  ].filter((p) => p !== undefined);
  return parts.join(': ');
}
