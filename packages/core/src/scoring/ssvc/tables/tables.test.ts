import { describe, expect, it } from 'vitest';
import { combinations, refOf, rowKey } from '../define.js';
import { SSVC_DECISION_POINTS, SSVC_OUTCOME_SETS } from '../points/index.js';
import { SSVC_DERIVATIONS, SSVC_TABLES, ssvcTable } from './index.js';

describe('SSVC table registry', () => {
  it('has unique table ids and unique SSVC references', () => {
    const ids = SSVC_TABLES.map((t) => t.id);
    const refs = SSVC_TABLES.map(refOf);

    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it.each(SSVC_TABLES.map((t) => [t.id, t] as const))(
    '%s: every combination has an outcome of the outcome set',
    (_id, table) => {
      const all = combinations(table.inputs);

      const outcomes = all.map((combo) => table.rows.get(rowKey(combo)));

      expect(table.rows.size).toBe(all.length);
      for (const outcome of outcomes)
        expect(table.outcome.values.map((v) => v.key)).toContain(outcome);
    },
  );

  it('uses only registered decision points and outcome sets', () => {
    const points = new Set([...SSVC_DECISION_POINTS, ...SSVC_OUTCOME_SETS]);

    for (const table of SSVC_TABLES) {
      for (const input of table.inputs) expect(points.has(input)).toBe(true);
      expect(points.has(table.outcome)).toBe(true);
    }
  });

  it('has unique decision point ids and unique value ids within each point', () => {
    const all = [...SSVC_DECISION_POINTS, ...SSVC_OUTCOME_SETS];

    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    for (const point of all) {
      expect(new Set(point.values.map((v) => v.id)).size).toBe(point.values.length);
      expect(new Set(point.values.map((v) => v.key)).size).toBe(point.values.length);
    }
  });

  it('derives exactly Utility, Human Impact, Public Safety Impact and MWI', () => {
    const derived = [...SSVC_DERIVATIONS.keys()].sort();

    expect(derived).toEqual([
      'humanImpact',
      'missionAndWellBeingImpact',
      'publicSafetyImpact',
      'utility',
    ]);
  });

  it('finds tables by id', () => {
    expect(ssvcTable('deployer')?.key).toBe('DT_DP');
    expect(ssvcTable('nope')).toBeUndefined();
  });
});

describe('spot checks against the SSVC documentation (REQUIREMENTS.md C6)', () => {
  it.each`
    table                   | combo                    | outcome
    ${'deployer'}           | ${['N', 'S', 'N', 'L']}  | ${'D'}
    ${'deployer'}           | ${['A', 'O', 'Y', 'VH']} | ${'I'}
    ${'deployer'}           | ${['A', 'O', 'N', 'VH']} | ${'I'}
    ${'deployer'}           | ${['P', 'C', 'Y', 'VH']} | ${'O'}
    ${'supplier'}           | ${['N', 'L', 'P', 'M']}  | ${'D'}
    ${'supplier'}           | ${['P', 'L', 'T', 'S']}  | ${'I'}
    ${'supplier'}           | ${['A', 'S', 'P', 'M']}  | ${'I'}
    ${'human-impact'}       | ${['M', 'D']}            | ${'L'}
    ${'human-impact'}       | ${['R', 'D']}            | ${'M'}
    ${'human-impact'}       | ${['N', 'MF']}           | ${'VH'}
    ${'utility'}            | ${['Y', 'C']}            | ${'S'}
    ${'cisa'}               | ${['A', 'Y', 'T', 'H']}  | ${'AC'}
    ${'cisa'}               | ${['N', 'N', 'T', 'H']}  | ${'T*'}
    ${'bod-26-04'}          | ${['Y', 'Y', 'N', 'T']}  | ${'3DF'}
    ${'bod-26-04'}          | ${['N', 'N', 'N', 'T']}  | ${'FSU'}
    ${'mission-well-being'} | ${['M', 'MA']}           | ${'M'}
  `('$table $combo → $outcome', ({ table, combo, outcome }) => {
    const rows = ssvcTable(table)?.rows;

    expect(rows?.get(rowKey(combo))).toBe(outcome);
  });
});
