import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { fleetBackendCompromise } from './fleet-backend-compromise.js';

const deployments = [
  { id: 'cloud', type: 'cloud-manufacturer-tenant' as const },
  { id: 'phone', type: 'patient-mobile-device' as const },
  { id: 'body', type: 'on-body' as const },
  { id: 'ward', type: 'hospital-clinical-network' as const },
];
const backend = aComponent('fleet', { kind: 'cloud-service', deployment: 'cloud' });
const app = aComponent('app', { kind: 'mobile-app', deployment: 'phone' });
const pump = aComponent('pump', { deployment: 'body' });
const settings = { data: ['configuration' as const] };

describe('fleet-backend-compromise', () => {
  it.each`
    case                                         | components                                                                                      | flows                                                                                              | expected
    ${'cloud configures pumps through the app'}  | ${[backend, app, pump]}                                                                         | ${[aFlow('push', 'fleet', 'app', settings), aFlow('cmd', 'app', 'pump', { carries: 'commands' })]} | ${['fleet-backend-compromise@fleet']}
    ${'cloud commands pumps directly'}           | ${[backend, pump]}                                                                              | ${[aFlow('cmd', 'fleet', 'pump', { data: ['therapy-command'] })]}                                  | ${['fleet-backend-compromise@fleet']}
    ${'shared cloud-service with no deployment'} | ${[aComponent('fleet', { kind: 'cloud-service', multiplicity: 'shared' }), pump]}               | ${[aFlow('cmd', 'fleet', 'pump', settings)]}                                                       | ${['fleet-backend-compromise@fleet']}
    ${'cloud delivers firmware only'}            | ${[backend, pump]}                                                                              | ${[aFlow('ota', 'fleet', 'pump', { data: ['firmware'] })]}                                         | ${[]}
    ${'cloud sends display data only'}           | ${[backend, app]}                                                                               | ${[aFlow('report', 'fleet', 'app', { data: ['telemetry'] })]}                                      | ${[]}
    ${'hospital server is not a back end'}       | ${[aComponent('fleet', { kind: 'hospital-system', deployment: 'ward' }), pump]}                 | ${[aFlow('cmd', 'fleet', 'pump', settings)]}                                                       | ${[]}
    ${'pump server managing a site'}             | ${[aComponent('fleet', { kind: 'gateway', deployment: 'ward', multiplicity: 'shared' }), pump]} | ${[aFlow('cmd', 'fleet', 'pump', settings)]}                                                       | ${['fleet-backend-compromise@fleet']}
  `('$case', ({ components, flows, expected }) => {
    const model = aModel({ deployments, components, dataFlows: flows });

    expect(findingIds(fleetBackendCompromise, model)).toEqual(expected);
  });

  it('names the steering flows and the blast radius', () => {
    const model = aModel({
      deployments,
      device: { fleetSize: 2500 },
      components: [backend, pump],
      dataFlows: [aFlow('cmd', 'fleet', 'pump', settings)],
    });

    const [finding] = runRule(fleetBackendCompromise, model);

    expect(finding?.hit.rationale).toBe(
      'Shared back end "fleet" (fleet) runs in cloud-manufacturer-tenant and steers patients\' devices over "cmd"; whoever controls it can command "pump" of every patient (up to 2500 devices in the field).',
    );
    expect(finding?.hit.evidence?.[0]).toEqual({
      path: 'dataFlows.cmd.carries',
      text: 'carries commands (configuration) to "pump"',
    });
    expect(finding?.hit.exploitability).toBeUndefined();
  });

  it('rates it lower when every device asks for physical confirmation', () => {
    const confirming = aComponent('pump', {
      deployment: 'body',
      access: { physicalConfirmation: true },
    });
    const model = aModel({
      deployments,
      components: [backend, confirming],
      dataFlows: [aFlow('cmd', 'fleet', 'pump', settings)],
    });

    const [finding] = runRule(fleetBackendCompromise, model);

    expect(finding?.hit.exploitability?.level).toBe('moderate');
  });

  it('gives a site server the site as its blast radius, not the fleet', () => {
    const model = aModel({
      deployments,
      device: { fleetSize: 2500 },
      components: [
        aComponent('server', { kind: 'gateway', deployment: 'ward', multiplicity: 'shared' }),
        pump,
      ],
      dataFlows: [aFlow('library', 'server', 'pump', settings)],
    });

    const [finding] = runRule(fleetBackendCompromise, model);

    expect(finding?.hit.rationale).toContain('manages devices at one site (deployment "ward")');
    expect(finding?.hit.rationale).toContain('"pump" of every patient at the site.');
    expect(finding?.hit.rationale).not.toContain('2500');
  });
});
