import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { pqcContext } from '../../../test/pqc-fixtures.js';
import { pqcAnalysis } from './view.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

function scoreOf(pump: Fields, flows: NonNullable<Parameters<typeof aModel>[0]>['dataFlows'] = []) {
  const model = aModel({
    components: [aComponent('pump', pump), aComponent('api', { kind: 'web-api' })],
    dataFlows: flows,
  });
  const score = pqcAnalysis(pqcContext(model)).components.find((c) => c.component === 'pump');
  if (score === undefined) throw new Error('pump not scored');
  return score;
}

const state = (score: ReturnType<typeof scoreOf>) =>
  Object.fromEntries(score.factors.map((f) => [f.id, f.state]));

const AGILE_UPDATE = {
  mechanism: 'ota',
  signature: { algorithm: 'ecdsa-p256' },
  antiRollback: true,
  resourceReserve: true,
} as const;

describe('crypto-agility score', () => {
  it('scores 100 when every applicable factor is met (negotiation and hardware not applicable)', () => {
    const score = scoreOf({
      update: AGILE_UPDATE,
      crypto: [
        {
          id: 'fw',
          purpose: 'firmware-signing',
          algorithm: 'ecdsa-p256',
          fieldUpdatable: 'library',
        },
      ],
    });

    expect(state(score)).toEqual({
      'field-updatable-crypto': 'yes',
      negotiation: 'not-applicable',
      'signed-updates': 'yes',
      'pqc-capable-hardware': 'not-applicable',
      'rollback-protection': 'yes',
      'resource-reserve': 'yes',
    });
    expect(score.score).toBe(100);
  });

  it('weighs the factors 3/2/2/1/1/1: a full firmware update counts 0.75, no reserve 0', () => {
    // Applicable weights: updatable 3 (× 0.75), signed 2, rollback 1, reserve 1 (× 0) → 5.25 / 7 = 75.
    const score = scoreOf({
      update: { ...AGILE_UPDATE, resourceReserve: false },
      crypto: [
        {
          id: 'fw',
          purpose: 'firmware-signing',
          algorithm: 'ecdsa-p256',
          fieldUpdatable: 'firmware',
        },
      ],
    });

    expect(state(score)['field-updatable-crypto']).toBe('partial');
    expect(score.score).toBe(75);
  });

  it('gives no credit for what is not declared, and says so', () => {
    const score = scoreOf({
      crypto: [{ id: 'fw', purpose: 'firmware-signing', algorithm: 'ecdsa-p256' }],
    });

    expect(score.score).toBe(0);
    expect(score.factors.find((f) => f.id === 'field-updatable-crypto')?.basis).toBe(
      'not declared: pump/crypto-fw',
    );
    expect(score.factors.find((f) => f.id === 'signed-updates')?.basis).toBe(
      'no update path declared',
    );
  });

  it('counts one fixed quantum-vulnerable use as not updatable, whatever the others', () => {
    const score = scoreOf({
      update: AGILE_UPDATE,
      crypto: [
        {
          id: 'fw',
          purpose: 'firmware-signing',
          algorithm: 'ecdsa-p256',
          fieldUpdatable: 'library',
        },
        { id: 'rom', purpose: 'other', algorithm: 'rsa-2048', fieldUpdatable: 'no' },
      ],
    });

    expect(state(score)['field-updatable-crypto']).toBe('no');
    expect(score.score).toBe(57); // (2 + 1 + 1) / 7
  });

  it('judges negotiation on handshakes and PQC support of bound hardware', () => {
    const score = scoreOf(
      {
        update: AGILE_UPDATE,
        crypto: [
          {
            id: 'se',
            purpose: 'tls-authentication',
            algorithm: 'ecdsa-p256',
            fieldUpdatable: 'library',
            negotiable: true,
            hardware: { kind: 'secure-element', part: 'SE050', postQuantum: false },
          },
        ],
      },
      [aFlow('sync', 'pump', 'api', { protocol: 'https' })],
    );

    expect(state(score).negotiation).toBe('yes');
    expect(state(score)['pqc-capable-hardware']).toBe('no');
    expect(score.factors.find((f) => f.id === 'pqc-capable-hardware')?.basis).toBe(
      'pump/crypto-se: secure-element SE050 cannot run PQC',
    );
    expect(score.uses).toEqual(['pump/crypto-se', 'pump/update-signature', 'sync/key-exchange']);
  });

  it('scores no external entity (other parties’ systems are not the manufacturer’s to change)', () => {
    const model = aModel({
      components: [aComponent('pump'), aComponent('ehr', { type: 'external-entity', kind: 'ehr' })],
      dataFlows: [aFlow('out', 'pump', 'ehr', { protocol: 'https' })],
    });

    expect(pqcAnalysis(pqcContext(model)).components.map((c) => c.component)).toEqual(['pump']);
  });
});
