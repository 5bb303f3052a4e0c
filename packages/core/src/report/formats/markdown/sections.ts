import { formatIssue } from '../../../common/issue.js';
import type { Finding } from '../../../findings/types.js';
import { formatMinutes } from '../../../model/durations.js';
import { STRIDE_LETTER } from '../../../model/vocabulary.js';
import type { FindingRow, ReportDocument, StrideCellState } from '../../document.js';
import { inline, table } from './escape.js';

export function summarySection(doc: ReportDocument): string {
  const { summary, status } = doc.analysis;
  const levels = (['critical', 'high', 'medium', 'low', 'info'] as const).map((l) => [
    l,
    String(summary.byLevel[l]),
  ]);
  const failed = status.filter((s) => s.state !== 'ok');
  return [
    '## Summary',
    '',
    `${String(summary.findings)} findings (${String(summary.uncontrolled)} uncontrolled, ${String(summary.open)} open), ${String(summary.suppressed)} suppressed, ${String(summary.strideGaps)} STRIDE coverage gaps.`,
    '',
    table(['Residual risk', 'Findings'], levels),
    '',
    failed.length === 0
      ? 'All analyzers completed.'
      : `**Incomplete analysis:** ${failed.map((s) => `${s.analyzer} ${s.state}: ${s.messages.join('; ')}`).join(' — ')}`,
  ].join('\n');
}

export function deviceSection(doc: ReportDocument): string {
  const d = doc.model.device;
  const rows: [string, string][] = [
    ['Name', inline(d.name)],
    ['Manufacturer', inline(d.manufacturer)],
    ['Model', inline(d.model ?? '—')],
    ['Version', inline(d.version ?? '—')],
    ['Intended use', inline(d.intendedUse)],
    ['Regulatory class', d.regulatoryClass ?? '—'],
    ['Expected service life', `${String(d.serviceLifeYears)} years`],
    ['Market date', d.marketDate ?? '—'],
    ['Fleet size', d.fleetSize === undefined ? '—' : String(d.fleetSize)],
  ];
  const functions = doc.model.clinicalFunctions.map((f) => [
    f.id,
    inline(f.description),
    f.severity,
    f.maxTolerableOutageMinutes === undefined ? '—' : formatMinutes(f.maxTolerableOutageMinutes),
    f.multiPatient === true ? 'yes' : 'no',
  ]);
  return [
    '## Device',
    '',
    table(['Field', 'Value'], rows),
    '',
    '### Clinical functions',
    '',
    functions.length === 0
      ? '_No clinical functions are modelled: severity of harm cannot be traced._'
      : table(
          ['Function', 'Description', 'Severity of harm', 'Max tolerable outage', 'Multi-patient'],
          functions,
        ),
  ].join('\n');
}

export function assumptionsSection(doc: ReportDocument): string {
  const parts = [
    '## Deployments and assumptions',
    '',
    'The analysis relies on these assumptions; defaults come with the deployment type and can be edited in the model.',
    '',
  ];
  for (const d of doc.deployments) {
    parts.push(
      `### ${inline(d.label)} (\`${d.id}\`, ${d.type})`,
      '',
      `Components: ${d.components.length === 0 ? '—' : d.components.map((c) => `\`${c}\``).join(', ')}`,
      '',
      `Exposure${d.exposureEdited ? ' (edited in the model)' : ''}: ${describeExposure(d.exposure)}`,
      '',
    );
    for (const a of d.assumptions)
      parts.push(
        `- **${a.id}** (${a.origin}): ${inline(a.text)}${a.owner === undefined ? '' : ` — owner: ${a.owner}`}`,
      );
    parts.push('');
  }
  const model = doc.model.assumptions;
  if (model.length > 0) {
    parts.push('### Model assumptions', '');
    for (const a of model)
      parts.push(
        `- **${a.id}**: ${inline(a.text)}${a.owner === undefined ? ' — _no owner_' : ` — owner: ${a.owner}`}${a.rationale === undefined ? '' : ` (rationale: ${inline(a.rationale)})`}`,
      );
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}

export function heatMapSection(doc: ReportDocument): string {
  const { heatMap } = doc;
  const rows = [...heatMap.exploitability].reverse().map((e) => {
    const ei = heatMap.exploitability.indexOf(e);
    return [
      e,
      ...heatMap.severity.map((_, si) => {
        const c = heatMap.cells[ei]?.[si];
        return c === undefined
          ? ''
          : `${c.level}${c.findings.length > 0 ? ` (${String(c.findings.length)})` : ''}`;
      }),
    ];
  });
  return [
    '## Risk matrix',
    '',
    `Residual exploitability × severity of harm; cell: risk level (active findings). Acceptable levels: ${heatMap.acceptable.join(', ')}.`,
    '',
    table(['Exploitability \\ Severity', ...heatMap.severity], rows),
  ].join('\n');
}

export function findingsTable(rows: readonly FindingRow[]): string {
  if (rows.length === 0) return '_None._';
  return table(
    ['Risk', 'Finding', 'Title', 'Subject', 'Severity', 'Exploitability', 'Controlled', 'Status'],
    rows.map(({ finding: f }) => [
      f.level,
      `[${f.id}](#${anchor(f.id)})`,
      inline(f.title),
      `${f.subject.kind} ${f.subject.id}`,
      `${f.risk.severity.level ?? '—'}${f.risk.severity.assumed ? ' (assumed)' : ''}`,
      `${f.risk.exploitability.initial} → ${f.risk.exploitability.residual}`,
      f.risk.controlled ? 'yes' : 'no',
      f.status,
    ]),
  );
}

