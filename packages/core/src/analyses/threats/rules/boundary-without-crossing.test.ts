import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { boundaryWithoutCrossing } from './boundary-without-crossing.js';

const components = [aComponent('app'), aComponent('pump'), aComponent('fw', { parent: 'pump' })];

describe('boundary-without-crossing', () => {
  it.each`
    case                                       | boundaries                                                                             | flows                            | expected
    ${'a flow leaves the boundary'}            | ${[{ id: 'device', members: ['pump'] }]}                                               | ${[aFlow('cmd', 'app', 'pump')]} | ${[]}
    ${'a flow from a nested component leaves'} | ${[{ id: 'device', members: ['pump'] }]}                                               | ${[aFlow('cmd', 'app', 'fw')]}   | ${[]}
    ${'flows stay inside'}                     | ${[{ id: 'device', members: ['pump'] }]}                                               | ${[aFlow('boot', 'pump', 'fw')]} | ${['boundary-without-crossing@device']}
    ${'no flows at all'}                       | ${[{ id: 'device', members: ['pump'] }]}                                               | ${[]}                            | ${['boundary-without-crossing@device']}
    ${'an empty boundary'}                     | ${[{ id: 'device', members: ['pump'] }, { id: 'empty', members: [] }]}                 | ${[aFlow('cmd', 'app', 'pump')]} | ${['boundary-without-crossing@empty']}
    ${'crossed through a nested boundary'}     | ${[{ id: 'outer', members: [] }, { id: 'inner', parent: 'outer', members: ['pump'] }]} | ${[aFlow('cmd', 'app', 'pump')]} | ${[]}
  `('$case', ({ boundaries, flows, expected }) => {
    const model = aModel({ components, trustBoundaries: boundaries, dataFlows: flows });

    expect(findingIds(boundaryWithoutCrossing, model)).toEqual(expected);
  });

  it('names the members left without a documented path', () => {
    const model = aModel({ components, trustBoundaries: [{ id: 'device', members: ['pump'] }] });

    const [finding] = runRule(boundaryWithoutCrossing, model);

    expect(finding?.hit.rationale).toContain('"fw", "pump"');
    expect(finding?.hit.evidence?.[0]?.path).toBe('trustBoundaries.device.members');
  });
});
