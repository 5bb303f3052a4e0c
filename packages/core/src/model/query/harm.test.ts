import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { buildQuery, steers } from './index.js';

const functions = [
  { id: 'insulin-delivery', description: 'Deliver insulin', severity: 'catastrophic' as const },
  { id: 'glucose-display', description: 'Show glucose', severity: 'serious' as const },
  { id: 'trend-log', description: 'Log readings', severity: 'minor' as const },
  {
    id: 'dose-advice',
    description: 'Advise doses',
    severity: 'critical' as const,
    multiPatient: true,
  },
];

type FlowFields = NonNullable<Parameters<typeof aFlow>[3]>;

describe('steers', () => {
  it.each`
    case                         | fields                                          | expected
    ${'therapy commands'}        | ${{ data: ['therapy-command'] }}                | ${true}
    ${'configuration'}           | ${{ data: ['configuration'] }}                  | ${true}
    ${'firmware'}                | ${{ data: ['firmware'] }}                       | ${true}
    ${'an AI model'}             | ${{ data: ['ai-model'] }}                       | ${true}
    ${'training data'}           | ${{ data: ['training-data'] }}                  | ${true}
    ${'declared commands'}       | ${{ carries: 'commands', data: ['telemetry'] }} | ${true}
    ${'declared code'}           | ${{ carries: ['code'] }}                        | ${true}
    ${'telemetry'}               | ${{ data: ['telemetry'] }}                      | ${false}
    ${'alarms'}                  | ${{ data: ['alarm'] }}                          | ${false}
    ${'PHI'}                     | ${{ data: ['phi'] }}                            | ${false}
    ${'nothing declared'}        | ${{}}                                           | ${false}
    ${'telemetry and a command'} | ${{ data: ['telemetry', 'therapy-command'] }}   | ${true}
  `('$case → $expected', ({ fields, expected }: { fields: FlowFields; expected: boolean }) => {
    const model = aModel({
      components: [aComponent('a'), aComponent('b')],
      dataFlows: [aFlow('f', 'a', 'b', fields)],
    });

    const result = steers(model.dataFlows[0]!);

    expect(result).toBe(expected);
  });
});

