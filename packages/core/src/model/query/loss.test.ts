import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { buildQuery, onlyDistributes, worksWithoutFeed } from './index.js';

const functions = [
  { id: 'insulin-delivery', description: 'Deliver insulin', severity: 'catastrophic' as const },
  { id: 'glucose-display', description: 'Show glucose', severity: 'serious' as const },
  { id: 'trend-log', description: 'Log readings', severity: 'minor' as const },
  { id: 'remote-review', description: 'Clinician review', severity: 'negligible' as const },
];

type FlowFields = NonNullable<Parameters<typeof aFlow>[3]>;
type ComponentFields = NonNullable<Parameters<typeof aComponent>[1]>;

describe('onlyDistributes', () => {
  it.each`
    case                                    | fields                                           | expected
    ${'firmware'}                           | ${{ data: ['firmware'] }}                        | ${true}
    ${'software, keys and audit logs'}      | ${{ data: ['software', 'keys', 'audit-log'] }}   | ${true}
    ${'an AI model and training data'}      | ${{ data: ['ai-model', 'training-data'] }}       | ${true}
    ${'credentials'}                        | ${{ data: ['credentials'] }}                     | ${true}
    ${'firmware and telemetry'}             | ${{ data: ['firmware', 'telemetry'] }}           | ${false}
    ${'firmware declared as commands'}      | ${{ data: ['firmware'], carries: ['commands'] }} | ${false}
    ${'only code, no data classes'}         | ${{ carries: 'code' }}                           | ${true}
    ${'code and commands, no data classes'} | ${{ carries: ['code', 'commands'] }}             | ${false}
    ${'nothing declared'}                   | ${{}}                                            | ${false}
    ${'therapy commands'}                   | ${{ data: ['therapy-command'] }}                 | ${false}
    ${'configuration'}                      | ${{ data: ['configuration'] }}                   | ${false}
    ${'telemetry'}                          | ${{ data: ['telemetry'] }}                       | ${false}
  `('$case → $expected', ({ fields, expected }: { fields: FlowFields; expected: boolean }) => {
    const model = aModel({
      components: [aComponent('a'), aComponent('b')],
      dataFlows: [aFlow('f', 'a', 'b', fields)],
    });

    const result = onlyDistributes(model.dataFlows[0]!);

    expect(result).toBe(expected);
  });
});

describe('worksWithoutFeed', () => {
  it.each`
    resilience                                                         | expected
    ${undefined}                                                       | ${false}
    ${{}}                                                              | ${false}
    ${{ offlineMode: true }}                                           | ${true}
    ${{ offlineMode: false }}                                          | ${false}
    ${{ onCommunicationLoss: 'continue-locally' }}                     | ${true}
    ${{ onCommunicationLoss: 'safe-state' }}                           | ${false}
    ${{ onCommunicationLoss: 'alarm' }}                                | ${false}
    ${{ onCommunicationLoss: 'stop' }}                                 | ${false}
    ${{ offlineMode: false, onCommunicationLoss: 'continue-locally' }} | ${true}
  `('resilience $resilience → $expected', ({ resilience, expected }) => {
    const fields: ComponentFields = resilience === undefined ? {} : { resilience };
    const model = aModel({ components: [aComponent('pump', fields)] });

    const result = worksWithoutFeed(model.components[0]!);

    expect(result).toBe(expected);
  });
});

/**
 * cloud →(config) app →(commands) pump →(telemetry) nurse (a person);
 * cloud →(telemetry) logger; update-server →(firmware) pump.
 */
