import { normalizeName } from '../../lifecycle/eol-data/aliases.js';
import { cycleFor } from '../../lifecycle/eol-data/cycle.js';
import type { EolIndex, ProductMatch } from '../../lifecycle/eol-data/eol-index.js';
import type { LifecycleContext } from './context.js';
import type { SupportSource } from './types.js';

/** A product found in EOL data (or the seed) and the cycle a version maps to, as a source. */
export type EolLookup =
  | { readonly ok: true; readonly source: SupportSource; readonly os: boolean }
  | { readonly ok: false; readonly reason: string; readonly hint?: string };

/** The indexes to look in: the given EOL data first, the seed only for products it lacks. */
export function indexesOf(
  ctx: LifecycleContext,
): { readonly index: EolIndex; readonly kind: 'eol-data' | 'seed' }[] {
  return [
    ...(ctx.eol === undefined ? [] : [{ index: ctx.eol, kind: 'eol-data' as const }]),
    { index: ctx.seed, kind: 'seed' as const },
  ];
}

/** Turns a product match and a version into the support of that cycle. */
export function sourceOfCycle(
  match: ProductMatch,
  kind: 'eol-data' | 'seed',
  version: string | undefined,
  path: string,
): EolLookup {
  const { product } = match;
  const how = HOW[match.by](match.key);
  if (version === undefined || version.trim() === '')
    return {
      ok: false,
      reason: `${kind === 'seed' ? 'built-in list' : 'EOL data'} product ${product.product}${how}, but no version to find the release cycle`,
      hint: `declare the version, or support.cycle (one of ${cyclesOf(product.releases.map((r) => r.cycle))})`,
    };
  const key = [match.cyclePrefix, version].filter((p) => p !== undefined && p !== '').join('-');
  const cycle = cycleFor(product, key);
  if (cycle.kind !== 'matched')
    return {
      ok: false,
      reason:
        cycle.kind === 'ambiguous'
          ? `version "${version}" fits several release cycles of ${product.product}: ${cycle.candidates.join(', ')}`
          : `no release cycle of ${product.product} matches version "${version}"${kind === 'seed' ? ' in the built-in list (ended cycles only)' : ''}`,
      hint: `declare support.product: ${product.product} and support.cycle (one of ${cyclesOf(
        cycle.kind === 'ambiguous' ? cycle.candidates : product.releases.map((r) => r.cycle),
      )})`,
    };
  const r = cycle.release;
  if (r.eol === undefined)
    return {
      ok: false,
      reason: `${kind === 'seed' ? 'built-in list' : 'EOL data'} ${product.product} ${r.cycle} states no end of life`,
    };
  const label = r.label === undefined || normalizeName(r.label) === r.cycle ? '' : ` "${r.label}"`;
  const rule =
    cycle.rule === 'exact'
      ? ''
      : cycle.rule === 'prefix'
        ? `, version ${version} is in cycle ${r.cycle}`
        : `, the only cycle starting with ${key}`;
  return {
    ok: true,
    os: product.category === 'os',
    source: {
      kind,
      detail: `${kind === 'seed' ? 'built-in list' : 'EOL data'} ${product.product} ${r.cycle}${label}${how}${rule}`,
      path,
      ...(typeof r.eol === 'string'
        ? { end: r.eol }
        : typeof r.eol === 'boolean'
          ? { ended: r.eol }
          : {}),
      ...(typeof r.extendedSupport === 'string' ? { extendedSupport: r.extendedSupport } : {}),
    },
  };
}

/** How the product was found, as the evidence says it. */
const HOW: Readonly<Record<ProductMatch['by'], (key: string) => string>> = {
  id: () => '',
  alias: (key) => `, product named ${key} in the data`,
  table: (key) => `, product from medrisk's alias table (${key})`,
  purl: (key) => `, product by purl ${key}`,
  cpe: (key) => `, product by CPE ${key}`,
};

function cyclesOf(cycles: readonly string[]): string {
  const shown = cycles.slice(0, 8).join(', ');
  return cycles.length > 8 ? `${shown} …` : shown;
}

/** The product an OS name starts with: `Windows Server` → windows-server, `Ubuntu Server` → ubuntu (table). */
export function productOfName(
  index: EolIndex,
  name: string,
): { readonly match: ProductMatch; readonly rest: string } | undefined {
  const tokens = normalizeName(name)
    .split('-')
    .filter((t) => t !== '');
  for (let n = tokens.length; n >= 1; n--) {
    const match = index.byName(tokens.slice(0, n).join('-'));
    if (match !== undefined) return { match, rest: tokens.slice(n).join('-') };
  }
  return undefined;
}
