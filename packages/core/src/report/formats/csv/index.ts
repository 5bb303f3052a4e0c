import type { FindingRow, ReportDocument } from '../../document.js';
import type { ReportFormat } from '../types.js';

const COLUMNS: readonly [string, (row: FindingRow) => string][] = [
  ['id', (r) => r.finding.id],
  ['state', (r) => r.state],
  ['status', (r) => r.finding.status],
  ['ruleId', (r) => r.finding.ruleId],
  ['title', (r) => r.finding.title],
  ['category', (r) => r.finding.category],
  ['stride', (r) => r.finding.stride.join(' ')],
  ['subjectKind', (r) => r.finding.subject.kind],
  ['subject', (r) => r.finding.subject.id],
  ['severity', (r) => r.finding.risk.severity.level ?? ''],
  ['severityAssumed', (r) => String(r.finding.risk.severity.assumed)],
  ['exploitability', (r) => r.finding.risk.exploitability.initial],
  ['residualExploitability', (r) => r.finding.risk.exploitability.residual],
  ['initialRisk', (r) => r.finding.risk.initial],
  ['residualRisk', (r) => r.finding.risk.residual],
  ['controlled', (r) => String(r.finding.risk.controlled)],
  [
    'multiPatient',
    (r) =>
      r.finding.risk.multiPatient === undefined
        ? ''
        : r.finding.risk.multiPatient.reaches.join(' '),
  ],
  ['controls', (r) => r.finding.risk.exploitability.controls.map((c) => c.id).join(' ')],
  ['treatment', (r) => r.finding.treatment?.strategy ?? ''],
  ['approver', (r) => r.finding.treatment?.approver ?? ''],
  ['suppressedBy', (r) => r.suppression?.assumption ?? ''],
  ['fdaCategory', (r) => r.finding.fdaCategory],
  ['references', (r) => r.finding.references.map((ref) => ref.id).join(' ')],
  ['rationale', (r) => r.finding.rationale],
  ['mitigation', (r) => r.finding.mitigation],
];

/**
 * RFC 4180 quoting. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a
 * leading apostrophe: model text is user input and must not execute on a reviewer's machine.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvFormat: ReportFormat = {
  id: 'csv',
  displayName: 'CSV (one row per finding)',
  extension: 'csv',
  mediaType: 'text/csv',
  *render(doc: ReportDocument) {
    yield `${COLUMNS.map(([name]) => name).join(',')}\r\n`;
    for (const row of doc.rows)
      yield `${COLUMNS.map(([, get]) => csvCell(get(row))).join(',')}\r\n`;
  },
};
