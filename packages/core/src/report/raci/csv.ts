import type { ResponsibilityMatrix } from '../../analyses/responsibility/matrix.js';
import type { MatrixRow } from '../../analyses/responsibility/types.js';
import { csvCell } from '../formats/csv/index.js';
import { derivedText, raciCell } from './cells.js';

const FIXED: readonly [string, (row: MatrixRow, matrix: ResponsibilityMatrix) => string][] = [
  ['kind', (r) => r.kind],
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['elements', (r) => r.elements.join(' ')],
  ['skill', (r) => r.skill ?? ''],
  ['communicatedVia', (r) => r.communicatedVia.join(' ')],
  ['origin', (r) => r.origin],
  ['derived', (r) => derivedText(r)],
  [
    'problems',
    (r, m) =>
      m.problems
        .filter((p) => p.item.kind === r.kind && p.item.id === r.id)
        .map((p) => p.kind)
        .join(' '),
  ],
];

/**
 * One row per item, one column per stakeholder holding its letters ("R/A"), RFC 4180 quoted and
 * formula-safe like the findings CSV. Derived letters are listed with their reason in `derived`.
 */
export function* raciCsv(matrix: ResponsibilityMatrix): Iterable<string> {
  const header = [...FIXED.map(([name]) => name), ...matrix.stakeholders.map((s) => s.id)];
  yield `${header.map(csvCell).join(',')}\r\n`;
  for (const row of matrix.rows) {
    const cells = [
      ...FIXED.map(([, get]) => get(row, matrix)),
      ...matrix.stakeholders.map((s) => raciCell(row, s.id, '')),
    ];
    yield `${cells.map(csvCell).join(',')}\r\n`;
  }
}
