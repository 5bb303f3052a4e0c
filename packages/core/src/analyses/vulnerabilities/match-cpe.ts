import type { AdvisoryIndex } from '../../advisories/advisory-index.js';
import { normalizeProductName } from '../../advisories/advisory-index.js';
import type { Advisory, AffectedEntry } from '../../advisories/types.js';
import {
  ANY,
  cpeMatch,
  formatCpe,
  isAny,
  isNa,
  parseCpe,
  unquote,
  vendorProduct,
  type Wfn,
} from '../../inventory/cpe/index.js';
import type { InventoryComponent } from '../../inventory/types.js';
import type { ComponentMatch } from './match-component.js';
import { HitCollector } from './match-hit.js';
import { schemeById } from './schemes.js';

type Refusal = NonNullable<ComponentMatch['notAssessed']>;

/**
 * The CPE path, for components without a usable purl. Assessed when at least one CPE could be
 * used; otherwise the reason of the last refused CPE (or the caller's fallback when there is none,
 * with low-confidence product-name matches).
 */
export function viaCpe(
  component: InventoryComponent,
  index: AdvisoryIndex,
  fallback: Refusal,
): ComponentMatch {
  const collector = new HitCollector();
  if (component.cpes.length === 0) {
    byProductName(component, index, collector);
    return { hits: collector.hits, undecided: collector.openQuestions(), notAssessed: fallback };
  }
  let refusal: Refusal | undefined;
  let usable = 0;
  for (const text of component.cpes) {
    const parsed = parseCpe(text);
    if (!parsed.ok) {
      refusal = {
        reason: 'invalid-cpe',
        detail: `CPE "${text}" is invalid: ${parsed.issues[0]?.message ?? 'unparsable'}`,
      };
      continue;
    }
    const key = vendorProduct(parsed.value);
    if (key === undefined) {
      refusal = {
        reason: 'ambiguous-cpe',
        detail: `CPE "${text}" has no specific vendor and product; matching it would flood the report with false positives`,
      };
      continue;
    }
    if (
      (isAny(parsed.value.version) || isNa(parsed.value.version)) &&
      component.version === undefined
    ) {
      refusal = {
        reason: 'no-version',
        detail: `CPE "${text}" has no version and neither has the component, so no advisory range can be checked`,
      };
      continue;
    }
    usable++;
    cpeHits(parsed.value, component, index.forCpe(key.vendor, key.product), collector);
  }
  if (usable > 0 && index.coverage?.cpe === false)
    refusal = {
      reason: 'no-advisory-data',
      detail:
        'no CPE-identified advisories (NVD, CVE 5, CSAF with CPEs) were loaded, so nothing could match its CPE',
    };
  if (refusal?.reason === 'no-advisory-data') usable = 0;
  const hits = [...new Map(collector.hits.map((h) => [h.advisory.id, h])).values()];
  const undecided = collector.openQuestions();
  return usable > 0 || refusal === undefined
    ? { hits, undecided }
    : { hits, undecided, notAssessed: refusal };
}

/**
 * NIST IR 7696 name matching on every attribute but the version, where "not disjoint" is enough:
 * an SBOM CPE leaves `target_sw` and the like as ANY because the tool did not know, and an NVD
 * entry for `lodash` on `node.js` must still reach it. The version is decided apart: an advisory
 * range by the generic scheme (vendor versions follow no ecosystem's rules, so it decides only
 * what it can), a specific advisory version by equality, ANY without ranges as every version.
 */
function cpeHits(
  wfn: Wfn,
  component: InventoryComponent,
  advisories: readonly Advisory[],
  collector: HitCollector,
): void {
  const generic = schemeById('generic');
  const cpe = formatCpe(wfn);
  const version =
    typeof wfn.version === 'string' && !isAny(wfn.version)
      ? unquote(wfn.version)
      : component.version;
  const versionless = { ...wfn, version: ANY };
  for (const advisory of advisories) {
    for (const entry of advisory.affected) {
      const target = entry.cpe === undefined ? undefined : parseCpe(entry.cpe);
      if (target?.ok !== true || entry.cpe === undefined) continue;
      const relation = cpeMatch({ ...target.value, version: ANY }, versionless);
      if (relation === 'disjoint' || relation === 'undefined') continue;
      const evidence = {
        identifier: 'cpe',
        value: cpe,
        affected: entry.cpe,
        confidence: 'cpe',
      } as const;
      const ranged = entry.ranges.length > 0 || entry.versions.length > 0;
      const advisoryVersion = target.value.version;
      let decided = false;
      if (ranged || typeof advisoryVersion === 'string') {
        if (generic === undefined || version === undefined) continue; // the caller reports no-version
        const exact: AffectedEntry =
          ranged || typeof advisoryVersion !== 'string'
            ? entry
            : { ...entry, versions: [unquote(advisoryVersion)] };
        decided = collector.check(advisory, exact, version, generic, {
          ...evidence,
          note: `${entry.cpe} names ${cpe}; `,
        });
      } else {
        decided =
          !isNa(advisoryVersion) &&
          collector.named(advisory, entry, {
            ...evidence,
            scheme: 'cpe-name',
            decision: `${entry.cpe} names every version of ${cpe}`,
          });
      }
      if (decided) break;
    }
  }
}

/** CSAF advisories that name products without identifiers: matched by name and version only. */
function byProductName(
  component: InventoryComponent,
  index: AdvisoryIndex,
  collector: HitCollector,
): void {
  const generic = schemeById('generic');
  if (
    generic === undefined ||
    component.version === undefined ||
    !generic.isValid(component.version)
  )
    return;
  const name = normalizeProductName(component.name);
  const value = `${component.name} ${component.version}`;
  for (const advisory of index.forProductName(component.name)) {
    for (const entry of advisory.affected) {
      if (!(entry.productNames ?? []).some((n) => normalizeProductName(n) === name)) continue;
      if (
        entry.ranges.length === 0 &&
        entry.versions.length === 0 &&
        entry.extra?.unreadableRange === undefined
      )
        continue; // a name alone says too little
      const evidence = {
        identifier: 'product-name',
        value,
        affected: (entry.productNames ?? []).join(', '),
        confidence: 'name-heuristic',
      } as const;
      if (collector.check(advisory, entry, component.version, generic, evidence)) break;
    }
  }
}
