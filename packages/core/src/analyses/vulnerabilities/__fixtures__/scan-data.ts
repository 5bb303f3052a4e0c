import type { Advisory, AdvisoryBatch, AffectedEntry } from '../../../advisories/types.js';
import type { Inventory, InventoryComponent } from '../../../inventory/types.js';

/** A component as an SBOM reader would give it; only what the case needs is written. */
export function component(
  ref: string,
  fields: Partial<Omit<InventoryComponent, 'ref'>> = {},
): InventoryComponent {
  return {
    ref,
    type: 'library',
    name: ref,
    cpes: [],
    hashes: [],
    licenses: [],
    properties: [],
    ...fields,
  };
}

export function inventory(file: string, components: readonly InventoryComponent[]): Inventory {
  return {
    format: 'cyclonedx',
    specVersion: '1.6',
    encoding: 'json',
    file,
    metadata: { authors: [], tools: [] },
    components,
    dependencies: [],
    cryptoAssets: [],
    modelCards: [],
  };
}

export function advisory(
  id: string,
  affected: readonly AffectedEntry[],
  fields: Partial<Advisory> = {},
): Advisory {
  return {
    id,
    aliases: [],
    related: [],
    severity: [],
    affected,
    references: [],
    cwes: [],
    source: { kind: 'osv', file: 'advisories.json' },
    ...fields,
  };
}

/** `introduced 0, fixed <fixed>` in the package's ecosystem. */
export function fixedAt(ecosystem: string, name: string, fixed: string): AffectedEntry {
  return {
    package: { ecosystem, name },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
    versions: [],
  };
}

export function batch(
  advisories: readonly Advisory[],
  extra: Partial<AdvisoryBatch> = {},
): AdvisoryBatch {
  return { advisories, kev: [], epss: [], ...extra };
}
