import type { Evidence } from '../../../findings/types.js';
import { responsibilityMatrix } from '../../responsibility/matrix.js';
import type { MatrixRow, ProblemKind, ResponsibilityProblem } from '../../responsibility/types.js';
import type { RuleContext, RuleHit } from '../types.js';

/**
 * Hits for one kind of responsibility problem, skipping those another rule already reports. Controls
 * and treatments are their own subjects; a duty is a model-level finding qualified by its id.
 */
export function raciHits(
  query: RuleContext,
  kind: ProblemKind,
  extra: (problem: ResponsibilityProblem, row: MatrixRow) => Partial<RuleHit> = () => ({}),
): RuleHit[] {
  const matrix = responsibilityMatrix(query);
  const rows = new Map(matrix.rows.map((r) => [`${r.kind}:${r.id}`, r] as const));
  return matrix.problems
    .filter((p) => p.kind === kind && p.coveredBy === undefined)
    .flatMap((problem): RuleHit[] => {
      const row = rows.get(`${problem.item.kind}:${problem.item.id}`);
      if (row === undefined) return [];
      return [
        {
          rationale: problem.message,
          evidence: rowEvidence(row),
          ...placement(row),
          ...extra(problem, row),
        },
      ];
    });
}

function placement(row: MatrixRow): Pick<RuleHit, 'subject' | 'qualifier'> {
  switch (row.kind) {
    case 'control':
      return { subject: { kind: 'control', id: row.id } };
    case 'mitigation':
    case 'transfer':
      return { subject: { kind: 'treatment', id: row.id } };
    case 'duty':
      return { qualifier: row.id };
  }
}

/** The row's letters as evidence, each derived one with the default it came from. */
function rowEvidence(row: MatrixRow): Evidence[] {
  // Duties carry their letters at the top level; controls and treatments under `responsibility`.
  const path = row.kind === 'duty' ? row.path : `${row.path}.responsibility`;
  const cells = row.assignments.map((a) => ({
    path,
    text: `${a.letter}: ${a.stakeholder} (${a.origin === 'declared' ? 'declared' : `derived: ${a.reason ?? 'default'}`})`,
  }));
  return cells.length > 0 ? cells : [{ path, text: 'no stakeholder holds any letter' }];
}
