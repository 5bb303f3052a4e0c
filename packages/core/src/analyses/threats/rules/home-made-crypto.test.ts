import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { homeMadeCrypto } from './home-made-crypto.js';

const endpoints = [aComponent('programmer', { kind: 'programmer' }), aComponent('implant')];
const withLink = (flow: Parameters<typeof aFlow>[3]) =>
  aModel({ components: endpoints, dataFlows: [aFlow('telemetry', 'programmer', 'implant', flow)] });

describe('home-made-crypto', () => {
  it.each`
    case                               | model                                                                                                   | expected
    ${'XOR scrambling as encryption'}  | ${withLink({ encryption: 'xor' })}                                                                      | ${['home-made-crypto@telemetry/encryption']}
    ${'custom MAC'}                    | ${withLink({ integrity: 'custom-mac' })}                                                                | ${['home-made-crypto@telemetry/integrity']}
    ${'proprietary authentication'}    | ${withLink({ authentication: { method: 'other', algorithm: 'Proprietary challenge' } })}                | ${['home-made-crypto@telemetry/authentication']}
    ${'obfuscated storage'}            | ${aModel({ components: [aComponent('implant', { storage: { encryptionAlgorithm: 'obfuscation' } })] })} | ${['home-made-crypto@implant/storage-encryption']}
    ${'encryption and integrity both'} | ${withLink({ encryption: 'custom-cipher', integrity: 'homemade-checksum' })}                            | ${['home-made-crypto@telemetry/encryption', 'home-made-crypto@telemetry/integrity']}
    ${'XOR checksum is a checksum'}    | ${withLink({ integrity: 'xor-checksum' })}                                                              | ${[]}
    ${'standard AES-CCM'}              | ${withLink({ encryption: 'aes-128-ccm' })}                                                              | ${[]}
  `('$case', ({ model, expected }) => {
    expect(findingIds(homeMadeCrypto, model)).toEqual(expected);
  });

  it('points at the algorithm and keeps patient harm for forged messages', () => {
    const [finding] = runRule(homeMadeCrypto, withLink({ integrity: 'custom-mac' }));

    expect(finding?.hit.rationale).toContain('Flow "telemetry" uses custom-mac for integrity');
    expect(finding?.hit.evidence).toEqual([
      { path: 'dataFlows.telemetry.integrity', text: 'custom-mac: proprietary' },
    ]);
    expect(finding?.stride).toEqual(['tampering']);
    expect(finding?.hit.severity).toBeUndefined();
  });
});
