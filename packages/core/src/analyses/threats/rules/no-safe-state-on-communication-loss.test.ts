import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noSafeStateOnCommunicationLoss } from './no-safe-state-on-communication-loss.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;
type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const withPump = (
  pump: Fields,
  options: { source?: string; flow?: Flow; severity?: 'minor' | 'critical' } = {},
) =>
  aModel({
    clinicalFunctions: [
      { id: 'dosing', description: 'Closed-loop dosing', severity: options.severity ?? 'critical' },
    ],
    components: [
      aComponent('cgm', { kind: 'sensor' }),
      aComponent('patient', { type: 'external-entity', kind: 'person' }),
      aComponent('pump', { functions: ['dosing'], ...pump }),
      aComponent('motor', { kind: 'actuator', parent: 'pump' }),
    ],
    dataFlows: [
      aFlow('feed', options.source ?? 'cgm', 'pump', { data: ['telemetry'], ...options.flow }),
    ],
  });

describe('no-safe-state-on-communication-loss', () => {
  it.each`
    case                      | pump                                                           | fires
    ${'behaviour undeclared'} | ${{}}                                                          | ${true}
    ${'declared none'}        | ${{ resilience: { onCommunicationLoss: 'none' } }}             | ${true}
    ${'safe state'}           | ${{ resilience: { onCommunicationLoss: 'safe-state' } }}       | ${false}
    ${'alarm'}                | ${{ resilience: { onCommunicationLoss: 'alarm' } }}            | ${false}
    ${'continue locally'}     | ${{ resilience: { onCommunicationLoss: 'continue-locally' } }} | ${false}
  `('$case → fires: $fires', ({ pump, fires }) => {
    const model = withPump(pump);

    const ids = findingIds(noSafeStateOnCommunicationLoss, model);

    expect(ids).toEqual(fires ? ['no-safe-state-on-communication-loss@pump'] : []);
  });

  it.each`
    case                                | options
    ${'only a minor function'}          | ${{ severity: 'minor' }}
    ${'input typed by a person'}        | ${{ source: 'patient' }}
    ${'input from its own nested part'} | ${{ source: 'motor' }}
    ${'in-process call'}                | ${{ flow: { protocol: 'in-process' } }}
    ${'software deliveries only'}       | ${{ flow: { data: ['software'] } }}
  `('does not consider $case', ({ options }) => {
    const model = withPump({}, options);

    expect(findingIds(noSafeStateOnCommunicationLoss, model)).toEqual([]);
  });

  it('names the dependency and rates a jammable radio link high', () => {
    const model = withPump({}, { flow: { protocol: 'ble' } });

    const [finding] = runRule(noSafeStateOnCommunicationLoss, model);

    expect(finding?.hit.rationale).toContain('dosing (critical) and depends on "feed" from "cgm"');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('does not take wiring from another processor of the same device as a link', () => {
    const model = aModel({
      clinicalFunctions: [{ id: 'dosing', description: 'Dosing', severity: 'critical' }],
      components: [
        aComponent('pump', { kind: 'medical-device' }),
        aComponent('main', { parent: 'pump' }),
        aComponent('monitor', { parent: 'pump', functions: ['dosing'] }),
      ],
      dataFlows: [
        aFlow('bus', 'main', 'monitor', {
          protocol: { name: 'other', version: 'SPI' },
          data: ['therapy-command'],
        }),
      ],
    });

    expect(findingIds(noSafeStateOnCommunicationLoss, model)).toEqual([]);
  });
});
