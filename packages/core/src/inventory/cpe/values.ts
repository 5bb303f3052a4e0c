import type { Wfn, WfnValue } from './types.js';

/** True when a WFN string value has an unquoted `*` or `?`. */
export function hasWildcards(value: WfnValue): boolean {
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i];
    if (c === '\\') i += 1;
    else if (c === '*' || c === '?') return true;
  }
  return false;
}

/** The plain text of a WFN string value (quoting removed), for display and indexing. */
export function unquote(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

/** Vendor and product of a CPE, for indexing; `key` is unambiguous (`:` in a value stays quoted). */
export interface VendorProduct {
  readonly vendor: string;
  readonly product: string;
  readonly key: string;
}

/**
 * Vendor and product as plain text, or undefined when either is ANY, NA or has wildcards — such a
 * CPE cannot be looked up by key and must be compared against every candidate.
 */
export function vendorProduct(wfn: Wfn): VendorProduct | undefined {
  const { vendor, product } = wfn;
  if (typeof vendor !== 'string' || typeof product !== 'string') return undefined;
  if (hasWildcards(vendor) || hasWildcards(product)) return undefined;
  const quotedColon = (v: string) => unquote(v).replace(/\\/g, '\\\\').replace(/:/g, '\\:');
  return {
    vendor: unquote(vendor),
    product: unquote(product),
    key: `${quotedColon(vendor)}:${quotedColon(product)}`,
  };
}
