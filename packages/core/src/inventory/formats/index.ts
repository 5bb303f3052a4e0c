import { cyclonedxJson } from './cyclonedx-json/index.js';
import { cyclonedxXml } from './cyclonedx-xml/index.js';
import { spdxJson } from './spdx-json/index.js';
import { spdxTagValue } from './spdx-tag-value/index.js';
import { spdx3Jsonld } from './spdx3-jsonld/index.js';
import type { InventoryFormat } from './types.js';

/** Every SBOM reader, one line each, alphabetical; the contract test checks it against the folders. */
export const INVENTORY_FORMATS: readonly InventoryFormat[] = [
  cyclonedxJson,
  cyclonedxXml,
  spdxJson,
  spdxTagValue,
  spdx3Jsonld,
];
