import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { pqcContext } from '../../../test/pqc-fixtures.js';
import { classifyAlgorithm } from '../../model/algorithms.js';
import type { AnalysisParameters } from '../parameters.js';
import { mosca, regulatoryDeadline } from './mosca.js';
import { pqcScenario } from './scenario.js';
import { pqcAnalysis } from './view.js';

type Parts = NonNullable<Parameters<typeof aModel>[0]>;
type Crypto = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['crypto']>[number];

function useOf(crypto: Partial<Crypto>, parts: Parts = {}, parameters: AnalysisParameters = {}) {
  const model = aModel({
    device: { marketDate: '2026-03-01', serviceLifeYears: 12 },
    ...parts,
    components: [
      aComponent('pump', {
        crypto: [{ id: 'c', purpose: 'key-establishment', algorithm: 'ecdh-p256', ...crypto }],
      }),
    ],
  });
  const view = pqcAnalysis(pqcContext(model, parameters));
  const use = view.uses.find((u) => u.id === 'pump/crypto-c');
  if (use === undefined) throw new Error('use not inventoried');
  return { use, scenario: view.scenario };
}

describe('pqcScenario', () => {
  it('counts from the market date and ends service at market date + service life', () => {
    const scenario = pqcScenario(
      aModel({ device: { marketDate: '2026-03-01', serviceLifeYears: 12 } }),
    );

    expect(scenario.asOf).toEqual({ date: '2026-03-01', year: 2026, basis: 'market-date' });
    expect(scenario.serviceEnd).toMatchObject({ year: 2038, date: '2038-03' });
    expect(scenario.crqc).toMatchObject({ year: 2039, yearsFromAsOf: 13, basis: 'default' });
  });

  it('takes Z from the command line over the model, counted from the analysis date', () => {
    const model = aModel({ risk: { quantum: { crqcYear: 2045, crqcSource: 'our board' } } });

    expect(pqcScenario(model).crqc).toMatchObject({
      year: 2045,
      source: 'our board',
      basis: 'model',
    });
    expect(pqcScenario(model, { asOf: '2026-11-26', yearsToCrqc: 10 }).crqc).toMatchObject({
      year: 2036,
      yearsFromAsOf: 10,
      basis: 'command-line',
    });
  });

  it('ignores what it cannot use, and says so', () => {
    const scenario = pqcScenario(aModel(), { asOf: '26/11/2026', yearsToCrqc: 10 });

    expect(scenario.asOf).toBeUndefined();
    expect(scenario.serviceEnd.year).toBeUndefined();
    expect(scenario.crqc.basis).toBe('default');
    expect(scenario.notes).toEqual([
      'the analysis date "26/11/2026" is not YYYY-MM-DD and was ignored',
      '--years-to-crqc was ignored: there is no analysis date or market date to count from',
    ]);
  });

  it('rounds half-year service lives into months', () => {
    const scenario = pqcScenario(
      aModel({ device: { marketDate: '2026-11-15', serviceLifeYears: 7.5 } }),
    );

    expect(scenario.serviceEnd).toMatchObject({ year: 2034, date: '2034-05' });
  });
});

describe('regulatoryDeadline (NIST IR 8547 ipd)', () => {
  const scenario = pqcScenario(aModel({ device: { marketDate: '2026-01-01' } }));

  it.each`
    algorithm        | year         | reason
    ${'rsa-2048'}    | ${2030}      | ${'112-bit: deprecated after 2030'}
    ${'ecdsa-p256'}  | ${2035}      | ${'128-bit: disallowed after 2035'}
    ${'rsa-3072'}    | ${2035}      | ${'128-bit: disallowed after 2035'}
    ${'ecdhe'}       | ${2030}      | ${'no stated strength: the earlier date'}
    ${'rsa-1024'}    | ${2026}      | ${'already deprecated: now'}
    ${'ml-kem-768'}  | ${undefined} | ${'post-quantum: no deadline'}
    ${'aes-256-gcm'} | ${undefined} | ${'symmetric: no deadline'}
  `('$algorithm → $year ($reason)', ({ algorithm, year }) => {
    expect(regulatoryDeadline(classifyAlgorithm(algorithm), scenario)?.year).toBe(year);
  });
});

describe('mosca (X + Y > Z in calendar years)', () => {
  it('is at risk when the protection must hold past the CRQC year', () => {
    const { use, scenario } = useOf({ protectionYears: 10 }, {}, { asOf: '2026-06-01' });

    const result = mosca(use, scenario);

    // Relied on until the 2035 deadline (assumed), +10 years = 2045 > 2039.
    expect(result).toMatchObject({
      result: 'at-risk',
      x: { years: 10, lowerBound: false },
      until: { year: 2035, assumed: true },
      y: 9,
      z: 13,
      mustHoldUntil: 2045,
    });
  });

  it('is not at risk when migration ends early enough', () => {
    const { use, scenario } = useOf({ protectionYears: 10, migration: { targetYear: 2029 } });

    expect(mosca(use, scenario)).toMatchObject({
      result: 'not-at-risk',
      until: { year: 2029, assumed: false },
      mustHoldUntil: 2039,
    });
  });

  it('relies on a fixed algorithm until the end of service', () => {
    const { use, scenario } = useOf({
      fieldUpdatable: 'no',
      purpose: 'firmware-signing',
      algorithm: 'ecdsa-p256',
    });

    expect(mosca(use, scenario)).toMatchObject({
      result: 'not-at-risk',
      x: { years: 0 },
      until: { year: 2038 },
      mustHoldUntil: 2038,
    });
  });

  it('uses risk.quantum.migrationYears for Y, capped at the end of service', () => {
    const parts = { risk: { quantum: { migrationYears: 20 } } };
    const { use, scenario } = useOf({ protectionYears: 1 }, parts);

    expect(mosca(use, scenario).until).toMatchObject({ year: 2038 });
    expect(mosca(use, scenario).until?.basis).toContain('the last device leaves service in 2038');
  });

  it('takes the longest declared confidentiality period of the data', () => {
    const parts = { risk: { quantum: { confidentialityYears: { phi: 25, telemetry: 2 } } } };
    const { use, scenario } = useOf({ data: ['telemetry', 'phi'] }, parts);

    expect(mosca(use, scenario).x).toMatchObject({ years: 25, lowerBound: false });
    expect(mosca(use, scenario).result).toBe('at-risk');
  });

  it('can prove a risk but never its absence from an undeclared period', () => {
    const { use, scenario } = useOf({ data: ['phi'] });

    const result = mosca(use, scenario);

    expect(result.x).toMatchObject({ years: 0, lowerBound: true });
    expect(result.x?.basis).toContain('not declared for phi');
    expect(result.result).toBe('undetermined');
  });

  it('does not apply to post-quantum, hybrid or symmetric algorithms', () => {
    for (const algorithm of ['ml-kem-768', 'x25519mlkem768', 'aes-256-gcm'])
      expect(mosca(useOf({ algorithm }).use, useOf({ algorithm }).scenario).result).toBe(
        'not-applicable',
      );
  });
});