describe('harmOfComponent', () => {
  /** app →(commands) pump; sensor →(telemetry) app; app →(telemetry) display →(telemetry) logger. */
  const chain = () =>
    aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('pump', { kind: 'medical-device', functions: ['insulin-delivery'] }),
        aComponent('sensor', { kind: 'sensor' }),
        aComponent('display', { functions: ['glucose-display'] }),
        aComponent('logger', { functions: ['trend-log'] }),
      ],
      dataFlows: [
        aFlow('app-to-pump', 'app', 'pump', { data: ['therapy-command'] }),
        aFlow('sensor-to-app', 'sensor', 'app', { data: ['telemetry'] }),
        aFlow('app-to-display', 'app', 'display', { data: ['telemetry'] }),
        aFlow('display-to-logger', 'display', 'logger', { data: ['telemetry'] }),
      ],
    });

  it('reaches the functions a component serves itself, with a path of one', () => {
    const query = buildQuery(chain());

    const reach = query.harmOfComponent('pump');

    expect(reach).toEqual({
      severity: 'catastrophic',
      impacts: [
        {
          functionId: 'insulin-delivery',
          severity: 'catastrophic',
          multiPatient: false,
          path: ['pump'],
        },
      ],
    });
  });

  it('follows a steering flow and a plain-data flow one hop each, worst first', () => {
    const query = buildQuery(chain());

    const reach = query.harmOfComponent('app');

    expect(reach.severity).toBe('catastrophic');
    expect(reach.impacts.map((i) => [i.functionId, i.path])).toEqual([
      ['insulin-delivery', ['app', 'app-to-pump', 'pump']],
      ['glucose-display', ['app', 'app-to-display', 'display']],
    ]);
  });

  it('stops plain data after one hop: the consumer of a consumer is not reached', () => {
    const query = buildQuery(chain());

    const reach = query.harmOfComponent('sensor');

    expect(reach.impacts).toEqual([]);
    expect(reach.severity).toBeUndefined();
  });

  it('follows steering flows transitively, with the whole chain in the path', () => {
    const model = aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('cloud', { kind: 'cloud-service' }),
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('pump', { kind: 'medical-device', functions: ['insulin-delivery'] }),
      ],
      dataFlows: [
        aFlow('cloud-to-app', 'cloud', 'app', { data: ['configuration'] }),
        aFlow('app-to-pump', 'app', 'pump', { carries: 'commands' }),
      ],
    });

    const reach = buildQuery(model).harmOfComponent('cloud');

    expect(reach.impacts).toEqual([
      {
        functionId: 'insulin-delivery',
        severity: 'catastrophic',
        multiPatient: false,
        path: ['cloud', 'cloud-to-app', 'app', 'app-to-pump', 'pump'],
      },
    ]);
  });

  it('includes the functions of nested parts, and of enclosures with the enclosure in the path', () => {
    const model = aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('pump', { kind: 'medical-device', functions: ['insulin-delivery'] }),
        aComponent('firmware', { parent: 'pump', functions: ['trend-log'] }),
        aComponent('radio', { parent: 'firmware' }),
      ],
    });
    const query = buildQuery(model);

    const ofPump = query.harmOfComponent('pump');
    const ofRadio = query.harmOfComponent('radio');

    expect(ofPump.impacts.map((i) => [i.functionId, i.path])).toEqual([
      ['insulin-delivery', ['pump']],
      ['trend-log', ['pump']],
    ]);
    expect(ofRadio.impacts.map((i) => [i.functionId, i.path])).toEqual([
      ['insulin-delivery', ['radio', 'pump']],
      ['trend-log', ['radio', 'firmware']],
    ]);
  });

  it('includes the enclosure of a component reached through a flow', () => {
    const model = aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('pump', { kind: 'medical-device', functions: ['insulin-delivery'] }),
        aComponent('controller', { parent: 'pump' }),
      ],
      dataFlows: [aFlow('app-to-controller', 'app', 'controller', { data: ['therapy-command'] })],
    });

    const reach = buildQuery(model).harmOfComponent('app');

    expect(reach.impacts.map((i) => i.path)).toEqual([
      ['app', 'app-to-controller', 'controller', 'pump'],
    ]);
  });

  it('terminates on steering cycles and reports each function once', () => {
    const model = aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('a', { functions: ['trend-log'] }),
        aComponent('b', { functions: ['glucose-display'] }),
        aComponent('c', { functions: ['insulin-delivery'] }),
      ],
      dataFlows: [
        aFlow('a-to-b', 'a', 'b', { carries: 'commands' }),
        aFlow('b-to-a', 'b', 'a', { carries: 'commands' }),
        aFlow('b-to-c', 'b', 'c', { carries: 'commands' }),
        aFlow('c-to-a', 'c', 'a', { carries: 'commands' }),
      ],
    });

    const reach = buildQuery(model).harmOfComponent('a');

    expect(reach.impacts.map((i) => [i.functionId, i.path])).toEqual([
      ['insulin-delivery', ['a', 'a-to-b', 'b', 'b-to-c', 'c']],
      ['glucose-display', ['a', 'a-to-b', 'b']],
      ['trend-log', ['a']],
    ]);
  });

  it('orders impacts worst first, then by function id, and keeps multiPatient', () => {
    const model = aModel({
      clinicalFunctions: [
        ...functions,
        { id: 'alarm-relay', description: 'Relay alarms', severity: 'critical' },
      ],
      components: [
        aComponent('hub', {
          functions: ['trend-log', 'dose-advice', 'alarm-relay', 'glucose-display'],
        }),
      ],
    });

    const reach = buildQuery(model).harmOfComponent('hub');

    expect(reach.severity).toBe('critical');
    expect(reach.impacts.map((i) => [i.functionId, i.multiPatient])).toEqual([
      ['alarm-relay', false],
      ['dose-advice', true],
      ['glucose-display', false],
      ['trend-log', false],
    ]);
  });
});

