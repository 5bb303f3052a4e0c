import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { refOf, rowKey } from './define.js';
import { allowedValues, resolveSelections, type ResolvedSelection } from './select.js';
import { SSVC_DERIVATIONS } from './tables/index.js';
import type {
  DecisionPoint,
  DecisionTable,
  SelectionInput,
  SsvcEvaluation,
  SsvcExchangeSelection,
  SsvcStep,
} from './types.js';

/**
 * Walks a decision table. Each input is taken as given, or — when it is the outcome of a sub-table
 * (Utility, Human Impact, Public Safety Impact, Mission and Well-Being Impact) — derived from that
 * sub-table's inputs. Unknown decision points, unknown values, missing inputs and a given value
 * that contradicts the one derived from the same answers are errors; selections the table does not
 * use are warnings.
 */
export function evaluateSsvc(
  table: DecisionTable,
  selections: Readonly<Record<string, SelectionInput>>,
): ParseResult<SsvcEvaluation> {
  const used = usedPoints(table);
  const { resolved, rejected, issues: selectionIssues } = resolveSelections(selections, [...used]);
  const issues: Issue[] = [...selectionIssues];
  for (const [id, selection] of resolved) {
    if (!used.has(id))
      issues.push({
        code: 'unmatched-reference',
        severity: 'warning',
        path: [selection.as],
        message: `${selection.point.name} is not used by ${table.name} ${table.version}; ignored`,
      });
  }
  const path = walk(table, resolved, issues, rejected);
  if (path === undefined || issues.some((i) => i.severity === 'error'))
    return { ok: false, issues };
  return { ok: true, value: evaluation(table, path), issues };
}

/**
 * The decision points still to be answered, leaves first: for a missing derivable input its
 * sub-table's inputs are asked (they are easier to judge than the combined value). Invalid
 * selections count as missing. Used by interactive front ends.
 */
export function missingSelections(
  table: DecisionTable,
  selections: Readonly<Record<string, SelectionInput>>,
): DecisionPoint[] {
  const { resolved } = resolveSelections(selections);
  const missing: DecisionPoint[] = [];
  const visit = (point: DecisionPoint): void => {
    if (resolved.has(point.id)) return;
    const sub = SSVC_DERIVATIONS.get(point.id);
    if (sub === undefined) {
      if (!missing.includes(point)) missing.push(point);
      return;
    }
    sub.inputs.forEach(visit);
  };
  table.inputs.forEach(visit);
  return missing;
}

/** Decision points the table can use: its inputs and, recursively, the inputs of their sub-tables. */
function usedPoints(table: DecisionTable): Set<string> {
  const used = new Set<string>();
  const visit = (point: DecisionPoint): void => {
    used.add(point.id);
    SSVC_DERIVATIONS.get(point.id)?.inputs.forEach(visit);
  };
  table.inputs.forEach(visit);
  return used;
}

function walk(
  table: DecisionTable,
  resolved: ReadonlyMap<string, ResolvedSelection>,
  issues: Issue[],
  rejected: ReadonlySet<string>,
): SsvcStep[] | undefined {
  const steps = table.inputs.map((point) => resolve(point, resolved, issues, rejected));
  return steps.every((s) => s !== undefined) ? steps : undefined;
}

function resolve(
  point: DecisionPoint,
  resolved: ReadonlyMap<string, ResolvedSelection>,
  issues: Issue[],
  rejected: ReadonlySet<string>,
): SsvcStep | undefined {
  const given = resolved.get(point.id);
  const sub = SSVC_DERIVATIONS.get(point.id);
  // Sub-inputs are walked quietly: a missing one only matters when the value itself is missing.
  const subIssues: Issue[] = [];
  const subSteps = sub === undefined ? undefined : walk(sub, resolved, subIssues, rejected);
  const derived =
    sub !== undefined && subSteps !== undefined ? outcomeOf(sub, subSteps) : undefined;
  if (given !== undefined) {
    if (derived !== undefined && derived.valueKey !== given.value.key && sub !== undefined)
      issues.push({
        code: 'inconsistent',
        severity: 'error',
        path: [given.as],
        message: `${point.name} "${given.value.id}" contradicts "${derived.value}", which ${sub.name} ${sub.version} gives for ${describe(derived.derivedFrom?.steps ?? [])}`,
        hint: `give either ${point.id} or ${sub.inputs.map((p) => p.id).join(' and ')}`,
      });
    return stepOf(given);
  }
  if (derived !== undefined) return derived;
  if (rejected.has(point.id)) return undefined; // its bad value is already reported
  const hint =
    sub === undefined
      ? undefined
      : `or give ${sub.inputs.map((p) => p.id).join(' and ')} to derive it (${subIssues
          .filter((i) => i.code === 'missing-field')
          .map((i) => `${String(i.path[0])} is missing`)
          .join(', ')})`;
  issues.push({
    code: 'missing-field',
    severity: 'error',
    path: [point.id],
    message: `${point.name} ${point.version} is missing; allowed: ${allowedValues(point)}`,
    ...(hint === undefined ? {} : { hint }),
  });
  return undefined;
}

function stepOf(selection: ResolvedSelection): SsvcStep {
  const { point, value } = selection;
  return {
    point: point.id,
    ref: refOf(point),
    name: point.name,
    value: value.id,
    valueKey: value.key,
    valueName: value.name,
    source: selection.source,
    ...(selection.reason === undefined ? {} : { reason: selection.reason }),
  };
}

/** The outcome of a complete combination; tables are complete by construction. */
function outcomeOf(table: DecisionTable, steps: readonly SsvcStep[]): SsvcStep {
  const key = table.rows.get(rowKey(steps.map((s) => s.valueKey)));
  const value = table.outcome.values.find((v) => v.key === key);
  if (value === undefined) throw new Error(`${table.id}: no row for ${describe(steps)}`);
  return {
    ...stepOf({ as: table.outcome.id, point: table.outcome, value, source: 'derived' }),
    reason: `${table.name} ${table.version}: ${describe(steps)} → ${value.name}`,
    derivedFrom: { table: table.id, steps },
  };
}

function describe(steps: readonly SsvcStep[]): string {
  return steps.map((s) => `${s.name} ${s.valueName}`).join(', ');
}

function evaluation(table: DecisionTable, path: readonly SsvcStep[]): SsvcEvaluation {
  // The outcome's inputs are the path itself; do not repeat them under the outcome.
  const { derivedFrom: _inputs, ...outcome } = outcomeOf(table, path);
  return {
    table: { id: table.id, ref: refOf(table), name: table.name },
    outcome,
    path,
    selections: [...exchange(path), exchangeOf(outcome)],
  };
}

/** Inputs behind derived values first, each decision point once. */
function exchange(steps: readonly SsvcStep[]): SsvcExchangeSelection[] {
  const out = new Map<string, SsvcExchangeSelection>();
  const visit = (step: SsvcStep): void => {
    step.derivedFrom?.steps.forEach(visit);
    if (!out.has(step.ref)) out.set(step.ref, exchangeOf(step));
  };
  steps.forEach(visit);
  return [...out.values()];
}

function exchangeOf(step: SsvcStep): SsvcExchangeSelection {
  // Namespaces, keys and versions never contain ":" (SSVC namespace ABNF), so the ref splits cleanly.
  const [namespace = '', key = '', version = ''] = step.ref.split(':');
  return {
    namespace,
    key,
    version,
    name: step.name,
    values: [{ key: step.valueKey, name: step.valueName }],
  };
}
