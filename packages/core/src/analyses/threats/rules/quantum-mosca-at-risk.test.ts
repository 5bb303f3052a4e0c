import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../../test/builders.js';
import { runPqcRule } from '../../../../test/pqc-fixtures.js';
import { quantumMoscaAtRisk } from './quantum-mosca-at-risk.js';

type Crypto = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['crypto']>[number];

/** A device on the market in 2026 for ten years (in service until 2036) with one crypto use. */
const withUse = (use: Partial<Crypto>, risk?: NonNullable<Parameters<typeof aModel>[0]>['risk']) =>
  aModel({
    device: { marketDate: '2026-01-01', serviceLifeYears: 10 },
    components: [
      aComponent('pump', {
        crypto: [{ id: 'kx', purpose: 'key-establishment', algorithm: 'ecdh-p256', ...use }],
      }),
    ],
    ...(risk === undefined ? {} : { risk }),
  });

const ids = (model: ReturnType<typeof aModel>, params = {}) =>
  runPqcRule(quantumMoscaAtRisk, model, params).map((f) => f.id);

describe('quantum-mosca-at-risk', () => {
  it.each`
    case                                                   | use                                                                                     | risk                                                  | expected
    ${'PHI kept secret 20 years: 2035 + 20 > 2039'}        | ${{ data: ['phi'], protectionYears: 20 }}                                               | ${undefined}                                          | ${['quantum-mosca-at-risk@pump/crypto-kx']}
    ${'secret 4 years: 2035 + 4 = 2039, not past Z'}       | ${{ data: ['phi'], protectionYears: 4 }}                                                | ${undefined}                                          | ${[]}
    ${'secret 5 years: 2035 + 5 = 2040 > 2039'}            | ${{ data: ['phi'], protectionYears: 5 }}                                                | ${undefined}                                          | ${['quantum-mosca-at-risk@pump/crypto-kx']}
    ${'migrated by 2028: 2028 + 10 = 2038'}                | ${{ protectionYears: 10, migration: { targetYear: 2028 } }}                             | ${undefined}                                          | ${[]}
    ${'the model moves the CRQC estimate to 2060'}         | ${{ protectionYears: 20 }}                                                              | ${{ quantum: { crqcYear: 2060 } }}                    | ${[]}
    ${'confidentialityYears of the data decide X'}         | ${{ data: ['phi'] }}                                                                    | ${{ quantum: { confidentialityYears: { phi: 25 } } }} | ${['quantum-mosca-at-risk@pump/crypto-kx']}
    ${'hybrid key exchange is not judged'}                 | ${{ algorithm: 'x25519mlkem768', protectionYears: 30 }}                                 | ${undefined}                                          | ${[]}
    ${'a signature only holds while accepted: 2035 + 0'}   | ${{ purpose: 'firmware-signing', algorithm: 'ecdsa-p256' }}                             | ${undefined}                                          | ${[]}
    ${'a signature fixed in ROM until 2036, CRQC in 2035'} | ${{ purpose: 'firmware-signing', algorithm: 'ecdsa-p256', fieldUpdatable: 'no' }}       | ${{ quantum: { crqcYear: 2035 } }}                    | ${['quantum-mosca-at-risk@pump/crypto-kx']}
    ${'the same signature, replaceable: migrated by 2035'} | ${{ purpose: 'firmware-signing', algorithm: 'ecdsa-p256', fieldUpdatable: 'firmware' }} | ${{ quantum: { crqcYear: 2035 } }}                    | ${[]}
  `('$case', ({ use, risk, expected }) => {
    expect(ids(withUse(use, risk))).toEqual(expected);
  });

  it('shows X, Y, Z and the year the protection must hold until', () => {
    const model = withUse({ data: ['phi'], protectionYears: 20 });

    const [finding] = runPqcRule(quantumMoscaAtRisk, model, { asOf: '2026-06-01' });

    expect(finding?.hit.rationale).toContain('relied on until 2035');
    expect(finding?.hit.rationale).toContain('must hold 20 more years');
    expect(finding?.hit.rationale).toContain('to 2055: X + Y > Z');
    expect(finding?.hit.rationale).toContain('harvest now, decrypt later');
    expect(finding?.hit.evidence?.map((e) => e.text)).toContain(
      'Mosca for pump/crypto-kx: X 20 years, relied on until 2035 (Y 9 years), CRQC 2039 (Z 13 years) → must hold until 2055',
    );
    // PHI disclosed is a privacy harm, not patient harm.
    expect(finding?.hit.severity?.level).toBe('minor');
  });

  it('counts Z from the analysis date when --years-to-crqc is given', () => {
    const model = withUse({ protectionYears: 4 });

    expect(ids(model, { asOf: '2026-01-01', yearsToCrqc: 8 })).toEqual([
      'quantum-mosca-at-risk@pump/crypto-kx',
    ]);
    expect(ids(model, { asOf: '2026-01-01', yearsToCrqc: 20 })).toEqual([]);
  });

  it('reports TLS key exchanges once, on the endpoint that decides them', () => {
    const model = aModel({
      device: { marketDate: '2026-01-01' },
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('monitor', { kind: 'home-monitor' }),
        aComponent('api', { kind: 'web-api' }),
      ],
      dataFlows: [
        aFlow('upload', 'monitor', 'api', { protocol: 'https', data: ['phi'] }),
        aFlow('sync', 'app', 'api', { protocol: 'https', data: ['phi'] }),
      ],
      risk: { quantum: { confidentialityYears: { phi: 30 } } },
    });

    const findings = runPqcRule(quantumMoscaAtRisk, model);

    expect(findings.map((f) => f.id)).toEqual(['quantum-mosca-at-risk@api/tls-key-exchange']);
    expect(findings[0]?.hit.rationale).toContain('on flows "sync", "upload"');
  });
});
