import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds } from '../../../../test/builders.js';
import { crcAsSecurityIntegrity } from './crc-as-security-integrity.js';

const components = [aComponent('app', { kind: 'mobile-app' }), aComponent('pump')];

describe('crc-as-security-integrity', () => {
  it.each`
    case                                          | flow                                                                                                              | expected
    ${'CRC declared for security'}                | ${{ integrity: { algorithm: 'crc32', purpose: 'security' as const }, data: ['telemetry' as const] }}              | ${['crc-as-security-integrity@cmd']}
    ${'CRC alone on therapy commands'}            | ${{ integrity: 'crc16', data: ['therapy-command' as const] }}                                                     | ${['crc-as-security-integrity@cmd']}
    ${'CRC for corruption inside AES-CCM'}        | ${{ integrity: 'crc16', encryption: 'aes-128-ccm', data: ['therapy-command' as const] }}                          | ${[]}
    ${'CRC for accidental corruption, telemetry'} | ${{ integrity: { algorithm: 'crc32', purpose: 'accidental-corruption' as const }, data: ['telemetry' as const] }} | ${[]}
    ${'HMAC'}                                     | ${{ integrity: 'hmac-sha256', data: ['therapy-command' as const] }}                                               | ${[]}
    ${'no integrity declared'}                    | ${{ data: ['therapy-command' as const] }}                                                                         | ${[]}
  `('$case', ({ flow, expected }) => {
    const model = aModel({ components, dataFlows: [aFlow('cmd', 'app', 'pump', flow)] });

    expect(findingIds(crcAsSecurityIntegrity, model)).toEqual(expected);
  });
});
