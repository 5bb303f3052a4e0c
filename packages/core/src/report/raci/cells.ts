import type { MatrixRow } from '../../analyses/responsibility/types.js';

/**
 * The letters one stakeholder holds on one row, in R, A, C, I order, joined by "/" ("R/A"). With a
 * `mark`, letters medrisk derived carry it (an asterisk after each derived letter); a stakeholder with no letter gets "".
 */
export function raciCell(row: MatrixRow, stakeholder: string, mark = '*'): string {
  return row.assignments
    .filter((a) => a.stakeholder === stakeholder)
    .map((a) => `${a.letter}${a.origin === 'derived' ? mark : ''}`)
    .join('/');
}

/** The derived letters of a row with their reasons: "A: calder (owner of control x)". */
export function derivedText(row: MatrixRow): string {
  return row.assignments
    .filter((a) => a.origin === 'derived')
    .map((a) => `${a.letter}: ${a.stakeholder} (${a.reason ?? 'default'})`)
    .join('; ');
}
