import type { InventoryFormat } from './types.js';

/** Every SBOM reader, one line each, alphabetical; the contract test checks it against the folders. */
export const INVENTORY_FORMATS: readonly InventoryFormat[] = [];
