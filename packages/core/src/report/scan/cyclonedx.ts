import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import type { VexAnnotation, VulnerabilityMatch } from '../../findings/vulnerability.js';
import type { ScanFormat } from './types.js';

/**
 * CycloneDX 1.6 VDR + VEX, built with the CycloneDX library (so the serialization follows the
 * spec, sorted lists for reproducible output). Each vulnerability affects the components it was
 * matched on; analysis: `in_triage` for matches nobody reviewed, the VEX decision otherwise.
 */
export const cyclonedxScanFormat: ScanFormat = {
  id: 'cyclonedx',
  displayName: 'CycloneDX VEX/VDR (JSON)',
  extension: 'cdx.json',
  *render(result) {
    const bom = new Models.Bom();
    bom.metadata.tools.components.add(
      new Models.Component(Enums.ComponentType.Application, 'medrisk'),
    );
    const components = new Map<string, Models.Component>();
    const all: { match: VulnerabilityMatch; vex?: VexAnnotation }[] = [
      ...result.findings.map((match) =>
        match.vex === undefined ? { match } : { match, vex: match.vex },
      ),
      ...result.suppressed,
    ];
    for (const { match } of all) {
      const key = match.component.purl ?? `${match.component.file}#${match.component.ref}`;
      if (components.has(key)) continue;
      const component = new Models.Component(Enums.ComponentType.Library, match.component.name, {
        bomRef: key,
        ...(match.component.version === undefined ? {} : { version: match.component.version }),
      });
      components.set(key, component);
      bom.components.add(component);
    }
    const byVulnerability = new Map<string, { match: VulnerabilityMatch; vex?: VexAnnotation }[]>();
    for (const entry of all)
      byVulnerability.set(entry.match.vulnerability.id, [
        ...(byVulnerability.get(entry.match.vulnerability.id) ?? []),
        entry,
      ]);
    for (const [id, entries] of byVulnerability) {
      const first = entries[0];
      if (first === undefined) continue;
      const info = first.match.vulnerability;
      const decided = entries.find((e) => e.vex !== undefined)?.vex;
      const vulnerability = new Models.Vulnerability.Vulnerability({
        bomRef: id,
        id,
        ...(info.summary === undefined ? {} : { description: info.summary }),
        ...(info.published === undefined ? {} : { published: new Date(info.published) }),
        ...(info.modified === undefined ? {} : { updated: new Date(info.modified) }),
        analysis: analysisOf(decided, first.match),
      });
      const rating = ratingOf(first.match);
      if (rating !== undefined) vulnerability.ratings.add(rating);
      vulnerability.properties.add(
        new Models.Property('medrisk:priority', first.match.priority.level),
      );
      vulnerability.properties.add(
        new Models.Property('medrisk:priority-score', String(first.match.priority.score)),
      );
      if (first.match.kev !== undefined)
        vulnerability.properties.add(
          new Models.Property('medrisk:kev-date-added', first.match.kev.dateAdded),
        );
      if (first.match.epss !== undefined)
        vulnerability.properties.add(
          new Models.Property('medrisk:epss', String(first.match.epss.epss)),
        );
      for (const alias of info.aliases)
        vulnerability.references.add(
          new Models.Vulnerability.Reference(
            alias,
            new Models.Vulnerability.Source({ name: sourceOf(alias) }),
          ),
        );
      for (const cwe of info.cwes) {
        const number = Number(cwe.replace(/^CWE-/, ''));
        if (Number.isInteger(number) && number > 0) vulnerability.cwes.add(number);
      }
      for (const { match } of entries) {
        const ref = components.get(
          match.component.purl ?? `${match.component.file}#${match.component.ref}`,
        )?.bomRef;
        if (ref !== undefined) vulnerability.affects.add(new Models.Vulnerability.Affect(ref));
      }
      bom.vulnerabilities.add(vulnerability);
    }
    const serializer = new Serialize.JsonSerializer(
      new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6),
    );
    yield `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
  },
};

const STATE: Readonly<Record<string, Enums.Vulnerability.AnalysisState>> = {
  not_affected: Enums.Vulnerability.AnalysisState.NotAffected,
  fixed: Enums.Vulnerability.AnalysisState.Resolved,
  affected: Enums.Vulnerability.AnalysisState.Exploitable,
  under_investigation: Enums.Vulnerability.AnalysisState.InTriage,
};

function analysisOf(
  vex: VexAnnotation | undefined,
  match: VulnerabilityMatch,
): Models.Vulnerability.Analysis {
  if (vex === undefined) {
    return new Models.Vulnerability.Analysis({
      state: Enums.Vulnerability.AnalysisState.InTriage,
      detail:
        `Matched by medrisk (${match.confidence}); not yet reviewed. ${match.evidence[0]?.decision ?? ''}`.trim(),
    });
  }
  const justification = Object.values(Enums.Vulnerability.AnalysisJustification).find(
    (j) => j === vex.justification,
  );
  return new Models.Vulnerability.Analysis({
    state: STATE[vex.status] ?? Enums.Vulnerability.AnalysisState.InTriage,
    ...(justification === undefined ? {} : { justification }),
    detail: vex.statement,
  });
}

const METHOD: Readonly<Record<string, Enums.Vulnerability.RatingMethod>> = {
  '2.0': Enums.Vulnerability.RatingMethod.CVSSv2,
  '3.0': Enums.Vulnerability.RatingMethod.CVSSv3,
  '3.1': Enums.Vulnerability.RatingMethod.CVSSv31,
  '4.0': Enums.Vulnerability.RatingMethod.CVSSv4,
};

/** The advisory CVSS as a CycloneDX rating (score, severity, method, vector). */
function ratingOf(match: VulnerabilityMatch): Models.Vulnerability.Rating | undefined {
  const cvss = match.cvss;
  if (cvss === undefined) return undefined;
  const severity = Object.values(Enums.Vulnerability.Severity).find(
    (s: string) => s === cvss.severity,
  );
  const method = METHOD[cvss.version];
  return new Models.Vulnerability.Rating({
    score: cvss.score,
    vector: cvss.vector,
    ...(severity === undefined ? {} : { severity }),
    ...(method === undefined ? {} : { method }),
  });
}

function sourceOf(id: string): string {
  if (id.startsWith('CVE-')) return 'NVD';
  if (id.startsWith('GHSA-')) return 'GitHub';
  return 'OSV';
}
