import { compareStrings } from '../../common/order.js';
import type { EolDataFormat, EolProduct, EolRelease } from './types.js';

/** Which source wins a field both give: the product file is what endoflife.date publishes from. */
const PRECEDENCE: Readonly<Record<EolDataFormat, number>> = {
  'endoflife-product': 0,
  'endoflife-api-v1': 1,
  'endoflife-api-v0': 2,
  'endoflife-release-data': 3,
};

/**
 * One product per id. Files of the same product (`products/openssl.md` and
 * `releases/openssl.json`) are merged cycle by cycle: the higher-precedence source's fields win,
 * the others fill what it leaves out and add cycles it lacks. A product named by another's alias
 * (`linux` for `linux-kernel`) joins that product. Output sorted by id; deterministic whatever the
 * input order.
 */
export function mergeEolProducts(products: readonly EolProduct[]): EolProduct[] {
  const canonical = new Map<string, string>();
  for (const p of products) canonical.set(p.product, p.product);
  for (const p of products) for (const alias of p.aliases) canonical.set(alias, p.product);
  const groups = new Map<string, EolProduct[]>();
  for (const p of products) {
    const id = canonical.get(p.product) ?? p.product;
    groups.set(id, [...(groups.get(id) ?? []), p]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([id, group]) => mergeGroup(id, [...group].sort(byPrecedence)));
}

function byPrecedence(a: EolProduct, b: EolProduct): number {
  const rank = (p: EolProduct) => Math.min(...p.sources.map((s) => PRECEDENCE[s.format]));
  const file = (p: EolProduct) => p.sources[0]?.file ?? '';
  return rank(a) - rank(b) || compareStrings(file(a), file(b));
}

function mergeGroup(id: string, group: readonly EolProduct[]): EolProduct {
  const releases = new Map<string, EolRelease>();
  for (const p of group)
    for (const r of p.releases) releases.set(r.cycle, { ...r, ...releases.get(r.cycle) });
  const first = <K extends 'title' | 'category'>(key: K) =>
    group.find((p) => p[key] !== undefined)?.[key];
  const title = first('title');
  const category = first('category');
  const union = (pick: (p: EolProduct) => readonly string[]) =>
    [...new Set(group.flatMap(pick))].sort(compareStrings);
  return {
    product: id,
    ...(title === undefined ? {} : { title }),
    ...(category === undefined ? {} : { category }),
    aliases: union((p) => p.aliases).filter((a) => a !== id),
    identifiers: {
      purls: union((p) => p.identifiers.purls),
      cpes: union((p) => p.identifiers.cpes),
    },
    releases: [...releases.values()],
    sources: group
      .flatMap((p) => p.sources)
      .sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.format, b.format)),
  };
}
