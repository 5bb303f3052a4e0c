/**
 * CPE names: CPE 2.3 formatted strings and CPE 2.2 URIs to well-formed names (NIST IR 7695), and
 * name matching (NIST IR 7696). The only entry point other folders import.
 */
export { formatCpe, uriOf } from './bind.js';
export { cpeCovers, cpeMatch } from './match.js';
export { parseCpe } from './parse.js';
export { ANY, isAny, isNa, type Wfn } from './types.js';
export { unquote, vendorProduct } from './values.js';
