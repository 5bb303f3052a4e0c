import { describe, expect, it } from 'vitest';
import { evaluateSsvc, missingSelections } from './evaluate.js';
import { ssvcTable } from './tables/index.js';
import type { DecisionTable, SelectionInput } from './types.js';

const table = (id: string): DecisionTable => {
  const found = ssvcTable(id);
  if (found === undefined) throw new Error(id);
  return found;
};
const deployer = table('deployer');
const supplier = table('supplier');

const base = { exploitation: 'active', systemExposure: 'open', automatable: 'no' };

describe('evaluateSsvc', () => {
  it.each`
    case                                   | selections                                                                                               | outcome
    ${'entered human impact'}              | ${{ ...base, humanImpact: 'very-high' }}                                                                 | ${'immediate'}
    ${'human impact derived from SI × MI'} | ${{ ...base, safetyImpact: 'critical', missionImpact: 'degraded' }}                                      | ${'out-of-cycle'}
    ${'SSVC keys for points and values'}   | ${{ E: 'A', EXP: 'O', A: 'N', HI: 'L' }}                                                                 | ${'scheduled'}
    ${'SSVC names, any case'}              | ${{ exploitation: 'Public PoC', systemExposure: 'SMALL', automatable: 'Yes', humanImpact: 'Very High' }} | ${'scheduled'}
    ${'a selection object with a reason'}  | ${{ ...base, humanImpact: { value: 'low', reason: 'no clinical function' } }}                            | ${'scheduled'}
  `('deployer: $case → $outcome', ({ selections, outcome }) => {
    const result = evaluateSsvc(deployer, selections);

    expect(result.ok && result.value.outcome.value).toBe(outcome);
  });

  it.each`
    case                                     | selections                                                                                                                                | outcome
    ${'utility and PSI given'}               | ${{ exploitation: 'none', utility: 'laborious', technicalImpact: 'partial', publicSafetyImpact: 'minimal' }}                              | ${'defer'}
    ${'utility and PSI derived'}             | ${{ exploitation: 'public-poc', automatable: 'yes', valueDensity: 'concentrated', technicalImpact: 'partial', safetyImpact: 'marginal' }} | ${'immediate'}
    ${'negligible safety gives minimal PSI'} | ${{ exploitation: 'public-poc', automatable: 'no', valueDensity: 'diffuse', technicalImpact: 'total', safetyImpact: 'negligible' }}       | ${'scheduled'}
  `('supplier: $case → $outcome', ({ selections, outcome }) => {
    const result = evaluateSsvc(supplier, selections);

    expect(result.ok && result.value.outcome.value).toBe(outcome);
  });

  it('marks entered and derived values, and explains derived ones', () => {
    const result = evaluateSsvc(deployer, {
      ...base,
      safetyImpact: { value: 'catastrophic', source: 'derived', reason: 'insulin overdose' },
      missionImpact: 'mef-failure',
    });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const human = result.value.path[3];
    expect(result.value.path.map((s) => s.source)).toEqual([
      'entered',
      'entered',
      'entered',
      'derived',
    ]);
    expect(human?.reason).toBe(
      'Human Impact 1.0.0: Safety Impact Catastrophic, Mission Impact MEF Failure → Very High',
    );
    expect(human?.derivedFrom?.steps.map((s) => [s.point, s.source, s.reason])).toEqual([
      ['safetyImpact', 'derived', 'insulin overdose'],
      ['missionImpact', 'entered', undefined],
    ]);
    expect(result.value.outcome).toMatchObject({ value: 'immediate', source: 'derived' });
  });

  it('lists SSVC selections with sub-table inputs before the value they derive', () => {
    const result = evaluateSsvc(deployer, {
      ...base,
      safetyImpact: 'marginal',
      missionImpact: 'degraded',
    });

    const refs = result.ok
      ? result.value.selections.map((s) => `${s.key}:${s.values[0]?.key ?? ''}`)
      : [];

    expect(refs).toEqual(['E:A', 'EXP:O', 'A:N', 'SI:M', 'MI:D', 'HI:L', 'DSOI:S']);
  });

  it.each`
    case                         | selections                                                                                  | code               | path                  | message
    ${'unknown decision point'}  | ${{ ...base, humanImpact: 'low', exploitaton: 'active' }}                                   | ${'unknown-key'}   | ${['exploitaton']}    | ${/unknown decision point "exploitaton"/}
    ${'unknown value'}           | ${{ ...base, humanImpact: 'hgh' }}                                                          | ${'invalid-value'} | ${['humanImpact']}    | ${/"hgh" is not a value of Human Impact 2.0.2; allowed: low, medium, high, very-high/}
    ${'missing input'}           | ${{ exploitation: 'none', automatable: 'no', humanImpact: 'low' }}                          | ${'missing-field'} | ${['systemExposure']} | ${/System Exposure 1.0.1 is missing; allowed: small, controlled, open/}
    ${'missing derivable input'} | ${{ ...base, safetyImpact: 'marginal' }}                                                    | ${'missing-field'} | ${['humanImpact']}    | ${/Human Impact 2.0.2 is missing/}
    ${'given twice'}             | ${{ ...base, humanImpact: 'low', HI: 'low' }}                                               | ${'inconsistent'}  | ${['HI']}             | ${/given twice/}
    ${'contradicts the table'}   | ${{ ...base, humanImpact: 'low', safetyImpact: 'catastrophic', missionImpact: 'degraded' }} | ${'inconsistent'}  | ${['humanImpact']}    | ${/"low" contradicts "very-high"/}
  `('$case is an error naming it', ({ selections, code, path, message }) => {
    const result = evaluateSsvc(deployer, selections);

    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.code === code);
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
  });

  it('hints how to derive a missing value, and which sub-input is missing', () => {
    const result = evaluateSsvc(deployer, { ...base, safetyImpact: 'marginal' });

    expect(result.issues.map((i) => i.hint)).toEqual([
      'or give safetyImpact and missionImpact to derive it (missionImpact is missing)',
    ]);
  });

  it('lists the decision points the table uses when an unknown one has no close match', () => {
    const result = evaluateSsvc(deployer, { ...base, humanImpact: 'low', cvss: '9.8' });

    expect(result.issues[0]?.hint).toBe(
      'expected: exploitation, systemExposure, automatable, humanImpact, safetyImpact, missionImpact',
    );
  });

  it('suggests the closest value', () => {
    const result = evaluateSsvc(deployer, { ...base, humanImpact: 'hihg' });

    expect(result.issues[0]?.hint).toBe('did you mean "high"?');
  });

  it('does not also report a value it rejected as missing', () => {
    const result = evaluateSsvc(deployer, { ...base, humanImpact: 'huge' });

    expect(result.issues.map((i) => i.code)).toEqual(['invalid-value']);
  });

  it('names an unused or contradicting selection as the caller wrote it', () => {
    const result = evaluateSsvc(deployer, {
      ...base,
      HI: 'low',
      SI: 'catastrophic',
      MI: 'degraded',
      TI: 'total',
    });

    expect(result.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ['unmatched-reference', 'TI'],
      ['inconsistent', 'HI'],
    ]);
  });

  it('warns about selections the table does not use, and goes on', () => {
    const result = evaluateSsvc(deployer, {
      ...base,
      humanImpact: 'low',
      technicalImpact: 'total',
    });

    expect(result.ok).toBe(true);
    expect(result.issues).toMatchObject([
      { code: 'unmatched-reference', severity: 'warning', path: ['technicalImpact'] },
    ]);
  });
});

