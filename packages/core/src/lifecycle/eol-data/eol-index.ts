import { parsePurl } from '../../inventory/purl/index.js';
import { normalizeName, PRODUCT_ALIASES } from './aliases.js';
import { mergeEolProducts } from './merge.js';
import type { EolProduct } from './types.js';

/** A product found for a name, purl or CPE, and how. */
export interface ProductMatch {
  readonly product: EolProduct;
  /** `id`, `alias` (the data's permalink or alternate URL), `table` (PRODUCT_ALIASES), `purl`, `cpe`. */
  readonly by: 'id' | 'alias' | 'table' | 'purl' | 'cpe';
  /** What matched, e.g. `ubuntu-server`, `pkg:npm/jquery`, `openssl:openssl`. */
  readonly key: string;
  readonly cyclePrefix?: string;
}

/** Lookups over EOL data; built once per analysis (`buildEolIndex`). */
export interface EolIndex {
  /** Merged, sorted by id. */
  readonly products: readonly EolProduct[];
  /** A product by normalized name: its id, one of its aliases, or an alias-table name. */
  byName(name: string): ProductMatch | undefined;
  /** A product whose identifiers list this purl's type, namespace and name (version ignored). */
  byPurl(purl: string): ProductMatch | undefined;
  /** A product whose identifiers (or the alias table) list this CPE's vendor and product. */
  byCpe(cpe: string): ProductMatch | undefined;
}

export function buildEolIndex(input: readonly EolProduct[]): EolIndex {
  const products = mergeEolProducts(input);
  const byId = new Map(products.map((p) => [p.product, p] as const));
  const names = new Map<string, ProductMatch>();
  const purls = new Map<string, ProductMatch>();
  const cpes = new Map<string, ProductMatch>();
  const add = (map: Map<string, ProductMatch>, key: string, match: ProductMatch) => {
    if (!map.has(key)) map.set(key, match);
  };
  for (const product of products) {
    add(names, product.product, { product, by: 'id', key: product.product });
    for (const alias of product.aliases) add(names, alias, { product, by: 'alias', key: alias });
    for (const purl of product.identifiers.purls) {
      const key = purlKey(purl);
      if (key !== undefined) add(purls, key, { product, by: 'purl', key: purl });
    }
    for (const cpe of product.identifiers.cpes) {
      const key = cpeKey(cpe);
      if (key !== undefined) add(cpes, key, { product, by: 'cpe', key });
    }
  }
  for (const alias of PRODUCT_ALIASES) {
    const product = byId.get(alias.product);
    if (product === undefined) continue;
    const extra = alias.cyclePrefix === undefined ? {} : { cyclePrefix: alias.cyclePrefix };
    for (const name of alias.names ?? [])
      add(names, name, { product, by: 'table', key: name, ...extra });
    for (const cpe of alias.cpes ?? []) add(cpes, cpe, { product, by: 'table', key: cpe });
  }
  return {
    products,
    byName: (name) => names.get(normalizeName(name)),
    byPurl: (purl) => {
      const key = purlKey(purl);
      return key === undefined ? undefined : purls.get(key);
    },
    byCpe: (cpe) => {
      const key = cpeKey(cpe);
      return key === undefined ? undefined : cpes.get(key);
    },
  };
}

/** `npm/jquery`, `maven/org.apache.logging.log4j/log4j-core`: type, namespace and name, lower-case. */
export function purlKey(purl: string): string | undefined {
  const parsed = parsePurl(purl);
  if (!parsed.ok) return undefined;
  const { type, namespace, name } = parsed.value;
  return [type, namespace, name]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('/')
    .toLowerCase();
}

/**
 * `vendor:product` of a CPE 2.3 formatted string or a 2.2 URI, lower-case. Tolerant of the short
 * forms product files use (`cpe:2.3:o:microsoft:windows`, no version fields), which a strict CPE
 * parser refuses.
 */
export function cpeKey(cpe: string): string | undefined {
  const match = /^cpe:(?:2\.3:|\/)[aoh]:((?:\\.|[^:\\])+):((?:\\.|[^:\\])+)/i.exec(cpe.trim());
  if (match === null) return undefined;
  const unescape = (text: string | undefined) => (text ?? '').replace(/\\(.)/g, '$1').toLowerCase();
  return `${unescape(match[1])}:${unescape(match[2])}`;
}
