import type { Finding } from '../../../findings/types.js';
import type { RiskLevel } from '../../../findings/scales.js';
import type { FindingRow, ReportDocument } from '../../document.js';
import { streamJson } from '../stream-json.js';
import type { ReportFormat } from '../types.js';
import { ruleDescriptor } from './rule-descriptor.js';

/** GitHub code scanning reads `security-severity` (0–10) to rank alerts; we map residual risk onto it. */
const SECURITY_SEVERITY: Readonly<Record<RiskLevel, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};
const LEVEL: Readonly<Record<RiskLevel, 'error' | 'warning' | 'note'>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

function renderSarif(doc: ReportDocument): Iterable<string> {
  const entry = doc.model.files[0] ?? 'medrisk.yaml';
  const ruleIndex = new Map(doc.rules.map((rule, index) => [rule.id, index] as const));
  const results = doc.rows.map((row) => result(row, entry, ruleIndex.get(row.finding.ruleId) ?? 0));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'medrisk',
            semanticVersion: doc.analysis.provenance.tool.version,
            version: doc.analysis.provenance.tool.version,
            rules: doc.rules.map(ruleDescriptor),
          },
        },
        results,
        properties: { device: doc.model.device.name, summary: doc.analysis.summary },
      },
    ],
  };
  return streamJson(log, [results]);
}

function result(row: FindingRow, entry: string, ruleIndex: number) {
  const f: Finding = row.finding;
  const location = f.subject.location ?? { file: entry, line: 1, column: 1 };
  const suppressions = suppressionsOf(row);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.level],
    message: { text: `${f.title}: ${f.rationale}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: location.file.split('\\').join('/') },
          region: { startLine: location.line, startColumn: location.column },
        },
        logicalLocations: [
          { name: f.subject.id, kind: f.subject.kind === 'flow' ? 'dataFlow' : f.subject.kind },
        ],
      },
    ],
    partialFingerprints: { 'medriskFindingId/v1': f.id },
    ...(suppressions.length === 0 ? {} : { suppressions }),
    properties: {
      findingId: f.id,
      'security-severity': SECURITY_SEVERITY[f.level],
      residualRisk: f.level,
      initialRisk: f.risk.initial,
      severityOfHarm: f.risk.severity.level ?? 'none',
      exploitability: f.risk.exploitability.residual,
      controlled: f.risk.controlled,
      status: f.status,
      stride: f.stride,
    },
  };
}

/** Suppressed findings and complete accept/transfer decisions show as dismissed, with who and why. */
function suppressionsOf(
  row: FindingRow,
): { kind: 'external'; status: 'accepted'; justification: string }[] {
  if (row.suppression !== undefined)
    return [
      {
        kind: 'external',
        status: 'accepted',
        justification: `assumption ${row.suppression.assumption}: ${row.suppression.text}`,
      },
    ];
  const t = row.finding.treatment;
  if (
    t !== undefined &&
    (t.strategy === 'accept' || t.strategy === 'transfer') &&
    t.problems.length === 0
  ) {
    return [
      {
        kind: 'external',
        status: 'accepted',
        justification: `${t.strategy === 'accept' ? 'accepted' : `transferred to ${t.recipient ?? '?'}`} by ${t.approver ?? '?'}: ${t.rationale ?? ''}`,
      },
    ];
  }
  return [];
}

export const sarifFormat: ReportFormat = {
  id: 'sarif',
  displayName: 'SARIF 2.1.0 (GitHub code scanning)',
  extension: 'sarif',
  mediaType: 'application/sarif+json',
  render: renderSarif,
};
