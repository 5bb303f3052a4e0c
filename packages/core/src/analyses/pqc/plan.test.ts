import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { pqcContext } from '../../../test/pqc-fixtures.js';
import type { AnalysisParameters } from '../parameters.js';
import { pqcAnalysis } from './view.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;
type Crypto = NonNullable<Fields['crypto']>[number];

function planOf(
  crypto: Partial<Crypto>,
  pump: Fields = {},
  device: NonNullable<Parameters<typeof aModel>[0]>['device'] = {
    marketDate: '2026-01-01',
    serviceLifeYears: 15,
  },
  parameters: AnalysisParameters = {},
) {
  const model = aModel({
    device,
    components: [
      aComponent('pump', {
        ...pump,
        crypto: [
          {
            id: 'c',
            purpose: 'firmware-signing',
            algorithm: 'ecdsa-p256',
            fieldUpdatable: 'firmware',
            ...crypto,
          },
        ],
      }),
    ],
  });
  const use = pqcAnalysis(pqcContext(model, parameters)).uses.find((u) => u.id === 'pump/crypto-c');
  if (use === undefined) throw new Error('use not inventoried');
  return use.plan;
}

describe('migrationPlan', () => {
  it('moves firmware signing to a stateful hash-based signature by the NIST deadline', () => {
    const plan = planOf({});

    expect(plan).toMatchObject({
      strategy: 'stateful-hash-signature',
      recommended: 'lms-sha256-h10-w4',
      targetYear: 2035,
      targetBasis: 'NIST IR 8547 ipd deadline',
    });
    expect(plan.options.map((o) => o.option)).toEqual([
      'lms-sha256-h10-w4',
      'xmss-sha2-10-256',
      'ml-dsa-65',
      'slh-dsa-sha2-128s',
      'ml-dsa-87',
    ]);
    expect(plan.steps[0]).toContain(
      'HSM that enforces one-time use of each key (state management)',
    );
  });

  it('recommends the first option that fits the free flash, or new hardware when none does', () => {
    // Key + signature: LMS 2,564 B, XMSS 2,568 B, ML-DSA-65 5,261 B … none fits in 2 KiB.
    expect(planOf({}, { hardware: { freeFlashKb: 2 } })).toMatchObject({
      strategy: 'replace-hardware',
    });
    expect(planOf({}, { hardware: { freeFlashKb: 6 } }).recommended).toBe('lms-sha256-h10-w4');
  });

  it('brings the target forward when Mosca needs it: CRQC 2039 − 10 years of secrecy = 2029', () => {
    const plan = planOf({
      purpose: 'key-establishment',
      algorithm: 'ecdh-p256',
      protectionYears: 10,
    });

    expect(plan).toMatchObject({
      strategy: 'hybrid-kem',
      recommended: 'x25519mlkem768',
      targetYear: 2029,
    });
    expect(plan.targetBasis).toContain(
      'Mosca: 10 years of protection must end by the CRQC estimate 2039',
    );
  });

  it('says "as soon as possible" when the target year has passed', () => {
    const plan = planOf(
      { algorithm: 'rsa-2048' },
      {},
      { marketDate: '2026-01-01', serviceLifeYears: 15 },
      { asOf: '2031-02-01' },
    );

    expect(plan.targetYear).toBe(2031);
    expect(plan.targetBasis).toContain('2030, already past: as soon as possible');
  });

  it('plans new hardware when the algorithm cannot be replaced in the field', () => {
    const plan = planOf({ fieldUpdatable: 'no' });

    expect(plan.strategy).toBe('replace-hardware');
    expect(plan.steps[0]).toContain('Fielded devices cannot replace ecdsa-p256');
    expect(plan.steps[1]).toBe(
      'Build LMS SHA-256/M32/H10, LM-OTS W4 into the next hardware platform, with the verifier in the boot ROM or bootloader.',
    );
  });

  it('accepts until the end of service when the last device leaves first', () => {
    const plan = planOf({}, {}, { marketDate: '2020-01-01', serviceLifeYears: 10 });

    expect(plan.strategy).toBe('accept-until-end-of-service');
    expect(plan.targetYear).toBeUndefined();
    expect(plan.steps[0]).toContain('the last device leaves service (2030)');
  });

  it('replaces deprecated symmetric algorithms now, and needs nothing for post-quantum ones', () => {
    expect(
      planOf({ purpose: 'data-at-rest', algorithm: '3des' }, {}, undefined, { asOf: '2026-11-26' }),
    ).toMatchObject({
      strategy: 'replace-deprecated',
      targetYear: 2026,
    });
    expect(planOf({ algorithm: 'ml-dsa-65' })).toEqual({
      strategy: 'none',
      options: [],
      steps: [],
    });
  });

  it('asks for the algorithm when it cannot be recognised', () => {
    expect(planOf({ algorithm: 'acme-secure-v2' }).steps).toEqual([
      'Name the algorithm (and its key size or parameter set) so it can be judged.',
    ]);
  });

  it('adds a TLS 1.3 step before a hybrid group on a TLS 1.2 channel', () => {
    const model = aModel({
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('api', { kind: 'web-api' }),
      ],
      dataFlows: [aFlow('sync', 'app', 'api', { protocol: { name: 'tls', version: '1.2' } })],
    });
    const use = pqcAnalysis(pqcContext(model)).uses.find((u) => u.id === 'sync/key-exchange');

    expect(use?.inferred).toBe(true);
    expect(use?.plan.strategy).toBe('hybrid-kem');
    expect(use?.plan.steps[0]).toBe(
      'Move the channel to TLS 1.3 (the hybrid groups are defined for TLS 1.3 only).',
    );
  });

  it('keeps the manufacturer’s declared plan next to its own', () => {
    const plan = planOf({
      migration: { strategy: 'lattice-signature', targetYear: 2030, to: 'ml-dsa-65' },
    });

    expect(plan.declared).toEqual({
      strategy: 'lattice-signature',
      targetYear: 2030,
      to: 'ml-dsa-65',
    });
    expect(plan.strategy).toBe('lattice-signature');
  });
});
