import type { AdvisoryIndex } from '../../advisories/advisory-index.js';
import { groupAdvisories } from '../../advisories/aliases.js';
import type { EpssScore, KevEntry } from '../../advisories/types.js';
import { assessSbomQuality, type SbomQuality } from '../../inventory/quality/index.js';
import type { Inventory, InventoryComponent } from '../../inventory/types.js';
import type { VexStatement } from '../../vex/types.js';
import { matchComponent, type ComponentMatch } from './match-component.js';
import type { AdvisoryHit } from './match-hit.js';
import type {
  ComponentRef,
  MatchConfidence,
  NotAssessed,
  SuppressedMatch,
  UndecidedMatch,
  VulnerabilityMatch,
} from '../../findings/vulnerability.js';
import { baseVector, scoreOf } from './context/cvss-context.js';
import { vulnerabilityPriority } from './context/priority.js';
import { indexVex } from './vex-apply.js';

export const SCAN_FORMAT_VERSION = 1;

export interface ScanResult {
  readonly formatVersion: typeof SCAN_FORMAT_VERSION;
  readonly inventories: readonly InventorySummary[];
  /** Sorted by vulnerability id, then SBOM file and component ref. */
  readonly findings: readonly VulnerabilityMatch[];
  /** Matches a VEX statement (not_affected, fixed) suppressed, each with the statement. */
  readonly suppressed: readonly SuppressedMatch[];
  /** Every component that could not be (fully) assessed, with the reason. */
  readonly notAssessed: readonly NotAssessed[];
  /** Advisories that name a component but could not be decided for its version, with the reason. */
  readonly undecided: readonly UndecidedMatch[];
  readonly quality: readonly SbomQuality[];
  readonly summary: ScanSummary;
}

export interface InventorySummary {
  readonly file: string;
  readonly format: Inventory['format'];
  readonly specVersion: string;
  readonly encoding: Inventory['encoding'];
  readonly components: number;
}

export interface ScanSummary {
  readonly components: number;
  readonly assessed: number;
  readonly notAssessed: number;
  readonly undecided: number;
  readonly findings: number;
  readonly suppressed: number;
  readonly vulnerabilities: number;
  readonly kev: number;
  readonly advisories: number;
}

/** Inventory entries that are not packages: crypto assets and data sets go to their own analyses. */
const NOT_PACKAGES: readonly InventoryComponent['type'][] = ['cryptographic-asset', 'data'];

/**
 * Components × advisories → findings, VEX applied, nothing silent: every component is either
 * assessed (with or without findings) or listed as not assessed with its reason. Identical
 * components (the same purl, or CPEs, or name and version) are matched once.
 */
export function scanInventories(
  inventories: readonly Inventory[],
  index: AdvisoryIndex,
  vex: readonly VexStatement[] = [],
): ScanResult {
  const statements = indexVex(vex);
  const cache = new Map<string, { match: ComponentMatch; found: readonly MatchTemplate[] }>();
  const findings: VulnerabilityMatch[] = [];
  const suppressed: SuppressedMatch[] = [];
  const notAssessed: NotAssessed[] = [];
  const undecided: UndecidedMatch[] = [];
  let components = 0;
  for (const inventory of inventories) {
    for (const component of inventory.components) {
      if (NOT_PACKAGES.includes(component.type) && component.purl === undefined) continue;
      components++;
      const key =
        component.purl ??
        (component.cpes.length > 0
          ? component.cpes.join(' ')
          : `${component.name}@${component.version ?? ''}`);
      let cached = cache.get(key);
      if (cached === undefined) {
        const match = matchComponent(component, index);
        cached = { match, found: toMatches(match.hits, index) };
        cache.set(key, cached);
      }
      const { match } = cached;
      const ref = componentRef(inventory.file, component);
      if (match.notAssessed !== undefined)
        notAssessed.push({ component: ref, ...match.notAssessed });
      for (const u of match.undecided)
        undecided.push({
          component: ref,
          advisory: u.advisory.id,
          aliases: u.advisory.aliases,
          reason: u.reason,
          detail: u.detail,
        });
      for (const template of cached.found) {
        const found = instantiate(template, ref);
        const decision = statements.decide(
          [found.vulnerability.id, ...found.vulnerability.aliases],
          ref,
        );
        if (
          decision !== undefined &&
          (decision.status === 'not_affected' || decision.status === 'fixed')
        )
          suppressed.push({ match: found, vex: decision });
        else findings.push(decision === undefined ? found : { ...found, vex: decision });
      }
    }
  }
  const order = (a: VulnerabilityMatch, b: VulnerabilityMatch): number =>
    compare(a.vulnerability.id, b.vulnerability.id) ||
    compare(a.component.file, b.component.file) ||
    compare(a.component.ref, b.component.ref);
  findings.sort(order);
  suppressed.sort((a, b) => order(a.match, b.match));
  const byComponent = (a: { component: ComponentRef }, b: { component: ComponentRef }): number =>
    compare(a.component.file, b.component.file) || compare(a.component.ref, b.component.ref);
  notAssessed.sort(byComponent);
  undecided.sort((a, b) => byComponent(a, b) || compare(a.advisory, b.advisory));
  return {
    formatVersion: SCAN_FORMAT_VERSION,
    inventories: inventories.map((i) => ({
      file: i.file,
      format: i.format,
      specVersion: i.specVersion,
      encoding: i.encoding,
      components: i.components.length,
    })),
    findings,
    suppressed,
    notAssessed,
    undecided,
    quality: inventories.map(assessSbomQuality),
    summary: {
      components,
      assessed: components - notAssessed.length,
      notAssessed: notAssessed.length,
      undecided: undecided.length,
      findings: findings.length,
      suppressed: suppressed.length,
      vulnerabilities: new Set(findings.map((f) => f.vulnerability.id)).size,
      kev: findings.filter((f) => f.kev !== undefined).length,
      advisories: index.size,
    },
  };
}

