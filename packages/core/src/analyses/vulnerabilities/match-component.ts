import type { AdvisoryIndex } from '../../advisories/advisory-index.js';
import { normalizePackageName } from '../../advisories/advisory-index.js';
import type { AffectedEntry } from '../../advisories/types.js';
import { formatPurl, parsePurl } from '../../inventory/purl/index.js';
import type { InventoryComponent } from '../../inventory/types.js';
import { ecosystemOfOsv } from '../../versions/ecosystems.js';
import { identityOfPurl, releaseOfEcosystem, type PackageIdentity } from './identify.js';
import { viaCpe } from './match-cpe.js';
import { HitCollector, type AdvisoryHit, type AdvisoryUndecided } from './match-hit.js';
import { schemeById } from './schemes.js';
import type { NotAssessedReason } from '../../findings/vulnerability.js';

export interface ComponentMatch {
  readonly hits: readonly AdvisoryHit[];
  /** Advisories that name the component but could not be decided for its version. */
  readonly undecided: readonly AdvisoryUndecided[];
  /** Set when the component could not be (fully) assessed; hits may still hold name-heuristic matches. */
  readonly notAssessed?: { readonly reason: NotAssessedReason; readonly detail: string };
}

/**
 * Matches one component. A purl in a known ecosystem decides alone: the component is never
 * matched against CPE-only advisories (no cross-ecosystem CPE matching). Without a usable purl,
 * CPEs are matched with NIST IR 7696 name matching; a CPE with a wildcard vendor or product is
 * too ambiguous and is refused. A component with neither is not assessed, and product-name
 * matches are reported at low confidence only.
 */
export function matchComponent(
  component: InventoryComponent,
  index: AdvisoryIndex,
): ComponentMatch {
  if (component.purl === undefined)
    return viaCpe(component, index, {
      reason: 'no-identifier',
      detail:
        'the component has neither a purl nor a CPE; add one to the SBOM (name-only matches are low confidence)',
    });
  const parsed = parsePurl(component.purl);
  if (!parsed.ok)
    return viaCpe(component, index, {
      reason: 'invalid-purl',
      detail: `purl "${component.purl}" is invalid: ${parsed.issues[0]?.message ?? 'unparsable'}`,
    });
  const identity = identityOfPurl(parsed.value);
  if (identity !== undefined) return viaPurl(identity, formatPurl(parsed.value), component, index);
  return viaCpe(component, index, {
    reason: 'unknown-ecosystem',
    detail: `no advisory ecosystem is known for purl type "${parsed.value.type}"${component.cpes.length > 0 ? '; matched by CPE instead' : ''}`,
  });
}

function viaPurl(
  identity: PackageIdentity,
  purl: string,
  component: InventoryComponent,
  index: AdvisoryIndex,
): ComponentMatch {
  const version = identity.version ?? component.version;
  const scheme = schemeById(identity.ecosystem.scheme);
  if (version === undefined)
    return {
      hits: [],
      undecided: [],
      notAssessed: {
        reason: 'no-version',
        detail: `${purl} has no version, so no advisory range can be checked`,
      },
    };
  if (!scheme?.isValid(version))
    return {
      hits: [],
      undecided: [],
      notAssessed: {
        reason: 'invalid-version',
        detail: `"${version}" is not a valid ${identity.ecosystem.scheme} version`,
      },
    };
  const covered = index.coverage?.ecosystems.has(identity.ecosystem.osv) ?? true;
  if (!covered)
    return {
      hits: [],
      undecided: [],
      notAssessed: {
        reason: 'no-advisory-data',
        detail: `no ${identity.ecosystem.osv} advisories were loaded, so nothing could match ${purl}; add ${identity.ecosystem.osv} advisory data (e.g. osv.dev's ${identity.ecosystem.osv}/all.zip)`,
      },
    };
  const collector = new HitCollector();
  for (const name of identity.names) {
    for (const advisory of index.forPackage(identity.ecosystem.osv, name)) {
      for (const entry of advisory.affected) {
        if (!samePackage(entry, identity, name)) continue;
        const release =
          entry.package === undefined ? undefined : releaseOfEcosystem(entry.package.ecosystem);
        if (release !== undefined && identity.release !== undefined && release !== identity.release)
          continue;
        const note =
          release !== undefined && identity.release === undefined
            ? `for ${entry.package?.ecosystem ?? ''} (the SBOM does not say which release, so every release is considered): `
            : '';
        const affected = `${entry.package?.ecosystem ?? ''}/${entry.package?.name ?? ''}`;
        const evidence = {
          identifier: 'purl',
          value: purl,
          affected,
          confidence: 'exact',
          note,
        } as const;
        if (collector.check(advisory, entry, version, scheme, evidence)) break;
      }
    }
  }
  return { hits: collector.hits, undecided: collector.openQuestions() };
}

function samePackage(entry: AffectedEntry, identity: PackageIdentity, name: string): boolean {
  if (entry.package === undefined) return false;
  const ecosystem = ecosystemOfOsv(entry.package.ecosystem);
  return (
    ecosystem?.osv === identity.ecosystem.osv &&
    normalizePackageName(ecosystem, entry.package.name) === normalizePackageName(ecosystem, name)
  );
}
