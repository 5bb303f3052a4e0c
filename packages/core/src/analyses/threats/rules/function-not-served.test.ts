import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { functionNotServed } from './function-not-served.js';

const clinicalFunctions = [
  { id: 'dosing', description: 'Deliver insulin', severity: 'catastrophic' as const },
];

describe('function-not-served', () => {
  it.each`
    case                       | pumpFunctions | flowFunctions | expected
    ${'served by the pump'}    | ${['dosing']} | ${[]}         | ${[]}
    ${'served by nothing'}     | ${[]}         | ${[]}         | ${['function-not-served@dosing']}
    ${'listed on a flow only'} | ${[]}         | ${['dosing']} | ${['function-not-served@dosing']}
  `('$case', ({ pumpFunctions, flowFunctions, expected }) => {
    const model = aModel({
      clinicalFunctions,
      components: [aComponent('app'), aComponent('pump', { functions: pumpFunctions })],
      dataFlows: [aFlow('cmd', 'app', 'pump', { functions: flowFunctions })],
    });

    expect(findingIds(functionNotServed, model)).toEqual(expected);
  });

  it('names the flows that list the function', () => {
    const model = aModel({
      clinicalFunctions,
      components: [aComponent('app'), aComponent('pump')],
      dataFlows: [aFlow('cmd', 'app', 'pump', { functions: ['dosing'] })],
    });

    const [finding] = runRule(functionNotServed, model);

    expect(finding?.hit.rationale).toContain('only flows "cmd" list it');
    expect(finding?.subject).toMatchObject({ kind: 'function', id: 'dosing' });
  });
});