describe('missingSelections', () => {
  it.each`
    case                                 | table         | selections                          | missing
    ${'nothing given: leaves first'}     | ${'deployer'} | ${{}}                               | ${['exploitation', 'systemExposure', 'automatable', 'safetyImpact', 'missionImpact']}
    ${'derived value given'}             | ${'deployer'} | ${{ humanImpact: 'low' }}           | ${['exploitation', 'systemExposure', 'automatable']}
    ${'shared input asked once'}         | ${'supplier'} | ${{}}                               | ${['exploitation', 'automatable', 'valueDensity', 'technicalImpact', 'safetyImpact']}
    ${'invalid values count as missing'} | ${'deployer'} | ${{ ...base, humanImpact: 'huge' }} | ${['safetyImpact', 'missionImpact']}
    ${'complete'}                        | ${'deployer'} | ${{ ...base, humanImpact: 'low' }}  | ${[]}
    ${'CISA MWI from MP and PWI'}        | ${'cisa'}     | ${{}}                               | ${['exploitation', 'automatable', 'technicalImpact', 'missionPrevalence', 'publicWellBeingImpact']}
  `('$case', ({ table: id, selections, missing }) => {
    const result = missingSelections(table(id), selections as Record<string, SelectionInput>);

    expect(result.map((p) => p.id)).toEqual(missing);
  });
});
