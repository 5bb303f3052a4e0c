import type { DecisionPoint, DecisionPointValue, DecisionTable } from './types.js';

/** A value written as `[key, id, name, description]`, one line per value in the data files. */
export type ValueSpec = readonly [key: string, id: string, name: string, description: string];

/** Builds a decision point from compact value tuples. */
export function decisionPoint(
  spec: Omit<DecisionPoint, 'values'> & { readonly values: readonly ValueSpec[] },
): DecisionPoint {
  const values: DecisionPointValue[] = spec.values.map(([key, id, name, description]) => ({
    key,
    id,
    name,
    description,
  }));
  return { ...spec, values };
}

/** `ssvc:EXP:1.0.1`: how SSVC names a decision point across namespaces and versions. */
export function refOf(item: {
  readonly namespace: string;
  readonly key: string;
  readonly version: string;
}): string {
  return `${item.namespace}:${item.key}:${item.version}`;
}

/** The map key of one combination: input value keys in input order. */
export function rowKey(valueKeys: readonly string[]): string {
  return valueKeys.join('|');
}

/**
 * Compiles a table written as a grid. Each row is `leading keys | outcomes`: the leading keys fix
 * the first inputs, and the outcomes run over every combination of the remaining (trailing)
 * inputs in value order, last input fastest — so the deployer table reads `E EXP A | HI=L M H VH`,
 * the same layout as the tables in the SSVC documentation. A malformed grid is a bug in our data
 * and throws when the module loads; the unit tests load every table.
 */
export function decisionTable(
  spec: Omit<DecisionTable, 'rows'> & { readonly grid: readonly string[] },
): DecisionTable {
  const { grid, ...rest } = spec;
  const rows = new Map<string, string>();
  for (const line of grid) {
    const [left = '', right = ''] = line.split('|');
    const leading = left.trim() === '' ? [] : left.trim().split(/\s+/);
    const outcomes = right.trim().split(/\s+/);
    const trailing = combinations(spec.inputs.slice(leading.length));
    if (outcomes.length !== trailing.length)
      throw new Error(`${spec.id}: row "${line}" needs ${String(trailing.length)} outcomes`);
    leading.forEach((key, i) => {
      checkKey(spec.id, spec.inputs[i], key);
    });
    trailing.forEach((tail, i) => {
      const outcome = outcomes[i] ?? '';
      checkKey(spec.id, spec.outcome, outcome);
      const key = rowKey([...leading, ...tail]);
      if (rows.has(key)) throw new Error(`${spec.id}: combination ${key} written twice`);
      rows.set(key, outcome);
    });
  }
  const expected = combinations(spec.inputs).length;
  if (rows.size !== expected)
    throw new Error(`${spec.id}: ${String(rows.size)} of ${String(expected)} combinations written`);
  return { ...rest, rows };
}

/** Every combination of the points' value keys, last point fastest. */
export function combinations(points: readonly DecisionPoint[]): string[][] {
  let out: string[][] = [[]];
  for (const point of points)
    out = out.flatMap((head) => point.values.map((v) => [...head, v.key]));
  return out;
}

function checkKey(table: string, point: DecisionPoint | undefined, key: string): void {
  if (point === undefined) throw new Error(`${table}: row has more keys than inputs`);
  if (!point.values.some((v) => v.key === key))
    throw new Error(`${table}: "${key}" is not a value of ${point.id}`);
}
