import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { componentWithoutOwner } from './component-without-owner.js';

const stakeholders = [{ id: 'acme', role: 'manufacturer' as const }];

describe('component-without-owner', () => {
  it.each`
    case                                 | components                                                                       | expected
    ${'no owner'}                        | ${[aComponent('pump')]}                                                          | ${['component-without-owner@pump']}
    ${'owned'}                           | ${[aComponent('pump', { owner: 'acme' })]}                                       | ${[]}
    ${'nested in an owned component'}    | ${[aComponent('pump', { owner: 'acme' }), aComponent('fw', { parent: 'pump' })]} | ${[]}
    ${'nested, nobody owns either'}      | ${[aComponent('pump'), aComponent('fw', { parent: 'pump' })]}                    | ${['component-without-owner@fw', 'component-without-owner@pump']}
    ${'a person needs no owner'}         | ${[aComponent('nurse', { type: 'external-entity', kind: 'person' })]}            | ${[]}
    ${'a third-party service needs one'} | ${[aComponent('sms', { type: 'external-entity', kind: 'third-party-service' })]} | ${['component-without-owner@sms']}
  `('$case', ({ components, expected }) => {
    expect(findingIds(componentWithoutOwner, aModel({ stakeholders, components }))).toEqual(
      expected,
    );
  });

  it('says the nesting was checked too', () => {
    const model = aModel({
      components: [aComponent('pump'), aComponent('fw', { parent: 'pump' })],
    });

    const [fw] = runRule(componentWithoutOwner, model);

    expect(fw?.hit.rationale).toBe(
      'Component "fw" (fw) has no owner, nor has any component it is nested in: nobody is named to patch, monitor or retire it.',
    );
    expect(fw?.hit.evidence?.[0]?.path).toBe('components.fw.owner');
  });
});
