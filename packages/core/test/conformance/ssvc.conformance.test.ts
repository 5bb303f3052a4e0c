import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refOf } from '../../src/scoring/ssvc/define.js';
import { evaluateSsvc } from '../../src/scoring/ssvc/evaluate.js';
import { SSVC_DECISION_POINTS, SSVC_OUTCOME_SETS } from '../../src/scoring/ssvc/points/index.js';
import { SSVC_TABLES } from '../../src/scoring/ssvc/tables/index.js';
import type { DecisionPoint, DecisionTable } from '../../src/scoring/ssvc/types.js';
import { hasSharedData, sharedData } from './shared-data.js';

const ROOT = 'ssvc/data/';
const present = hasSharedData(`${ROOT}json/decision_tables`, 'ssvc conformance');

interface JsonPoint {
  readonly namespace: string;
  readonly key: string;
  readonly version: string;
  readonly name: string;
  readonly values: readonly { readonly key: string; readonly name: string }[];
}
interface JsonTable extends Omit<JsonPoint, 'values'> {
  readonly decision_points: Readonly<Record<string, JsonPoint>>;
  readonly outcome: string;
  readonly mapping: readonly Readonly<Record<string, string>>[];
}

const ALL_POINTS = [...SSVC_DECISION_POINTS, ...SSVC_OUTCOME_SETS];
/** Our own sub-table (MWI from its value texts) has no CERT/CC counterpart to compare with. */
const OURS = new Set(['mission-well-being']);

function filesUnder(relative: string, extension: string): string[] {
  const dir = `${sharedData}${ROOT}${relative}`;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(extension))
    .sort()
    .map((f) => join(dir, f));
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const tableByRef = (ref: string): DecisionTable | undefined =>
  SSVC_TABLES.find((t) => refOf(t) === ref);
const pointByRef = (ref: string): DecisionPoint | undefined =>
  ALL_POINTS.find((p) => refOf(p) === ref);

/** Same keys and names, in the same order. */
function samePoint(ours: DecisionPoint, theirs: JsonPoint): boolean {
  return (
    ours.name === theirs.name &&
    JSON.stringify(ours.values.map((v) => [v.key, v.name])) ===
      JSON.stringify(theirs.values.map((v) => [v.key, v.name]))
  );
}

/** RFC 4180 enough for these files: quoted fields may hold commas. */
function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) =>
      [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? ''),
    );
}

/** `In KEV v1.0.0 (cisa)` → the decision point with that name, version and namespace. */
function pointOfHeader(header: string): DecisionPoint | undefined {
  const match = /^(.*) v(\d+\.\d+\.\d+)(?: \((.+)\))?$/.exec(header);
  if (match === null) return undefined;
  const [, name, version, namespace = 'ssvc'] = match;
  return ALL_POINTS.find(
    (p) => p.name === name && p.version === version && p.namespace === namespace,
  );
}

describe.skipIf(!present)('SSVC against the CERT/CC data (CERTCC/SSVC e3b00a2)', () => {
  it('every implemented JSON decision table: every row gives the published outcome', () => {
    const skipped: string[] = [];
    const found = new Set<string>();
    for (const file of filesUnder('json/decision_tables', '.json')) {
      const data = readJson(file) as JsonTable;
      const table = tableByRef(refOf(data));
      if (table === undefined) {
        skipped.push(refOf(data));
        continue;
      }
      found.add(table.id);
      for (const [ref, point] of Object.entries(data.decision_points)) {
        const ours = pointByRef(ref);
        expect(ours, `${table.id}: ${ref}`).toBeDefined();
        expect(samePoint(ours!, point), `${table.id}: ${ref} keys and names`).toBe(true);
      }
      let passed = 0;
      for (const row of data.mapping) {
        const selections = Object.fromEntries(
          table.inputs.map((p) => [p.id, row[refOf(p)] ?? '(absent)']),
        );
        const result = evaluateSsvc(table, selections);
        if (result.ok && result.value.outcome.valueKey === row[data.outcome]) passed++;
      }
      console.log(`ssvc ${table.id}: ${String(passed)}/${String(data.mapping.length)}`);
      expect(data.mapping.length).toBe(table.rows.size);
      expect(passed).toBe(data.mapping.length);
    }
    console.log(
      `ssvc tables not implemented (CVSS v4 equivalence sets etc.): ${skipped.join(', ')}`,
    );
    const expected = SSVC_TABLES.filter((t) => !OURS.has(t.id)).map((t) => t.id);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it('every implemented CSV table: every row gives the published outcome', () => {
    const found = new Set<string>();
    for (const file of filesUnder('csv', '.csv')) {
      const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
      const points = header.slice(1).map(pointOfHeader);
      const outcome = points.at(-1);
      const table = SSVC_TABLES.find(
        (t) =>
          t.outcome === outcome &&
          t.inputs.every((p) => points.includes(p)) &&
          t.inputs.length === points.length - 1,
      );
      if (table === undefined || outcome === undefined) continue;
      found.add(table.id);
      let passed = 0;
      for (const row of rows) {
        const selections: Record<string, string> = {};
        points.slice(0, -1).forEach((p, i) => {
          if (p !== undefined) selections[p.id] = row[i + 1] ?? '';
        });
        const result = evaluateSsvc(table, selections);
        const expected = (row.at(-1) ?? '').toLowerCase();
        if (result.ok && result.value.outcome.valueName.toLowerCase() === expected) passed++;
      }
      console.log(`ssvc ${table.id} (csv): ${String(passed)}/${String(rows.length)}`);
      expect(passed).toBe(rows.length);
    }
    expect(found.size).toBe(SSVC_TABLES.filter((t) => !OURS.has(t.id)).length);
  });

  it('our decision points match the CERT/CC decision point files (keys, names, versions)', () => {
    const files = new Map(
      filesUnder('json/decision_points', '.json').map((f) => {
        const point = readJson(f) as JsonPoint;
        return [refOf(point), point] as const;
      }),
    );
    let passed = 0;
    for (const ours of ALL_POINTS) {
      const theirs = files.get(refOf(ours));
      if (theirs !== undefined && samePoint(ours, theirs)) passed++;
      else console.log(`ssvc decision point ${refOf(ours)}: no matching file or different values`);
    }
    console.log(`ssvc decision points: ${String(passed)}/${String(ALL_POINTS.length)}`);
    expect(passed).toBe(ALL_POINTS.length);
  });
});
