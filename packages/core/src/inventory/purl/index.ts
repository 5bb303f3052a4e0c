/**
 * Package URLs (ECMA-427 / purl-spec): parse, build and canonical form, with the registered types'
 * rules. The only entry point other folders import.
 */
export { buildPurl, canonicalPurl } from './build.js';
export { formatPurl } from './format.js';
export { parsePurl } from './parse.js';

export type { Purl } from './types.js';