/** A match without the component instance: computed once per distinct component (fleets repeat them). */
type MatchTemplate = Omit<VulnerabilityMatch, 'id' | 'component'>;

function instantiate(t: MatchTemplate, component: ComponentRef): VulnerabilityMatch {
  // Spelled out so the key order of every finding is the documented one.
  return {
    id: `${t.vulnerability.id}@${component.file}#${component.ref}`,
    vulnerability: t.vulnerability,
    component,
    evidence: t.evidence,
    confidence: t.confidence,
    fixedIn: t.fixedIn,
    ...(t.kev === undefined ? {} : { kev: t.kev }),
    ...(t.epss === undefined ? {} : { epss: t.epss }),
    ...(t.cvss === undefined ? {} : { cvss: t.cvss }),
    priority: t.priority,
  };
}

function toMatches(hits: readonly AdvisoryHit[], index: AdvisoryIndex): MatchTemplate[] {
  if (hits.length === 0) return [];
  const byAdvisory = new Map(hits.map((h) => [h.advisory.id, h] as const));
  return groupAdvisories(hits.map((h) => h.advisory)).map((group) => {
    const groupHits = group.advisories
      .map((a) => byAdvisory.get(a.id))
      .filter((h): h is AdvisoryHit => h !== undefined);
    const cves = group.ids.filter((id) => id.startsWith('CVE-'));
    const kev = cves.map((id) => index.kev(id)).find((k): k is KevEntry => k !== undefined);
    const epss = cves
      .map((id) => index.epss(id))
      .filter((e): e is EpssScore => e !== undefined)
      .sort((a, b) => b.epss - a.epss)[0];
    const first = group.advisories[0];
    const confidence = bestConfidence(groupHits.map((h) => h.evidence.confidence));
    const severity = group.advisories.flatMap((a) => a.severity);
    const vector = baseVector(severity);
    const cvss = vector === undefined ? undefined : scoreOf(vector);
    const priority = vulnerabilityPriority({
      ...(kev === undefined ? {} : { kev }),
      ...(epss === undefined ? {} : { epss }),
      ...(cvss === undefined ? {} : { cvss }),
    });
    return {
      vulnerability: {
        id: group.id,
        aliases: group.ids.filter((id) => id !== group.id),
        ...(first?.summary === undefined ? {} : { summary: first.summary }),
        severity,
        cwes: [...new Set(group.advisories.flatMap((a) => a.cwes))].sort(),
        references: group.advisories.flatMap((a) => a.references),
        ...(first?.published === undefined ? {} : { published: first.published }),
        ...(first?.modified === undefined ? {} : { modified: first.modified }),
        advisories: group.advisories.map((a) => ({ id: a.id, source: a.source })),
      },
      evidence: groupHits.map((h) => h.evidence),
      confidence,
      fixedIn: [...new Set(groupHits.flatMap((h) => h.fixed))].sort(),
      ...(kev === undefined ? {} : { kev }),
      ...(epss === undefined ? {} : { epss }),
      ...(cvss === undefined ? {} : { cvss }),
      priority,
    };
  });
}

const CONFIDENCE_ORDER: readonly MatchConfidence[] = ['exact', 'cpe', 'name-heuristic'];

function bestConfidence(list: readonly MatchConfidence[]): MatchConfidence {
  return CONFIDENCE_ORDER.find((c) => list.includes(c)) ?? 'name-heuristic';
}

function componentRef(file: string, c: InventoryComponent): ComponentRef {
  return {
    file,
    ref: c.ref,
    name: c.group === undefined ? c.name : `${c.group}/${c.name}`,
    ...(c.version === undefined ? {} : { version: c.version }),
    ...(c.purl === undefined ? {} : { purl: c.purl }),
    cpes: c.cpes,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
