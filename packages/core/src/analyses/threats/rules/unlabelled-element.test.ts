import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { unlabelledElement } from './unlabelled-element.js';

describe('unlabelled-element', () => {
  it.each`
    case                      | components                                                 | flows                                          | boundaries                                        | expected
    ${'everything named'}     | ${[aComponent('a'), aComponent('b')]}                      | ${[aFlow('f', 'a', 'b')]}                      | ${[{ id: 'zone', name: 'Zone', members: ['a'] }]} | ${[]}
    ${'an unnamed component'} | ${[aComponent('a', { name: undefined }), aComponent('b')]} | ${[aFlow('f', 'a', 'b')]}                      | ${[]}                                             | ${['unlabelled-element@a']}
    ${'an unnamed flow'}      | ${[aComponent('a'), aComponent('b')]}                      | ${[aFlow('f', 'a', 'b', { name: undefined })]} | ${[]}                                             | ${['unlabelled-element@f']}
    ${'an unnamed boundary'}  | ${[aComponent('a'), aComponent('b')]}                      | ${[]}                                          | ${[{ id: 'zone', members: ['a'] }]}               | ${['unlabelled-element@zone']}
  `('$case', ({ components, flows, boundaries, expected }) => {
    const model = aModel({ components, dataFlows: flows, trustBoundaries: boundaries });

    expect(findingIds(unlabelledElement, model)).toEqual(expected);
  });

  it('points each finding at its element', () => {
    const model = aModel({
      components: [aComponent('a', { name: undefined }), aComponent('b')],
      dataFlows: [aFlow('f', 'a', 'b', { name: undefined })],
    });

    const findings = runRule(unlabelledElement, model);

    expect(findings.map((f) => f.subject.kind)).toEqual(['component', 'flow']);
    expect(findings[1]?.hit.evidence?.[0]?.path).toBe('dataFlows.f.name');
  });
});
