import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { oneToManyUpdateServer } from './one-to-many-update-server.js';

type Update = NonNullable<Parameters<typeof aComponent>[1]>['update'];

const deployments = [
  { id: 'backend', type: 'manufacturer-backend' as const },
  { id: 'phone', type: 'patient-mobile-device' as const },
  { id: 'body', type: 'on-body' as const },
  { id: 'ward', type: 'hospital-clinical-network' as const },
];
const server = aComponent('updates', { kind: 'update-server', deployment: 'backend' });
const app = aComponent('app', { kind: 'mobile-app', deployment: 'phone' });
const pump = (update?: Update) =>
  aComponent('pump', { deployment: 'body', ...(update === undefined ? {} : { update }) });
const firmware = { data: ['firmware' as const] };

const model = (parts: Omit<Parameters<typeof aModel>[0] & object, 'deployments'>) =>
  aModel({ deployments, ...parts });

describe('one-to-many-update-server', () => {
  it.each`
    case                                          | parts                                                                                                                                                                            | expected
    ${'server pushes firmware to every pump'}     | ${{ components: [server, pump()], dataFlows: [aFlow('ota', 'updates', 'pump', firmware)] }}                                                                                      | ${['one-to-many-update-server@updates']}
    ${'server updates the app that steers pumps'} | ${{ components: [server, app, pump()], dataFlows: [aFlow('app-update', 'updates', 'app', { data: ['software'] }), aFlow('cmd', 'app', 'pump', { data: ['therapy-command'] })] }} | ${['one-to-many-update-server@updates']}
    ${'server only receives telemetry'}           | ${{ components: [server, pump()], dataFlows: [aFlow('upload', 'pump', 'updates', { data: ['telemetry'] })] }}                                                                    | ${[]}
    ${'per-patient source'}                       | ${{ components: [app, pump()], dataFlows: [aFlow('relay', 'app', 'pump', firmware)] }}                                                                                           | ${[]}
    ${'shared target only'}                       | ${{ components: [server, aComponent('gw', { kind: 'gateway', deployment: 'ward' })], dataFlows: [aFlow('ota', 'updates', 'gw', firmware)] }}                                     | ${[]}
    ${'programmer (clinic-programmer rule)'}      | ${{ components: [aComponent('prog', { kind: 'programmer' }), pump()], dataFlows: [aFlow('ota', 'prog', 'pump', firmware)] }}                                                     | ${[]}
    ${'CI/CD (ci-cd-compromise rule)'}            | ${{ components: [aComponent('ci', { kind: 'ci-cd', deployment: 'backend', multiplicity: 'shared' }), pump()], dataFlows: [aFlow('ota', 'ci', 'pump', firmware)] }}               | ${[]}
  `('$case', ({ parts, expected }) => {
    expect(findingIds(oneToManyUpdateServer, model(parts))).toEqual(expected);
  });

  it('states the blast radius with the fleet size', () => {
    const fleet = aModel({
      deployments,
      device: { fleetSize: 40000 },
      components: [server, app, pump()],
      dataFlows: [
        aFlow('ota', 'updates', 'app', firmware),
        aFlow('relay', 'app', 'pump', firmware),
      ],
    });

    const [finding] = runRule(oneToManyUpdateServer, fleet);

    expect(finding?.hit.rationale).toBe(
      'Shared component "updates" (updates) delivers code over "ota"; one compromise of it can install malicious code on "app", "pump" of every patient (up to 40000 devices in the field).',
    );
  });

  it('says when the fleet size is unknown', () => {
    const parts = {
      components: [server, pump()],
      dataFlows: [aFlow('ota', 'updates', 'pump', firmware)],
    };

    const [finding] = runRule(oneToManyUpdateServer, model(parts));

    expect(finding?.hit.evidence?.at(-1)?.text).toBe(
      'device.fleetSize is not declared; treated as unknown: every fielded device',
    );
  });

  it.each`
    case                               | update                                                                                                             | level
    ${'server holds the signing key'}  | ${{ mechanism: 'ota', authentication: 'signature', signature: { algorithm: 'ecdsa-p256', keyHolder: 'updates' } }} | ${'high'}
    ${'key held by a signing service'} | ${{ mechanism: 'ota', authentication: 'signature', signature: { algorithm: 'ecdsa-p256', keyHolder: 'signer' } }}  | ${'low'}
    ${'key holder not declared'}       | ${{ mechanism: 'ota', authentication: 'signature', signature: { algorithm: 'ecdsa-p256' } }}                       | ${undefined}
  `('exploitability when $case', ({ update, level }) => {
    const signer = aComponent('signer', { kind: 'signing-service', deployment: 'backend' });
    const parts = {
      components: [server, signer, pump(update)],
      dataFlows: [aFlow('ota', 'updates', 'pump', firmware)],
    };

    const [finding] = runRule(oneToManyUpdateServer, model(parts));

    expect(finding?.hit.exploitability?.level).toBe(level);
  });

  it('does not lower the exploitability when a code target declares no update check', () => {
    const signer = aComponent('signer', { kind: 'signing-service', deployment: 'backend' });
    const signedPump = pump({
      mechanism: 'app',
      authentication: 'signature',
      signature: { algorithm: 'ecdsa-p256', keyHolder: 'signer' },
    });
    const parts = {
      components: [server, signer, app, signedPump],
      dataFlows: [
        aFlow('store', 'updates', 'app', { data: ['software'] }),
        aFlow('fw', 'app', 'pump', firmware),
      ],
    };

    const [finding] = runRule(oneToManyUpdateServer, model(parts));

    expect(finding?.hit.exploitability).toBeUndefined();
  });

  it('judges a device by the update checks of the parts that install its firmware', () => {
    const signer = aComponent('signer', { kind: 'signing-service', deployment: 'backend' });
    const signed = {
      mechanism: 'gateway' as const,
      authentication: 'signature' as const,
      signature: { algorithm: 'rsa-2048', keyHolder: 'signer' },
    };
    const parts = {
      components: [
        server,
        signer,
        pump(),
        aComponent('comms', { parent: 'pump', update: signed }),
        aComponent('control', { parent: 'pump', update: signed }),
        aComponent('boot', {
          kind: 'bootloader',
          parent: 'pump',
          update: { mechanism: 'none' as const },
        }),
      ],
      dataFlows: [aFlow('ota', 'updates', 'pump', firmware)],
    };

    const [finding] = runRule(oneToManyUpdateServer, model(parts));

    expect(finding?.hit.exploitability?.level).toBe('low');
  });
});
