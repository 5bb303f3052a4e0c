import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { flowTampering } from './flow-tampering.js';

const components = [aComponent('app', { kind: 'mobile-app' }), aComponent('pump')];
const withFlow = (flow: Parameters<typeof aFlow>[3]) =>
  aModel({ components, dataFlows: [aFlow('link', 'app', 'pump', flow)] });

const fires = ['flow-tampering@link'];

describe('flow-tampering', () => {
  it.each`
    case                                         | flow                                                                                                              | expected
    ${'nothing declared'}                        | ${{ protocol: 'tcp' as const, data: ['telemetry' as const] }}                                                     | ${fires}
    ${'TLS inferred from https'}                 | ${{ protocol: 'https' as const }}                                                                                 | ${[]}
    ${'AES-CCM link encryption'}                 | ${{ encryption: 'aes-128-ccm' }}                                                                                  | ${[]}
    ${'HMAC'}                                    | ${{ integrity: 'hmac-sha256' }}                                                                                   | ${[]}
    ${'unkeyed SHA-256 digest'}                  | ${{ integrity: 'sha256' }}                                                                                        | ${fires}
    ${'AES-CBC encrypts without authenticating'} | ${{ encryption: 'aes-128-cbc' }}                                                                                  | ${fires}
    ${'CRC kept for accidental corruption'}      | ${{ integrity: { algorithm: 'crc32', purpose: 'accidental-corruption' as const }, data: ['telemetry' as const] }} | ${fires}
    ${'CRC of undeclared purpose on telemetry'}  | ${{ integrity: 'crc16', data: ['telemetry' as const] }}                                                           | ${fires}
    ${'CRC declared for security: crc rule'}     | ${{ integrity: { algorithm: 'crc32', purpose: 'security' as const } }}                                            | ${[]}
    ${'CRC alone on commands: crc rule'}         | ${{ integrity: 'crc16', data: ['therapy-command' as const] }}                                                     | ${[]}
    ${'CRC alone on alarms: crc rule'}           | ${{ integrity: 'crc16', data: ['alarm' as const] }}                                                               | ${[]}
    ${'MD5: weak-hash rule'}                     | ${{ integrity: 'md5' }}                                                                                           | ${[]}
    ${'TLS 1.0: deprecated TLS rule'}            | ${{ protocol: { name: 'tls' as const, version: '1.0' } }}                                                         | ${[]}
    ${'home-made MAC: home-made crypto rule'}    | ${{ integrity: 'proprietary-mac' }}                                                                               | ${[]}
    ${'in-process call: not considered'}         | ${{ protocol: 'in-process' as const }}                                                                            | ${[]}
  `('$case', ({ flow, expected }) => {
    expect(findingIds(flowTampering, withFlow(flow))).toEqual(expected);
  });

  it('explains the weakness and rates a cable link low', () => {
    const [finding] = runRule(
      flowTampering,
      withFlow({ protocol: 'usb', integrity: 'sha256', data: ['configuration'] }),
    );

    expect(finding?.hit.rationale).toContain('sha256 is an unkeyed digest');
    expect(finding?.hit.evidence?.[0]).toEqual({
      path: 'dataFlows.link.integrity',
      text: 'integrity: sha256',
    });
    expect(finding?.hit.exploitability?.level).toBe('low');
  });

  it('says when encryption does not authenticate', () => {
    const [finding] = runRule(flowTampering, withFlow({ encryption: 'aes-128-cbc' }));

    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'dataFlows.link.integrity is not declared; treated as none',
      'aes-128-cbc encrypts but does not authenticate messages',
    ]);
  });

  it('says a declared "none" means no integrity protection', () => {
    const [finding] = runRule(flowTampering, withFlow({ integrity: 'none' }));

    expect(finding?.hit.rationale).toContain('it declares no integrity protection');
  });

  it('skips a person at the user interface and rates wiring inside one device low', () => {
    const model = aModel({
      components: [
        aComponent('nurse', { type: 'external-entity', kind: 'person' }),
        aComponent('pump'),
        aComponent('motor', { parent: 'pump' }),
      ],
      dataFlows: [
        aFlow('keypad', 'nurse', 'pump', { data: ['therapy-command'] }),
        aFlow('drive', 'pump', 'motor', { protocol: 'other', data: ['telemetry'] }),
      ],
    });

    const findings = runRule(flowTampering, model);

    expect(findings.map((f) => f.id)).toEqual(['flow-tampering@drive']);
    expect(findings[0]?.hit.exploitability).toEqual({
      level: 'low',
      reason: 'both ends are inside "pump"; reaching the link means opening it',
    });
  });

  it('leaves code loaded through an SD-card slot to the software-update rules', () => {
    const model = aModel({
      components: [
        aComponent('laptop', { kind: 'desktop-app' }),
        aComponent('pump', { interfaces: [{ id: 'card', type: 'sd-card', purpose: 'update' }] }),
      ],
      dataFlows: [
        aFlow('card-load', 'laptop', 'pump', { targetInterface: 'card', data: ['firmware'] }),
      ],
    });

    expect(findingIds(flowTampering, model)).toEqual([]);
  });
});