const home = (pump: ComponentFields = {}, flows: Partial<Record<string, FlowFields>> = {}) =>
  aModel({
    clinicalFunctions: functions,
    components: [
      aComponent('cloud', { kind: 'cloud-service', functions: ['remote-review'] }),
      aComponent('app', { kind: 'mobile-app', functions: ['glucose-display'] }),
      aComponent('pump', { kind: 'medical-device', functions: ['insulin-delivery'], ...pump }),
      aComponent('nurse', { kind: 'person', type: 'external-entity', functions: ['trend-log'] }),
      aComponent('logger', { kind: 'log-store', functions: ['trend-log'] }),
      aComponent('update-server', { kind: 'update-server' }),
    ],
    dataFlows: [
      aFlow('cloud-to-app', 'cloud', 'app', { data: ['configuration'], ...flows['cloud-to-app'] }),
      aFlow('app-to-pump', 'app', 'pump', { data: ['therapy-command'], ...flows['app-to-pump'] }),
      aFlow('pump-to-nurse', 'pump', 'nurse', { data: ['alarm'], ...flows['pump-to-nurse'] }),
      aFlow('cloud-to-logger', 'cloud', 'logger', { data: ['telemetry'] }),
      aFlow('update-to-pump', 'update-server', 'pump', { data: ['firmware'] }),
    ],
  });

const summary = (reach: { impacts: readonly { functionId: string; path: readonly string[] }[] }) =>
  reach.impacts.map((i) => [i.functionId, i.path]);

describe('lossOfComponent', () => {
  it('stops what the component serves and, transitively, what depends on its output', () => {
    const query = buildQuery(home());

    const reach = query.lossOfComponent('cloud');

    expect(reach.severity).toBe('catastrophic');
    expect(summary(reach)).toEqual([
      ['insulin-delivery', ['cloud', 'cloud-to-app', 'app', 'app-to-pump', 'pump']],
      ['glucose-display', ['cloud', 'cloud-to-app', 'app']],
      ['trend-log', ['cloud', 'cloud-to-logger', 'logger']],
      ['remote-review', ['cloud']],
    ]);
  });

  it('stops the cascade at a consumer that works without the feed', () => {
    const query = buildQuery(home({ resilience: { offlineMode: true } }));

    const reach = query.lossOfComponent('app');

    expect(summary(reach)).toEqual([['glucose-display', ['app']]]);
  });

  it('stops the cascade at a consumer that continues locally', () => {
    const query = buildQuery(home({ resilience: { onCommunicationLoss: 'continue-locally' } }));

    const reach = query.lossOfComponent('cloud');

    expect(reach.impacts.map((i) => i.functionId)).not.toContain('insulin-delivery');
  });

  it('ends the cascade at a person: people miss the message but keep working', () => {
    const query = buildQuery(home());

    const reach = query.lossOfComponent('pump');

    expect(summary(reach)).toEqual([['insulin-delivery', ['pump']]]);
  });

  it('still stops the functions declared on the flow to a person', () => {
    const query = buildQuery(home({}, { 'pump-to-nurse': { functions: ['remote-review'] } }));

    const fromApp = query.lossOfComponent('app');
    const fromPump = query.lossOfComponent('pump');

    expect(summary(fromApp)).toEqual([
      ['insulin-delivery', ['app', 'app-to-pump', 'pump']],
      ['glucose-display', ['app']],
      ['remote-review', ['app', 'app-to-pump', 'pump', 'pump-to-nurse']],
    ]);
    expect(summary(fromPump)).toEqual([
      ['insulin-delivery', ['pump']],
      ['remote-review', ['pump', 'pump-to-nurse']],
    ]);
  });

  it('ignores flows that only distribute software: losing the update server stops nothing', () => {
    const query = buildQuery(home());

    const reach = query.lossOfComponent('update-server');

    expect(reach).toEqual({ impacts: [] });
  });

  it('stops the functions declared on its run-time flows in either direction', () => {
    const query = buildQuery(home({}, { 'cloud-to-app': { functions: ['trend-log'] } }));

    const reach = query.lossOfComponent('app');

    expect(summary(reach)).toContainEqual(['trend-log', ['app', 'cloud-to-app']]);
  });

  it('terminates on dependency cycles', () => {
    const model = aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('a', { functions: ['trend-log'] }),
        aComponent('b', { functions: ['glucose-display'] }),
      ],
      dataFlows: [
        aFlow('a-to-b', 'a', 'b', { data: ['telemetry'] }),
        aFlow('b-to-a', 'b', 'a', { data: ['telemetry'] }),
      ],
    });

    const reach = buildQuery(model).lossOfComponent('a');

    expect(summary(reach)).toEqual([
      ['glucose-display', ['a', 'a-to-b', 'b']],
      ['trend-log', ['a']],
    ]);
  });
});

