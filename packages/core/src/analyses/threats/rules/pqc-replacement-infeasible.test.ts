import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { pqcReplacementInfeasible } from './pqc-replacement-infeasible.js';

type Hardware = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['hardware']>;
type Link = NonNullable<NonNullable<Parameters<typeof aFlow>[3]>['link']>;

/** A pump verifying ECDSA firmware signatures, with the hardware it declares. */
const signing = (
  hardware: Hardware | undefined,
  algorithm = 'ecdsa-p256',
  marketDate = '2026-01-01',
) =>
  aModel({
    device: { marketDate },
    components: [
      aComponent('pump', {
        ...(hardware === undefined ? {} : { hardware }),
        crypto: [{ id: 'fw', purpose: 'firmware-signing', algorithm, fieldUpdatable: 'firmware' }],
      }),
    ],
  });

/** A key exchange between two gateways over a link with the given properties. */
const keyExchange = (link: Link | undefined) =>
  aModel({
    device: { marketDate: '2026-01-01' },
    components: [aComponent('pump'), aComponent('hub', { kind: 'home-monitor' })],
    dataFlows: [
      aFlow('radio', 'pump', 'hub', {
        ...(link === undefined ? {} : { link }),
        crypto: [{ id: 'kx', purpose: 'key-establishment', algorithm: 'ecdh-p256' }],
      }),
    ],
  });

describe('pqc-replacement-infeasible', () => {
  it.each`
    case                                                         | model                                                      | expected
    ${'1 KiB free flash: no signature + key fits (LMS 2,564 B)'} | ${signing({ freeFlashKb: 1 })}                             | ${['pqc-replacement-infeasible@pump/crypto-fw']}
    ${'4 KiB free flash: LMS fits'}                              | ${signing({ freeFlashKb: 4 })}                             | ${[]}
    ${'constraints not declared: never counted as exceeded'}     | ${signing(undefined)}                                      | ${[]}
    ${'already post-quantum'}                                    | ${signing({ freeFlashKb: 1 }, 'lms')}                      | ${[]}
    ${'retired 2034, before the 2035 deadline'}                  | ${signing({ freeFlashKb: 1 }, 'ecdsa-p256', '2024-01-01')} | ${[]}
    ${'1 kbit/s link: every KEM exchange takes > 10 s'}          | ${keyExchange({ bandwidthKbps: 1 })}                       | ${['pqc-replacement-infeasible@radio/crypto-kx']}
    ${'100 kbit/s link: X25519MLKEM768 in 0.19 s'}               | ${keyExchange({ bandwidthKbps: 100 })}                     | ${[]}
    ${'a small MTU only fragments (tight, not exceeded)'}        | ${keyExchange({ mtuBytes: 244 })}                          | ${[]}
  `('$case', ({ model, expected }) => {
    expect(findingIds(pqcReplacementInfeasible, model)).toEqual(expected);
  });

  it('cites each exceeded constraint with the bytes the replacement needs', () => {
    const [finding] = runRule(pqcReplacementInfeasible, signing({ freeFlashKb: 1 }));

    const texts = finding?.hit.evidence?.map((e) => e.text) ?? [];
    expect(texts).toContain(
      'LMS SHA-256/M32/H10, LM-OTS W4: 2564 B (keys and signatures stored) against 1024 B free flash of "pump" (needs 2564 B)',
    );
    expect(finding?.hit.evidence?.find((e) => e.text.startsWith('ML-DSA-65'))?.path).toBe(
      'components.pump.hardware',
    );
    expect(finding?.stride).toEqual(['tampering']);
  });
});
