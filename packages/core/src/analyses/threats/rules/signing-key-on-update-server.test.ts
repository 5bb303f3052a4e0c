import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { signingKeyOnUpdateServer } from './signing-key-on-update-server.js';

const withKeyHolder = (keyHolder: string | undefined) =>
  aModel({
    deployments: [
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      { id: 'factory', type: 'manufacturing' },
      { id: 'body', type: 'on-body' },
    ],
    components: [
      aComponent('updates', { kind: 'update-server', deployment: 'factory' }),
      aComponent('updates-signer', { kind: 'signing-service', parent: 'updates' }),
      aComponent('offline-signer', { kind: 'signing-service', deployment: 'factory' }),
      aComponent('cloud-signer', { kind: 'signing-service', deployment: 'cloud' }),
      aComponent('ci', { kind: 'ci-cd', deployment: 'cloud' }),
      aComponent('device-api', { kind: 'web-api', deployment: 'cloud' }),
      aComponent('pump', {
        deployment: 'body',
        update: {
          mechanism: 'ota',
          source: 'updates',
          authentication: 'signature',
          signature: {
            algorithm: 'ecdsa-p256',
            ...(keyHolder === undefined ? {} : { keyHolder }),
          },
        },
      }),
    ],
    dataFlows: [
      aFlow('sign-request', 'ci', 'cloud-signer', { data: ['firmware'] }),
      aFlow('telemetry', 'pump', 'device-api', { data: ['telemetry'] }),
    ],
  });

describe('signing-key-on-update-server', () => {
  it.each`
    case                                      | keyHolder           | fires    | level
    ${'the update source itself'}             | ${'updates'}        | ${true}  | ${'high'}
    ${'a module nested in the update source'} | ${'updates-signer'} | ${true}  | ${'high'}
    ${'a cloud API that devices talk to'}     | ${'device-api'}     | ${true}  | ${undefined}
    ${'a cloud signer only CI/CD talks to'}   | ${'cloud-signer'}   | ${false} | ${undefined}
    ${'an offline signer'}                    | ${'offline-signer'} | ${false} | ${undefined}
    ${'no key holder declared'}               | ${undefined}        | ${false} | ${undefined}
  `('$case → fires: $fires', ({ keyHolder, fires, level }) => {
    const model = withKeyHolder(keyHolder);

    const findings = runRule(signingKeyOnUpdateServer, model);

    expect(findings.map((f) => f.id)).toEqual(fires ? ['signing-key-on-update-server@pump'] : []);
    expect(findings[0]?.hit.exploitability?.level).toBe(level);
  });

  it('points at the internet-facing deployment and the flow that leaves the back end', () => {
    const [finding] = runRule(signingKeyOnUpdateServer, withKeyHolder('device-api'));

    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'keyHolder: device-api',
      'deployment "cloud" (cloud-manufacturer-tenant) is internet-facing',
      'pump → device-api leaves the back end',
    ]);
  });

  it('does not consider components that are not updatable', () => {
    const model = aModel({
      components: [
        aComponent('signer', { kind: 'signing-service' }),
        aComponent('pump', {
          update: { mechanism: 'none', signature: { algorithm: 'rsa-3072', keyHolder: 'signer' } },
        }),
      ],
    });

    expect(findingIds(signingKeyOnUpdateServer, model)).toEqual([]);
  });
});
