import { describe, expect, it } from 'vitest';
import {
  aComponent,
  aFlow,
  aModel,
  homePumpParts,
  runRule,
  assessRule,
} from '../../../../test/builders.js';
import { batteryDrainDos } from './battery-drain-dos.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const sensorWith = (fields: Fields, deployment = 'body') =>
  aModel({
    ...(fields.interfaces?.[0]?.pairing === 'none'
      ? {
          dataFlows: [
            aFlow('adverts', 'sensor', 'reader', {
              sourceInterface: 'radio',
              oneWay: true,
              protocol: 'ble',
              data: ['telemetry'],
            }),
          ],
        }
      : {}),
    ...homePumpParts(),
    clinicalFunctions: [
      ...homePumpParts().clinicalFunctions,
      { id: 'trend-log', description: 'Log readings', severity: 'minor' },
    ],
    deployments: [
      ...homePumpParts().deployments,
      { id: 'home', type: 'patient-home' },
      { id: 'implant', type: 'implanted' },
      { id: 'ward', type: 'hospital-clinical-network' },
    ],
    components: [
      aComponent('sensor', {
        kind: 'sensor',
        deployment,
        functions: ['glucose-display'],
        hardware: { battery: true },
        interfaces: [{ id: 'radio', type: 'ble' }],
        ...fields,
      }),
      aComponent('reader', { kind: 'mobile-app', deployment: 'phone' }),
    ],
  });

describe('battery-drain-dos', () => {
  it.each`
    case                            | fields                                                                | fires
    ${'rate limiting not declared'} | ${{}}                                                                 | ${true}
    ${'rate limiting declared off'} | ${{ access: { rateLimiting: false } }}                                | ${true}
    ${'rate limiting on'}           | ${{ access: { rateLimiting: true } }}                                 | ${false}
    ${'mains powered'}              | ${{ hardware: { battery: false } }}                                   | ${false}
    ${'battery state not declared'} | ${{ hardware: {} }}                                                   | ${false}
    ${'only an NFC tag'}            | ${{ interfaces: [{ id: 'tag', type: 'nfc' }] }}                       | ${false}
    ${'radio disabled'}             | ${{ interfaces: [{ id: 'radio', type: 'ble', access: 'disabled' }] }} | ${false}
    ${'broadcast-only radio'}       | ${{ interfaces: [{ id: 'radio', type: 'ble', pairing: 'none' }] }}    | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = sensorWith(fields);

    const ids = runRule(batteryDrainDos, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['battery-drain-dos@sensor'] : []);
  });

  it.each`
    deployment   | exploitability
    ${'body'}    | ${'high'}
    ${'implant'} | ${'high'}
    ${'home'}    | ${undefined}
  `('rates a $deployment device $exploitability', ({ deployment, exploitability }) => {
    const [finding] = runRule(batteryDrainDos, sensorWith({}, deployment));

    expect(finding?.hit.exploitability?.level).toBe(exploitability);
  });

  it('leaves hospital and clinic equipment, charged routinely, to process-denial-of-service', () => {
    expect(runRule(batteryDrainDos, sensorWith({}, 'ward'))).toEqual([]);
  });

  it('raises an implant to at least serious: replacing its battery means surgery', () => {
    const model = sensorWith({ functions: ['trend-log'] }, 'implant');

    const [finding] = assessRule(batteryDrainDos, model);

    expect(finding?.risk.severity.level).toBe('serious');
    expect(finding?.rationale).toContain('radio (ble)');
  });

  it.each`
    case                                      | pump                                                           | severity
    ${'no device depends on the sensor'}      | ${undefined}                                                   | ${'serious'}
    ${'pump needs the readings, no fallback'} | ${{}}                                                          | ${'catastrophic'}
    ${'pump continues locally without them'}  | ${{ resilience: { onCommunicationLoss: 'continue-locally' } }} | ${'serious'}
  `('severity is what stops with the battery: $case', ({ pump, severity }) => {
    const model = aModel({
      ...homePumpParts(),
      components: [
        aComponent('sensor', {
          kind: 'sensor',
          deployment: 'body',
          functions: ['glucose-display'],
          hardware: { battery: true },
          interfaces: [{ id: 'radio', type: 'ble' }],
        }),
        ...(pump === undefined
          ? []
          : [aComponent('pump', { deployment: 'body', functions: ['insulin-delivery'], ...pump })]),
      ],
      dataFlows:
        pump === undefined ? [] : [aFlow('readings', 'sensor', 'pump', { data: ['telemetry'] })],
    });

    const [finding] = assessRule(batteryDrainDos, model);

    expect(finding?.risk.severity.level).toBe(severity);
  });
});