export function findingDetail(row: FindingRow): string {
  const f: Finding = row.finding;
  const r = f.risk;
  const lines = [
    `### ${inline(f.title)}`,
    '',
    `<a id="${anchor(f.id)}"></a>\`${f.id}\` — rule \`${f.ruleId}\` v${String(f.ruleVersion)} · ${f.category} · STRIDE ${f.stride.map((s) => STRIDE_LETTER[s]).join('') || '—'} · FDA control category: ${f.fdaCategory}`,
    '',
    `**Why it fired:** ${inline(f.rationale)}`,
  ];
  if (row.suppression)
    lines.push(
      '',
      `**Suppressed** by assumption \`${row.suppression.assumption}\`: ${inline(row.suppression.text)}`,
    );
  if (f.evidence.length > 0)
    lines.push(
      '',
      '**Evidence:**',
      ...f.evidence.map(
        (e) => `- ${e.path === undefined ? '' : `\`${e.path}\`: `}${inline(e.text)}`,
      ),
    );
  lines.push(
    '',
    `**Risk:** exploitability ${r.exploitability.initial} (${inline(r.exploitability.initialReason)}) × severity ${r.severity.level ?? 'n/a'} (${inline(r.severity.reason)}) → ${r.initial}; after controls ${r.exploitability.residual} → **${r.residual}**, ${r.controlled ? 'controlled' : 'uncontrolled'}: ${inline(r.controlledReason)}.`,
  );
  if (r.exploitability.controls.length > 0)
    lines.push(
      '',
      '**Controls:**',
      ...r.exploitability.controls.map(
        (c) =>
          `- \`${c.id}\` ${inline(c.title)} (${c.status}, −${String(c.reduction)} level${c.reduction === 1 ? '' : 's'})`,
      ),
    );
  if (f.treatment) {
    const t = f.treatment;
    lines.push(
      '',
      `**Treatment:** ${t.strategy}${t.approver === undefined ? '' : `, approved by ${inline(t.approver)}`}${t.recipient === undefined ? '' : `, transferred to ${t.recipient}`}${t.rationale === undefined ? '' : ` — ${inline(t.rationale)}`}${t.problems.length > 0 ? ` **Problems:** ${t.problems.map(inline).join('; ')}` : ''}`,
    );
  }
  lines.push(
    '',
    `**Mitigation:** ${inline(f.mitigation)}`,
    '',
    `**References:** ${f.references.map((ref) => (ref.url === undefined ? ref.id : `[${ref.id}](${ref.url})`)).join(', ') || '—'}`,
  );
  return lines.join('\n');
}

const SYMBOL: Readonly<Record<StrideCellState, string>> = {
  finding: '✖',
  checked: '✓',
  'not-applicable': 'n/a',
  gap: '**?**',
  'not-expected': '·',
};

export function strideSection(doc: ReportDocument): string {
  const rows = doc.strideMatrix.map((row) => [
    `${row.subject.kind} \`${row.subject.id}\``,
    ...row.cells.map((c) => SYMBOL[c.state]),
  ]);
  return [
    '## STRIDE coverage',
    '',
    '✖ threat found · ✓ examined, no threat found · n/a explained as not applicable · **?** gap: not analysed · · not expected for the element type',
    '',
    table(['Element', 'S', 'T', 'R', 'I', 'D', 'E'], rows),
  ].join('\n');
}

export function issuesSection(doc: ReportDocument): string {
  const issues = doc.analysis.issues;
  if (issues.length === 0) return '';
  return ['## Model warnings', '', ...issues.map((i) => `- ${inline(formatIssue(i))}`)].join('\n');
}

function anchor(id: string): string {
  return `f-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

function describeExposure(e: ReportDocument['deployments'][number]['exposure']): string {
  return [
    e.hostileNetwork ? 'hostile network' : 'no hostile network',
    e.unmanaged ? 'unmanaged' : 'managed',
    e.internetFacing ? 'internet-facing' : 'not internet-facing',
    `physical access: ${e.physicalAccess}`,
    e.monitored ? 'monitored' : 'not monitored',
  ].join(', ');
}
