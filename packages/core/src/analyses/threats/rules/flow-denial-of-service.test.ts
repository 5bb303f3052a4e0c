import { describe, expect, it } from 'vitest';
import {
  aComponent,
  aFlow,
  aModel,
  assessRule,
  findingIds,
  runRule,
} from '../../../../test/builders.js';
import { flowDenialOfService } from './flow-denial-of-service.js';

type FlowFields = Parameters<typeof aFlow>[3];
type ComponentFields = NonNullable<Parameters<typeof aComponent>[1]>;

const withLink = (
  flow: FlowFields,
  {
    pump = {},
    severity = 'critical' as const,
    outage = '30m',
  }: { pump?: ComponentFields; severity?: 'minor' | 'critical'; outage?: string } = {},
) =>
  aModel({
    deployments: [
      { id: 'body', type: 'on-body' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    clinicalFunctions: [
      { id: 'dosing', description: 'Deliver insulin', severity, maxTolerableOutage: outage },
      { id: 'history', description: 'Show past readings', severity: 'minor' },
    ],
    components: [
      aComponent('cgm', { kind: 'sensor', deployment: 'body' }),
      aComponent('cloud', { kind: 'cloud-service', deployment: 'cloud' }),
      aComponent('pump', { deployment: 'body', functions: ['dosing'], ...pump }),
    ],
    dataFlows: [aFlow('glucose', 'cgm', 'pump', { data: ['telemetry'], ...flow })],
  });

const fires = ['flow-denial-of-service@glucose'];

describe('flow-denial-of-service', () => {
  it.each`
    case                                               | flow                                                         | options                                           | expected
    ${'BLE link into what serves a critical function'} | ${{ protocol: 'ble' as const }}                              | ${{}}                                             | ${fires}
    ${'internet link into the pump'}                   | ${{ source: 'cloud', protocol: 'https' as const }}           | ${{}}                                             | ${fires}
    ${'a redundant path exists'}                       | ${{ protocol: 'ble' as const }}                              | ${{ pump: { resilience: { redundancy: true } } }} | ${[]}
    ${'function below serious'}                        | ${{ protocol: 'ble' as const }}                              | ${{ severity: 'minor' }}                          | ${[]}
    ${'the flow declares only a minor dependant'}      | ${{ protocol: 'ble' as const, functions: ['history'] }}      | ${{}}                                             | ${[]}
    ${'firmware download: losing it delays a change'}  | ${{ protocol: 'ble' as const, data: ['firmware' as const] }} | ${{}}                                             | ${[]}
    ${'cable link: not considered'}                    | ${{ protocol: 'usb' as const }}                              | ${{}}                                             | ${[]}
    ${'network link inside the body'}                  | ${{ protocol: 'tcp' as const }}                              | ${{}}                                             | ${[]}
  `('$case', ({ flow, options, expected }) => {
    expect(findingIds(flowDenialOfService, withLink(flow, options))).toEqual(expected);
  });

  it('explains the loss, the tolerable outage and the declared behaviour on loss', () => {
    const model = withLink(
      { protocol: 'ble' },
      { pump: { resilience: { onCommunicationLoss: 'alarm' } } },
    );

    const [finding] = assessRule(flowDenialOfService, model);

    expect(finding?.rationale).toContain('stops dosing (critical), which tolerates 30 minutes');
    expect(finding?.evidence.map((e) => e.text)).toContain('on loss: alarm');
    expect(finding?.risk.severity.level).toBe('critical');
    expect(finding?.risk.severity.reason).toBe(
      'its loss stops clinical function dosing (critical) via glucose → pump',
    );
    expect(finding?.risk.exploitability.initial).toBe('high');
  });

  it.each`
    case                                     | flow                            | options             | level
    ${'a near-field link keeps the default'} | ${{ protocol: 'nfc' as const }} | ${{}}               | ${undefined}
    ${'a function that tolerates two days'}  | ${{ protocol: 'ble' as const }} | ${{ outage: '2d' }} | ${'low'}
  `('rates exploitability: $case', ({ flow, options, level }) => {
    const [finding] = runRule(flowDenialOfService, withLink(flow, options));

    expect(finding?.hit.exploitability?.level).toBe(level);
  });

  it('judges a network link across a trust boundary, since networks are assumed hostile', () => {
    const model = aModel({
      clinicalFunctions: [{ id: 'infusion', description: 'Infuse', severity: 'critical' }],
      components: [aComponent('server'), aComponent('pump', { functions: ['infusion'] })],
      trustBoundaries: [{ id: 'device', members: ['pump'] }],
      dataFlows: [
        aFlow('orders', 'server', 'pump', { protocol: 'tcp', data: ['therapy-command'] }),
      ],
    });

    const [finding] = runRule(flowDenialOfService, model);

    expect(finding?.id).toBe('flow-denial-of-service@orders');
    expect(finding?.hit.rationale).toContain('a network link (tcp) across "device"');
  });
});
