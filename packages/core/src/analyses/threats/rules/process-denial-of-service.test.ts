import { describe, expect, it } from 'vitest';
import {
  aComponent,
  aFlow,
  aModel,
  findingIds,
  runRule,
  assessRule,
} from '../../../../test/builders.js';
import { processDenialOfService } from './process-denial-of-service.js';

type ComponentFields = NonNullable<Parameters<typeof aComponent>[1]>;

const withPump = (
  pump: ComponentFields,
  {
    protocol = 'tcp' as const,
    severity = 'critical' as const,
    boundaries = true,
    deployment = 'ward',
  }: {
    protocol?: 'tcp' | 'ble' | 'usb';
    severity?: 'minor' | 'critical';
    boundaries?: boolean;
    deployment?: string;
  } = {},
) =>
  aModel({
    deployments: [
      { id: 'ward', type: 'hospital-clinical-network' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    clinicalFunctions: [{ id: 'infusion', description: 'Infuse drugs', severity }],
    components: [
      // a redundant server, so only the pump is in question
      aComponent('server', {
        kind: 'hospital-system',
        deployment: 'ward',
        resilience: { redundancy: true },
      }),
      aComponent('pump', { deployment, functions: ['infusion'], ...pump }),
    ],
    trustBoundaries: boundaries
      ? [
          { id: 'it', members: ['server'] },
          { id: 'device', members: ['pump'] },
        ]
      : [],
    dataFlows: [aFlow('library', 'server', 'pump', { protocol, data: ['telemetry'] })],
  });

describe('process-denial-of-service', () => {
  it.each`
    case                                    | pump                                    | options                    | expected
    ${'critical pump, nothing declared'}    | ${{}}                                   | ${{}}                      | ${['process-denial-of-service@pump']}
    ${'declared false'}                     | ${{ access: { rateLimiting: false } }}  | ${{}}                      | ${['process-denial-of-service@pump']}
    ${'rate limiting'}                      | ${{ access: { rateLimiting: true } }}   | ${{}}                      | ${[]}
    ${'redundancy'}                         | ${{ resilience: { redundancy: true } }} | ${{}}                      | ${[]}
    ${'function below serious'}             | ${{}}                                   | ${{ severity: 'minor' }}   | ${[]}
    ${'no boundary crossed'}                | ${{}}                                   | ${{ boundaries: false }}   | ${[]}
    ${'cable link only'}                    | ${{}}                                   | ${{ protocol: 'usb' }}     | ${[]}
    ${'internet-facing: no-dos-protection'} | ${{}}                                   | ${{ deployment: 'cloud' }} | ${[]}
  `('$case', ({ pump, options, expected }) => {
    expect(findingIds(processDenialOfService, withPump(pump, options))).toEqual(expected);
  });

  it('explains the reach and rates a radio link high', () => {
    const [finding] = runRule(processDenialOfService, withPump({}, { protocol: 'ble' }));

    expect(finding?.hit.rationale).toContain('infusion (critical)');
    expect(finding?.hit.exploitability?.level).toBe('high');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });

  it('follows the loss through consumers that declare no offline behaviour', () => {
    const model = aModel({
      clinicalFunctions: [{ id: 'infusion', description: 'Infuse drugs', severity: 'critical' }],
      components: [
        aComponent('server', { kind: 'hospital-system' }),
        aComponent('gateway', { kind: 'gateway' }),
        aComponent('pump', { functions: ['infusion'] }),
      ],
      trustBoundaries: [
        { id: 'it', members: ['server'] },
        { id: 'device', members: ['gateway', 'pump'] },
      ],
      dataFlows: [
        aFlow('orders', 'server', 'gateway', { protocol: 'tcp', data: ['therapy-command'] }),
        aFlow('poll', 'gateway', 'server', { protocol: 'tcp', data: ['telemetry'] }),
        aFlow('relay', 'gateway', 'pump', { protocol: 'in-process', data: ['therapy-command'] }),
      ],
    });

    const findings = assessRule(processDenialOfService, model);

    // The pump declares no behaviour on losing its orders, so losing the server stops it too.
    expect(findings.map((f) => f.id)).toEqual([
      'process-denial-of-service@gateway',
      'process-denial-of-service@server',
    ]);
    expect(findings[0]?.risk.severity.reason).toContain('via gateway → relay → pump');
    expect(findings[1]?.risk.severity.reason).toContain(
      'via server → orders → gateway → relay → pump',
    );
  });

  it('rates a function that tolerates a long outage low', () => {
    const model = aModel({
      clinicalFunctions: [
        { id: 'review', description: 'Review', severity: 'serious', maxTolerableOutage: '7d' },
      ],
      components: [aComponent('server'), aComponent('portal', { functions: ['review'] })],
      trustBoundaries: [
        { id: 'a', members: ['server'] },
        { id: 'b', members: ['portal'] },
      ],
      dataFlows: [aFlow('sync', 'server', 'portal', { protocol: 'https' })],
    });

    const [finding] = runRule(processDenialOfService, model);

    expect(finding?.id).toBe('process-denial-of-service@portal');
    expect(finding?.hit.exploitability?.level).toBe('low');
  });

  it.each`
    case                                   | flow                                                          | expected
    ${'the server opens the connection'}   | ${{ protocol: 'tcp' as const }}                               | ${['process-denial-of-service@pump']}
    ${'the pump opens the connection'}     | ${{ protocol: 'tcp' as const, initiator: 'target' as const }} | ${[]}
    ${'a radio link the pump opens'}       | ${{ protocol: 'ble' as const, initiator: 'target' as const }} | ${[]}
    ${'a broadcast the pump listens to'}   | ${{ protocol: 'ble' as const, oneWay: true }}                 | ${['process-denial-of-service@pump']}
    ${'one-way broadcast out of the pump'} | ${{ protocol: 'ble' as const, oneWay: true, reverse: true }}  | ${[]}
  `('counts only traffic that comes into the process: $case', ({ flow, expected }) => {
    const { reverse, ...fields } = flow as { reverse?: boolean } & Parameters<typeof aFlow>[3];
    const model = aModel({
      deployments: [{ id: 'ward', type: 'hospital-clinical-network' }],
      clinicalFunctions: [{ id: 'infusion', description: 'Infuse drugs', severity: 'critical' }],
      components: [
        aComponent('server', {
          kind: 'hospital-system',
          deployment: 'ward',
          resilience: { redundancy: true },
        }),
        aComponent('pump', { deployment: 'ward', functions: ['infusion'] }),
      ],
      trustBoundaries: [
        { id: 'it', members: ['server'] },
        { id: 'device', members: ['pump'] },
      ],
      dataFlows: [
        reverse === true
          ? aFlow('link', 'pump', 'server', { data: ['telemetry'], ...fields })
          : aFlow('link', 'server', 'pump', { data: ['telemetry'], ...fields }),
      ],
    });

    expect(findingIds(processDenialOfService, model)).toEqual(expected);
  });

  it('rates a process that keeps working without its links one level lower', () => {
    const model = withPump(
      { resilience: { onCommunicationLoss: 'continue-locally' } },
      { protocol: 'ble' },
    );

    const [finding] = runRule(processDenialOfService, model);

    expect(finding?.hit.exploitability?.level).toBe('moderate');
    expect(finding?.hit.exploitability?.reason).toContain(
      'declares it keeps working when communication is lost',
    );
  });

  it('leaves a battery device that battery-drain-dos reports to it', () => {
    const model = aModel({
      deployments: [
        { id: 'body', type: 'on-body' },
        { id: 'phone', type: 'patient-mobile-device' },
      ],
      clinicalFunctions: [{ id: 'infusion', description: 'Infuse insulin', severity: 'critical' }],
      components: [
        aComponent('app', { kind: 'mobile-app', deployment: 'phone' }),
        aComponent('pump', {
          deployment: 'body',
          functions: ['infusion'],
          hardware: { battery: true },
          interfaces: [{ id: 'ble', type: 'ble' }],
        }),
      ],
      trustBoundaries: [{ id: 'body', members: ['pump'] }],
      dataFlows: [
        aFlow('bolus', 'app', 'pump', {
          protocol: 'ble',
          targetInterface: 'ble',
          data: ['therapy-command'],
        }),
      ],
    });

    expect(findingIds(processDenialOfService, model)).not.toContain(
      'process-denial-of-service@pump',
    );
  });
});
