import { cpeVendorProduct } from '../../advisories/advisory-index.js';
import { parsePurl } from '../../inventory/purl/index.js';
import type { Inventory } from '../../inventory/types.js';
import { identityOfPurl } from './identify.js';

/** The lookups a scan of these inventories will make: what a store must load, and nothing more. */
export interface AdvisoryKeys {
  readonly packages: readonly { readonly ecosystem: string; readonly name: string }[];
  readonly cpes: readonly { readonly vendor: string; readonly product: string }[];
  readonly productNames: readonly string[];
}

/**
 * Every package identity (all names an advisory may use), CPE vendor/product and component name
 * the matcher can ask the index for, deduplicated and sorted so the store query is deterministic.
 */
export function advisoryKeysOf(inventories: readonly Inventory[]): AdvisoryKeys {
  const packages = new Map<string, { ecosystem: string; name: string }>();
  const cpes = new Map<string, { vendor: string; product: string }>();
  const names = new Set<string>();
  for (const inventory of inventories) {
    for (const component of inventory.components) {
      const purl = component.purl === undefined ? undefined : parsePurl(component.purl);
      const identity = purl?.ok === true ? identityOfPurl(purl.value) : undefined;
      for (const name of identity?.names ?? [])
        packages.set(`${identity?.ecosystem.osv ?? ''}\u0000${name}`, {
          ecosystem: identity?.ecosystem.osv ?? '',
          name,
        });
      for (const cpe of component.cpes) {
        const key = cpeVendorProduct(cpe);
        if (key !== undefined) cpes.set(key.join('\u0000'), { vendor: key[0], product: key[1] });
      }
      names.add(
        component.group === undefined ? component.name : `${component.group}/${component.name}`,
      );
      names.add(component.name);
    }
  }
  const sorted = <T>(map: Map<string, T>): T[] =>
    [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return { packages: sorted(packages), cpes: sorted(cpes), productNames: [...names].sort() };
}
