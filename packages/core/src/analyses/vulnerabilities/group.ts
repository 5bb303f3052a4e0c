import type {
  FindingVulnerability,
  MatchConfidence,
  SuppressedMatch,
  VexAnnotation,
  VulnerabilityMatch,
} from '../../findings/vulnerability.js';

/** One vulnerability on one model component: every SBOM component it affects, in one finding. */
export interface VulnerabilityGroup {
  readonly vulnerability: FindingVulnerability;
  /** Set when every match was suppressed by VEX: the statement of the first. */
  readonly suppressedBy?: VexAnnotation;
  /** The advisories' references (exploit evidence is looked for in them). */
  readonly references: readonly { readonly type: string; readonly url: string }[];
}

const CONFIDENCE: readonly MatchConfidence[] = ['exact', 'cpe', 'name-heuristic'];

/**
 * Groups scan matches by vulnerability id. Active matches make the finding; a vulnerability whose
 * every match a VEX statement took out becomes a suppressed finding that keeps the statement.
 */
export function groupByVulnerability(
  active: readonly VulnerabilityMatch[],
  suppressed: readonly SuppressedMatch[],
): VulnerabilityGroup[] {
  const byId = new Map<string, { active: VulnerabilityMatch[]; suppressed: SuppressedMatch[] }>();
  const slot = (id: string) => {
    let entry = byId.get(id);
    if (entry === undefined) byId.set(id, (entry = { active: [], suppressed: [] }));
    return entry;
  };
  for (const m of active) slot(m.vulnerability.id).active.push(m);
  for (const s of suppressed) slot(s.match.vulnerability.id).suppressed.push(s);
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => {
      const matches =
        entry.active.length > 0
          ? entry.active
          : entry.suppressed.map((s) => ({ ...s.match, vex: s.vex }));
      const first = matches[0];
      if (first === undefined) throw new Error('a vulnerability group is never empty');
      const v = first.vulnerability;
      const vulnerability: FindingVulnerability = {
        id: v.id,
        aliases: v.aliases,
        ...(v.summary === undefined ? {} : { summary: v.summary }),
        severity: v.severity,
        cwes: v.cwes,
        ...(first.kev === undefined ? {} : { kev: first.kev }),
        ...(first.epss === undefined ? {} : { epss: first.epss }),
        fixedIn: [...new Set(matches.flatMap((m) => m.fixedIn))].sort(),
        confidence:
          CONFIDENCE.find((c) => matches.some((m) => m.confidence === c)) ?? 'name-heuristic',
        matches: matches.map((m) => ({
          component: m.component,
          evidence: m.evidence,
          ...(m.vex === undefined ? {} : { vex: m.vex }),
        })),
      };
      const suppressedBy = entry.active.length === 0 ? entry.suppressed[0]?.vex : undefined;
      return {
        vulnerability,
        references: v.references,
        ...(suppressedBy === undefined ? {} : { suppressedBy }),
      };
    });
}
