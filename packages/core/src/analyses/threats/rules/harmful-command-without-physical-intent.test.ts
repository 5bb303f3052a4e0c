import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { harmfulCommandWithoutPhysicalIntent } from './harmful-command-without-physical-intent.js';

type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const withCommands = (
  flow: Flow,
  options: {
    physicalConfirmation?: boolean;
    source?: string;
    severity?: 'minor' | 'critical';
  } = {},
) =>
  aModel({
    clinicalFunctions: [
      { id: 'pacing', description: 'Cardiac pacing', severity: options.severity ?? 'critical' },
    ],
    deployments: [
      { id: 'clinic', type: 'clinic' },
      { id: 'body', type: 'implanted' },
    ],
    components: [
      aComponent('programmer', { kind: 'programmer', deployment: 'clinic' }),
      aComponent('patient', { type: 'external-entity', kind: 'person', deployment: 'clinic' }),
      aComponent('implant', {
        kind: 'medical-device',
        deployment: 'body',
        functions: ['pacing'],
        ...(options.physicalConfirmation === undefined
          ? {}
          : { access: { physicalConfirmation: options.physicalConfirmation } }),
      }),
    ],
    dataFlows: [aFlow('program', options.source ?? 'programmer', 'implant', flow)],
  });

describe('harmful-command-without-physical-intent', () => {
  it.each`
    case                                    | flow                                             | options                            | fires
    ${'MICS programming, undeclared'}       | ${{ data: ['configuration'], protocol: 'mics' }} | ${{}}                              | ${true}
    ${'declared false'}                     | ${{ data: ['configuration'], protocol: 'mics' }} | ${{ physicalConfirmation: false }} | ${true}
    ${'cross-site link without a protocol'} | ${{ data: ['therapy-command'] }}                 | ${{}}                              | ${true}
    ${'magnet or button required'}          | ${{ data: ['configuration'], protocol: 'mics' }} | ${{ physicalConfirmation: true }}  | ${false}
    ${'only minor harm'}                    | ${{ data: ['configuration'], protocol: 'mics' }} | ${{ severity: 'minor' }}           | ${false}
    ${'local USB cable'}                    | ${{ data: ['configuration'], protocol: 'usb' }}  | ${{}}                              | ${false}
    ${'telemetry, not commands'}            | ${{ data: ['telemetry'], protocol: 'mics' }}     | ${{}}                              | ${false}
    ${'a person at the device'}             | ${{ data: ['therapy-command'] }}                 | ${{ source: 'patient' }}           | ${false}
  `('$case → fires: $fires', ({ flow, options, fires }) => {
    const model = withCommands(flow, options);

    const ids = findingIds(harmfulCommandWithoutPhysicalIntent, model);

    expect(ids).toEqual(fires ? ['harmful-command-without-physical-intent@implant'] : []);
  });

  it('names the remote link and the function at stake', () => {
    const model = withCommands({ data: ['configuration'], protocol: 'mics' });

    const [finding] = runRule(harmfulCommandWithoutPhysicalIntent, model);

    expect(finding?.hit.rationale).toContain('"program" (mics radio)');
    expect(finding?.hit.rationale).toContain('pacing (critical)');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });

  it('leaves relays (cloud services, portals, servers, phone apps) to the device that acts', () => {
    const model = aModel({
      clinicalFunctions: [{ id: 'pacing', description: 'Cardiac pacing', severity: 'critical' }],
      deployments: [{ id: 'cloud', type: 'cloud-manufacturer-tenant' }],
      components: [
        aComponent('clinician', { type: 'external-entity', kind: 'person' }),
        aComponent('portal', { kind: 'web-portal', deployment: 'cloud', functions: ['pacing'] }),
      ],
      dataFlows: [
        aFlow('use', 'clinician', 'portal', { protocol: 'https', data: ['configuration'] }),
      ],
    });

    expect(findingIds(harmfulCommandWithoutPhysicalIntent, model)).toEqual([]);
  });

  it.each`
    case                                              | parentConfirms | fires
    ${'inside a device that asks for a confirmation'} | ${true}        | ${false}
    ${'inside a device that does not'}                | ${false}       | ${true}
  `('judges nested firmware with its device: $case', ({ parentConfirms, fires }) => {
    const model = aModel({
      clinicalFunctions: [{ id: 'pacing', description: 'Cardiac pacing', severity: 'critical' }],
      deployments: [
        { id: 'clinic', type: 'clinic' },
        { id: 'body', type: 'implanted' },
      ],
      components: [
        aComponent('programmer', { kind: 'programmer', deployment: 'clinic' }),
        aComponent('implant', {
          kind: 'medical-device',
          deployment: 'body',
          access: { physicalConfirmation: parentConfirms },
        }),
        aComponent('firmware', { parent: 'implant', functions: ['pacing'] }),
      ],
      dataFlows: [
        aFlow('program', 'programmer', 'firmware', { protocol: 'mics', data: ['configuration'] }),
      ],
    });

    expect(findingIds(harmfulCommandWithoutPhysicalIntent, model)).toEqual(
      fires ? ['harmful-command-without-physical-intent@firmware'] : [],
    );
  });

  it('does not treat the bus between two processors of one device as remote', () => {
    const model = aModel({
      clinicalFunctions: [{ id: 'pacing', description: 'Cardiac pacing', severity: 'critical' }],
      deployments: [{ id: 'body', type: 'implanted' }],
      components: [
        aComponent('implant', { kind: 'medical-device', deployment: 'body' }),
        aComponent('main', { parent: 'implant', functions: ['pacing'] }),
        aComponent('monitor', { parent: 'implant', functions: ['pacing'] }),
      ],
      dataFlows: [
        aFlow('bus', 'main', 'monitor', {
          protocol: { name: 'other', version: 'SPI' },
          data: ['therapy-command'],
        }),
      ],
    });

    expect(findingIds(harmfulCommandWithoutPhysicalIntent, model)).toEqual([]);
  });
});
