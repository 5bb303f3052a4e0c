import { normalizeName } from '../../lifecycle/eol-data/aliases.js';
import type { Inventory, InventoryComponent } from '../../inventory/types.js';
import { supportFieldOf } from '../../inventory/formats/support.js';
import { parsePurl } from '../../inventory/purl/index.js';
import type { LifecycleContext } from './context.js';
import { indexesOf, sourceOfCycle, type EolLookup } from './eol-source.js';
import { endedLevel } from './platform.js';
import type { NotAssessedSupport, SupportItem, SupportSource } from './types.js';

/** SBOM component types whose support matters (not data, models, crypto assets or hardware). */
const SOFTWARE = new Set([
  'application',
  'framework',
  'library',
  'container',
  'platform',
  'operating-system',
  'device-driver',
  'firmware',
  'other',
]);

/**
 * Distribution packages are patched by the distribution (backports), not by upstream: a Debian
 * `openssl 1.1.1n` is supported as long as Debian 11 is. They are matched to EOL data only through
 * purls the data itself lists, never by CPE or name.
 */
const DISTRIBUTION_PURLS = new Set(['deb', 'rpm', 'apk', 'alpm', 'ebuild', 'opkg', 'qpkg']);

/** Every software component of the model component's SBOMs, with its support or why it has none. */
export function sbomItems(
  componentId: string,
  inventories: readonly Inventory[],
  ctx: LifecycleContext,
): { readonly items: SupportItem[]; readonly notAssessed: NotAssessedSupport[] } {
  const items: SupportItem[] = [];
  const notAssessed: NotAssessedSupport[] = [];
  const keys = new Set<string>();
  for (const inventory of inventories) {
    for (const c of inventory.components) {
      if (!SOFTWARE.has(c.type)) continue;
      const name = `${c.name}${c.version === undefined ? '' : ` ${c.version}`}`;
      const path = `${inventory.file}#${c.ref}`;
      const sources: SupportSource[] = [];
      const fda = fdaSource(c, path);
      if (fda !== undefined) sources.push(fda);
      const lookup = eolLookup(c, ctx, path);
      if (lookup?.ok === true) sources.push(lookup.source);
      const [effective, ...others] = sources;
      if (effective === undefined) {
        notAssessed.push({
          component: componentId,
          name,
          reason:
            undated(c) !== undefined
              ? `the SBOM's end-of-support date is "${undated(c) ?? ''}", not a date${lookup?.ok === false ? `; ${lookup.reason}` : ''}`
              : c.support?.justification !== undefined
                ? `the SBOM gives a justification instead of an end-of-support date: ${c.support.justification}`
                : lookup?.ok === false
                  ? `no end-of-support date in the SBOM; ${lookup.reason}`
                  : 'no end-of-support date in the SBOM and no EOL data for it',
          ...(lookup?.ok === false && lookup.hint !== undefined ? { hint: lookup.hint } : {}),
        });
        continue;
      }
      let key = normalizeName(c.name) || normalizeName(c.ref);
      if (keys.has(key)) key = `${key}-${normalizeName(c.version ?? c.ref)}`;
      keys.add(key);
      items.push({
        component: componentId,
        key,
        name,
        kind:
          c.type === 'operating-system' || (lookup?.ok === true && lookup.os)
            ? 'operating-system'
            : 'software',
        origin: 'sbom',
        sbomFile: inventory.file,
        effective,
        others,
      });
    }
  }
  return { items, notAssessed };
}

/** An FDA end-of-support property whose value is not a date (`unknown`, `TBD`), kept by the reader as a plain property. */
function undated(c: InventoryComponent): string | undefined {
  return c.properties.find((p) => supportFieldOf(p.name) === 'endOfSupportDate')?.value;
}

function fdaSource(c: InventoryComponent, path: string): SupportSource | undefined {
  const s = c.support;
  if (s === undefined) return undefined;
  const level = s.levelOfSupport === undefined ? {} : { level: s.levelOfSupport };
  if (s.endOfSupportDate !== undefined)
    return {
      kind: 'sbom',
      detail: 'SBOM end-of-support date (FDA field)',
      path,
      end: s.endOfSupportDate,
      ...level,
    };
  if (endedLevel(s.levelOfSupport))
    return {
      kind: 'sbom',
      detail: 'SBOM level of support (FDA field), no date',
      path,
      ended: true,
      ...level,
    };
  return undefined;
}

/** EOL data for an SBOM component: by the purls the data lists, then (not for distribution packages) CPE, then exact name. */
function eolLookup(
  c: InventoryComponent,
  ctx: LifecycleContext,
  path: string,
): EolLookup | undefined {
  const purlType = c.purl === undefined ? undefined : parsePurl(c.purl);
  const distribution = purlType?.ok === true && DISTRIBUTION_PURLS.has(purlType.value.type);
  for (const { index, kind } of indexesOf(ctx)) {
    const match =
      (c.purl === undefined ? undefined : index.byPurl(c.purl)) ??
      (distribution
        ? undefined
        : (c.cpes.map((cpe) => index.byCpe(cpe)).find((m) => m !== undefined) ??
          index.byName(c.name)));
    if (match !== undefined) return sourceOfCycle(match, kind, c.version, path);
  }
  return undefined;
}
