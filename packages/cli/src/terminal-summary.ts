import { riskRank, type ReportDocument, type RiskLevel } from '@medrisk/core';
import type { Colors } from './output.js';

/** The default `analyze` output: what a person reads in a terminal before opening the full report. */
export function renderTerminalSummary(doc: ReportDocument, c: Colors): string {
  const { analysis, model } = doc;
  const paint: Record<RiskLevel, (s: string) => string> = {
    critical: (s) => c.bold(c.red(s)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
  };
  const columns = process.stdout.isTTY ? process.stdout.columns : 120; // no width when piped
  const width = Math.max(80, Math.min(columns, 160));
  const lines: string[] = [];
  lines.push(c.bold(doc.title));
  lines.push(
    `${String(model.components.length)} components · ${String(model.dataFlows.length)} data flows · ${String(model.trustBoundaries.length)} trust boundaries · ${String(analysis.provenance.rules.length)} rules`,
  );
  lines.push('');
  const s = analysis.summary;
  const counts = (['critical', 'high', 'medium', 'low', 'info'] as const)
    .map((l) => paint[l](`${String(s.byLevel[l])} ${l}`))
    .join('  ');
  lines.push(
    `${counts}   ${String(s.uncontrolled)} uncontrolled · ${String(s.suppressed)} suppressed · ${String(s.strideGaps)} STRIDE gaps`,
  );
  for (const status of analysis.status.filter((x) => x.state !== 'ok'))
    lines.push(
      c.red(
        `analysis incomplete: ${status.analyzer} ${status.state}: ${status.messages.join('; ')}`,
      ),
    );
  lines.push('');
  const rows = analysis.findings.filter((f) => f.level !== 'info');
  const idWidth = Math.min(56, Math.max(10, ...rows.map((f) => f.id.length)));
  for (const f of rows) {
    const level = paint[f.level](f.level.toUpperCase().padEnd(8));
    const flags = `${f.risk.controlled ? ' ' : '!'}${f.status === 'open' ? ' ' : (f.status[0]?.toUpperCase() ?? ' ')}`;
    const title = truncate(f.title, width - idWidth - 14);
    lines.push(`${level} ${flags} ${truncate(f.id, idWidth).padEnd(idWidth)}  ${title}`);
  }
  const info = analysis.findings.length - rows.length;
  if (rows.length === 0) lines.push(c.green('No findings above info level.'));
  lines.push('');
  lines.push(
    c.dim(
      `! = uncontrolled residual risk · M/A/T = mitigated/accepted/transferred${info > 0 ? ` · ${String(info)} info-level findings (documentation gaps) not listed` : ''}`,
    ),
  );
  lines.push(c.dim('Full report: medrisk analyze <model> --format html --out report.html'));
  const worst = analysis.findings.reduce<RiskLevel | undefined>(
    (w, f) => (w === undefined || riskRank(f.level) > riskRank(w) ? f.level : w),
    undefined,
  );
  if (worst !== undefined) lines.push(c.dim(`Highest residual risk: ${worst}`));
  return `${lines.join('\n')}\n`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
