import type { ModelQuery } from '../../model/query/index.js';
import type { DeviceModel } from '../../model/types.js';
import { buildChecklist, type PartyChecklist } from './checklist.js';
import { buildRows } from './items.js';
import { rowProblems } from './problems.js';
import {
  ITEM_KINDS,
  type ItemKind,
  type MatrixRow,
  type MatrixStakeholder,
  type ResponsibilityProblem,
} from './types.js';

/** The shared-responsibility matrix: every control, mitigation, transfer and duty × stakeholder. */
export interface ResponsibilityMatrix {
  /** Declared stakeholders, in id order: the matrix columns. */
  readonly stakeholders: readonly MatrixStakeholder[];
  /** Controls, then mitigations, transfers and duties, each in id order. */
  readonly rows: readonly MatrixRow[];
  /** Every problem found, including those another rule reports (`coveredBy`). */
  readonly problems: readonly ResponsibilityProblem[];
  /** Contract and SLA clauses per third party. */
  readonly checklist: readonly PartyChecklist[];
  readonly summary: {
    readonly rows: Readonly<Record<ItemKind, number>>;
    /** Cells medrisk filled with a default (each says why). */
    readonly derivedAssignments: number;
    readonly problems: number;
  };
}

const memo = new WeakMap<DeviceModel, ResponsibilityMatrix>();

/** Pure and memoized per model: the responsibility rules and the report view share one computation. */
export function responsibilityMatrix(query: ModelQuery): ResponsibilityMatrix {
  const known = memo.get(query.model);
  if (known !== undefined) return known;
  const rows = buildRows(query);
  const problems = rows.flatMap((row) => rowProblems(row, query));
  const matrix: ResponsibilityMatrix = {
    stakeholders: query.model.stakeholders.map((s) => ({
      id: s.id,
      role: s.role,
      ...(s.name === undefined ? {} : { name: s.name }),
    })),
    rows,
    problems,
    checklist: buildChecklist(rows, query),
    summary: {
      rows: Object.fromEntries(
        ITEM_KINDS.map((kind) => [kind, rows.filter((r) => r.kind === kind).length]),
      ) as Record<ItemKind, number>,
      derivedAssignments: rows.flatMap((r) => r.assignments).filter((a) => a.origin === 'derived')
        .length,
      problems: problems.length,
    },
  };
  memo.set(query.model, matrix);
  return matrix;
}

/** The report view: absent when the model names no stakeholder and has nothing to assign. */
export function responsibilityView(query: ModelQuery): ResponsibilityMatrix | undefined {
  const matrix = responsibilityMatrix(query);
  return matrix.stakeholders.length === 0 && matrix.rows.length === 0 ? undefined : matrix;
}
