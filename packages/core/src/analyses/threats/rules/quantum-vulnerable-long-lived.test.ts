import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { quantumVulnerableLongLived } from './quantum-vulnerable-long-lived.js';

type Parts = Parameters<typeof aModel>[0];

const signedPump = (algorithm: string) =>
  aComponent('pump', { update: { mechanism: 'ota', signature: { algorithm } } });

const withLink = (flow: Parameters<typeof aFlow>[3]): Parts => ({
  components: [aComponent('app', { kind: 'mobile-app' }), aComponent('cloud')],
  dataFlows: [aFlow('link', 'app', 'cloud', flow)],
});

describe('quantum-vulnerable-long-lived', () => {
  it.each`
    case                                      | marketDate      | parts                                                                                                                    | expected
    ${'ECDSA firmware signature, 2026 + 10y'} | ${'2026-01-01'} | ${{ components: [signedPump('ecdsa-p256')] }}                                                                            | ${['quantum-vulnerable-long-lived@pump/update-signature']}
    ${'retired before 2031'}                  | ${'2015-01-01'} | ${{ components: [signedPump('ecdsa-p256')] }}                                                                            | ${[]}
    ${'ends in 2030'}                         | ${'2020-06-01'} | ${{ components: [signedPump('rsa-3072')] }}                                                                              | ${[]}
    ${'ends in January 2031'}                 | ${'2021-01-01'} | ${{ components: [signedPump('rsa-3072')] }}                                                                              | ${['quantum-vulnerable-long-lived@pump/update-signature']}
    ${'no market date'}                       | ${undefined}    | ${{ components: [signedPump('ed25519')] }}                                                                               | ${['quantum-vulnerable-long-lived@pump/update-signature']}
    ${'ML-DSA firmware signature'}            | ${undefined}    | ${{ components: [signedPump('ml-dsa-65')] }}                                                                             | ${[]}
    ${'device key credential'}                | ${undefined}    | ${{ components: [aComponent('pump', { credentials: [{ id: 'id-key', kind: 'private-key', algorithm: 'rsa-2048' }] })] }} | ${['quantum-vulnerable-long-lived@pump/credential-id-key']}
    ${'HTTPS, key exchange not declared'}     | ${undefined}    | ${withLink({ protocol: 'https' })}                                                                                       | ${['quantum-vulnerable-long-lived@cloud/key-exchange']}
    ${'TLS with declared ECDHE'}              | ${undefined}    | ${withLink({ protocol: 'tls', encryption: { algorithm: 'aes-256-gcm', keyExchange: 'ecdhe-p256' } })}                    | ${['quantum-vulnerable-long-lived@cloud/key-exchange']}
    ${'TLS with hybrid ML-KEM'}               | ${undefined}    | ${withLink({ protocol: 'tls', encryption: { algorithm: 'tls-1.3', keyExchange: 'x25519mlkem768' } })}                    | ${[]}
    ${'ECDSA message authentication'}         | ${undefined}    | ${withLink({ authentication: { method: 'signature', algorithm: 'ecdsa-p256' } })}                                        | ${['quantum-vulnerable-long-lived@link/authentication']}
    ${'RSA-1024 (deprecated-crypto rule)'}    | ${undefined}    | ${{ components: [signedPump('rsa-1024')] }}                                                                              | ${[]}
    ${'symmetric cipher only'}                | ${undefined}    | ${withLink({ encryption: 'aes-128-ccm' })}                                                                               | ${[]}
  `('$case', ({ marketDate, parts, expected }) => {
    const model = aModel({ ...parts, device: marketDate === undefined ? {} : { marketDate } });

    expect(findingIds(quantumVulnerableLongLived, model)).toEqual(expected);
  });

  it('explains harvest-now-decrypt-later, rates it a privacy harm and says the market date is missing', () => {
    const model = aModel(withLink({ protocol: 'https', data: ['phi'] }));

    const [finding] = runRule(quantumVulnerableLongLived, model);

    expect(finding?.hit.rationale).toContain('harvest now, decrypt later');
    expect(finding?.hit.severity?.level).toBe('minor');
    expect(finding?.stride).toEqual(['information-disclosure']);
    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'dataFlows.link.encryption.keyExchange is not declared; treated as the classical https handshake',
      'device.marketDate is not declared; treated as unknown: the service may run past 2030',
      'service life 10 years',
    ]);
  });

  it('keeps patient harm when the decrypted traffic carries keys', () => {
    const model = aModel(withLink({ protocol: 'https', data: ['keys'] }));

    const [finding] = runRule(quantumVulnerableLongLived, model);

    expect(finding?.hit.severity).toBeUndefined();
  });

  it('rates a firmware trust anchor still in service after 2035 more exploitable', () => {
    const model = aModel({
      device: { marketDate: '2027-03-01', serviceLifeYears: 15 },
      components: [signedPump('ecdsa-p256')],
    });

    const [finding] = runRule(quantumVulnerableLongLived, model);

    expect(finding?.hit.exploitability?.level).toBe('moderate');
    expect(finding?.hit.rationale).toContain('until 2042-03');
    expect(finding?.hit.rationale).toContain('trust anchor');
    expect(finding?.stride).toEqual(['tampering']);
  });

  it('reports a channel once on the endpoint that decides it, listing every flow', () => {
    const model = aModel({
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('monitor', { kind: 'home-monitor' }),
        aComponent('api', { kind: 'web-api' }),
        aComponent('mail', { type: 'external-entity', kind: 'third-party-service' }),
      ],
      dataFlows: [
        aFlow('upload', 'monitor', 'api', { protocol: 'https', data: ['phi'] }),
        aFlow('sync', 'api', 'app', { protocol: 'https', initiator: 'target' }),
        aFlow('notify', 'api', 'mail', { protocol: { name: 'tls', version: '1.2' } }),
      ],
    });

    const findings = runRule(quantumVulnerableLongLived, model);

    expect(findings.map((f) => f.id)).toEqual(['quantum-vulnerable-long-lived@api/key-exchange']);
    expect(findings[0]?.hit.rationale).toContain(
      'Component "api" negotiates a quantum-vulnerable key exchange on flows "notify" (tls), "sync" (https), "upload" (https)',
    );
    expect(findings[0]?.hit.rationale).toContain('Traffic carrying phi');
    expect(findings[0]?.hit.evidence?.map((e) => e.path).slice(0, 3)).toEqual([
      'dataFlows.notify.encryption.keyExchange',
      'dataFlows.sync.encryption.keyExchange',
      'dataFlows.upload.encryption.keyExchange',
    ]);
  });

  it('reports a firmware signature scheme once, on the update signature of the device', () => {
    const model = aModel({
      components: [
        aComponent('signer', {
          kind: 'signing-service',
          credentials: [{ id: 'fw-key', kind: 'private-key', algorithm: 'rsa-2048' }],
        }),
        aComponent('server', { kind: 'update-server' }),
        aComponent('pump', {
          update: { mechanism: 'ota', signature: { algorithm: 'rsa-2048', keyHolder: 'signer' } },
        }),
      ],
      dataFlows: [
        aFlow('publish', 'signer', 'server', {
          data: ['firmware'],
          integrity: { algorithm: 'rsa-2048', purpose: 'security' },
        }),
        aFlow('install', 'server', 'pump', {
          data: ['firmware'],
          integrity: { algorithm: 'rsa-2048', purpose: 'security' },
        }),
      ],
    });

    expect(findingIds(quantumVulnerableLongLived, model)).toEqual([
      'quantum-vulnerable-long-lived@pump/update-signature',
    ]);
  });
});
