import type { ResponsibilityMatrix } from '../../analyses/responsibility/matrix.js';
import { raciCell } from './cells.js';

/** Longest item label a terminal table prints before cutting it (the CSV and JSON keep it whole). */
const ITEM_WIDTH = 48;

/** A plain-text matrix for a terminal, then the problems and the clause checklist in brief. */
export function raciTable(matrix: ResponsibilityMatrix): string {
  const header = ['Kind', 'Item', ...matrix.stakeholders.map((s) => s.id), 'Skill'];
  const rows = matrix.rows.map((row) => [
    row.kind,
    cut(row.id, ITEM_WIDTH),
    ...matrix.stakeholders.map((s) => raciCell(row, s.id) || '·'),
    row.skill ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'R responsible, A accountable, C consulted, I informed; * derived by medrisk (see --format json or csv for why).',
  ];
  if (matrix.problems.length > 0) {
    out.push('', `Problems (${String(matrix.problems.length)}):`);
    for (const p of matrix.problems)
      out.push(
        `  ${p.kind}: ${p.message}${p.coveredBy === undefined ? '' : ` [reported by ${p.coveredBy}]`}`,
      );
  }
  if (matrix.checklist.length > 0) {
    out.push('', 'Contract and SLA clauses to demand:');
    for (const party of matrix.checklist)
      out.push(
        `  ${party.stakeholder} (${party.role}): ${party.clauses.map((c) => c.title).join('; ')}`,
      );
  }
  return `${out.join('\n')}\n`;
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