describe('harmOfFlow', () => {
  const model = () =>
    aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('pump', { kind: 'medical-device', functions: ['insulin-delivery'] }),
        aComponent('firmware', { parent: 'pump' }),
        aComponent('logger', { functions: ['trend-log'] }),
        aComponent('display', { functions: ['glucose-display'] }),
      ],
      dataFlows: [
        aFlow('app-to-pump', 'app', 'pump', { data: ['therapy-command'] }),
        aFlow('pump-to-logger', 'pump', 'logger', { data: ['telemetry'] }),
        aFlow('logger-to-display', 'logger', 'display', { data: ['telemetry'] }),
        aFlow('app-to-display', 'app', 'display', {
          data: ['telemetry'],
          functions: ['dose-advice'],
        }),
        aFlow('app-to-firmware', 'app', 'firmware', { data: ['configuration'] }),
      ],
    });

  it.each`
    flow                   | impacts
    ${'app-to-pump'}       | ${[['insulin-delivery', ['app-to-pump', 'pump']], ['trend-log', ['app-to-pump', 'pump', 'pump-to-logger', 'logger']]]}
    ${'pump-to-logger'}    | ${[['trend-log', ['pump-to-logger', 'logger']]]}
    ${'logger-to-display'} | ${[['glucose-display', ['logger-to-display', 'display']]]}
    ${'app-to-display'}    | ${[['dose-advice', ['app-to-display']], ['glucose-display', ['app-to-display', 'display']]]}
    ${'app-to-firmware'}   | ${[['insulin-delivery', ['app-to-firmware', 'firmware', 'pump']]]}
  `('$flow reaches $impacts', ({ flow, impacts }) => {
    const query = buildQuery(model());

    const reach = query.harmOfFlow(flow);

    expect(reach.impacts.map((i) => [i.functionId, i.path])).toEqual(impacts);
  });

  it('lets a function declared on the flow win over the same function downstream', () => {
    const m = aModel({
      clinicalFunctions: functions,
      components: [aComponent('app'), aComponent('pump', { functions: ['insulin-delivery'] })],
      dataFlows: [
        aFlow('app-to-pump', 'app', 'pump', {
          data: ['therapy-command'],
          functions: ['insulin-delivery'],
        }),
      ],
    });

    const reach = buildQuery(m).harmOfFlow('app-to-pump');

    expect(reach.impacts.map((i) => i.path)).toEqual([['app-to-pump']]);
  });

  it('reaches nothing for an unknown flow', () => {
    const reach = buildQuery(model()).harmOfFlow('nope');

    expect(reach).toEqual({ impacts: [] });
  });
});

describe('steeredPerPatient', () => {
  const fleet = () =>
    aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('cloud', { kind: 'cloud-service' }),
        aComponent('broker', { kind: 'message-broker' }),
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('pump', { kind: 'medical-device' }),
        aComponent('monitor', { kind: 'home-monitor' }),
        aComponent('ehr', { kind: 'ehr' }),
      ],
      dataFlows: [
        aFlow('cloud-to-broker', 'cloud', 'broker', { data: ['configuration'] }),
        aFlow('broker-to-app', 'broker', 'app', { data: ['configuration'] }),
        aFlow('app-to-pump', 'app', 'pump', { data: ['therapy-command'] }),
        aFlow('cloud-to-monitor', 'cloud', 'monitor', { data: ['telemetry'] }),
        aFlow('cloud-to-ehr', 'cloud', 'ehr', { carries: 'commands' }),
        aFlow('pump-to-cloud', 'pump', 'cloud', { carries: 'commands' }),
      ],
    });

  it.each`
    component   | steered
    ${'cloud'}  | ${['app', 'pump']}
    ${'broker'} | ${['app', 'pump']}
    ${'app'}    | ${['pump']}
    ${'ehr'}    | ${[]}
  `('$component steers $steered per-patient components', ({ component, steered }) => {
    const query = buildQuery(fleet());

    const result = query.steeredPerPatient(component);

    expect(result).toEqual(steered);
  });

  it('does not count plain data as steering, and terminates on cycles', () => {
    const query = buildQuery(fleet());

    const fromPump = query.steeredPerPatient('pump');

    expect(fromPump).toEqual(['app']);
    expect(query.steeredPerPatient('cloud')).not.toContain('monitor');
  });
});

describe('servedFunctions', () => {
  it('collects the functions of the component and everything nested in it, sorted', () => {
    const model = aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('pump', { functions: ['trend-log'] }),
        aComponent('firmware', { parent: 'pump', functions: ['insulin-delivery', 'trend-log'] }),
      ],
    });

    const served = buildQuery(model).servedFunctions('pump');

    expect(served).toEqual(['insulin-delivery', 'trend-log']);
  });
});