describe('lossOfFlow', () => {
  it('stops the target and what depends on it when the flow declares no functions', () => {
    const query = buildQuery(home());

    const reach = query.lossOfFlow('cloud-to-app');

    expect(summary(reach)).toEqual([
      ['insulin-delivery', ['cloud-to-app', 'app', 'app-to-pump', 'pump']],
      ['glucose-display', ['cloud-to-app', 'app']],
    ]);
  });

  it('treats the functions declared on the flow as authoritative', () => {
    const query = buildQuery(home({}, { 'cloud-to-app': { functions: ['trend-log'] } }));

    const reach = query.lossOfFlow('cloud-to-app');

    expect(reach).toEqual({
      severity: 'minor',
      impacts: [
        { functionId: 'trend-log', severity: 'minor', multiPatient: false, path: ['cloud-to-app'] },
      ],
    });
  });

  it.each`
    case                                   | pump                                                           | flow                | functions
    ${'a target that has an offline mode'} | ${{ resilience: { offlineMode: true } }}                       | ${'app-to-pump'}    | ${[]}
    ${'a target that continues locally'}   | ${{ resilience: { onCommunicationLoss: 'continue-locally' } }} | ${'app-to-pump'}    | ${[]}
    ${'a target that does not'}            | ${{}}                                                          | ${'app-to-pump'}    | ${['insulin-delivery']}
    ${'a person at the end'}               | ${{}}                                                          | ${'pump-to-nurse'}  | ${[]}
    ${'a software distribution flow'}      | ${{}}                                                          | ${'update-to-pump'} | ${[]}
  `('$case: $flow stops $functions', ({ pump, flow, functions: expected }) => {
    const query = buildQuery(home(pump));

    const reach = query.lossOfFlow(flow);

    expect(reach.impacts.map((i) => i.functionId)).toEqual(expected);
  });

  it('stops nothing for an unknown flow', () => {
    const reach = buildQuery(home()).lossOfFlow('nope');

    expect(reach).toEqual({ impacts: [] });
  });
});

describe('loss: declared dependants and loss severity', () => {
  it('stops at a flow that declares its dependants, in a cascade as in lossOfFlow', () => {
    const model = aModel({
      clinicalFunctions: functions,
      components: [
        aComponent('cloud', { kind: 'cloud-service' }),
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('pump', { functions: ['insulin-delivery'] }),
      ],
      dataFlows: [
        aFlow('settings', 'cloud', 'app', { data: ['configuration'] }),
        aFlow('relay', 'app', 'pump', { data: ['configuration'], functions: ['trend-log'] }),
      ],
    });

    const loss = buildQuery(model).lossOfComponent('cloud');

    expect(loss.impacts.map((i) => [i.functionId, i.path.join(' → ')])).toEqual([
      ['trend-log', 'cloud → settings → app → relay'],
    ]);
  });

  it('uses lossSeverity when a function is only lost, not corrupted', () => {
    const model = aModel({
      clinicalFunctions: [
        {
          id: 'bolus',
          description: 'Bolus on request',
          severity: 'catastrophic',
          lossSeverity: 'minor',
        },
      ],
      components: [aComponent('pump', { functions: ['bolus'] })],
    });
    const query = buildQuery(model);

    expect(query.lossOfComponent('pump').severity).toBe('minor');
    expect(query.harmOfComponent('pump').severity).toBe('catastrophic');
  });
});
