import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { componentWithoutDeployment } from './component-without-deployment.js';

const deployments = [{ id: 'home', type: 'patient-home' as const }];

describe('component-without-deployment', () => {
  it.each`
    case                                        | components                                                                            | expected
    ${'own deployment'}                         | ${[aComponent('pump', { deployment: 'home' })]}                                       | ${[]}
    ${'inherited from the enclosing device'}    | ${[aComponent('pump', { deployment: 'home' }), aComponent('fw', { parent: 'pump' })]} | ${[]}
    ${'a process without one'}                  | ${[aComponent('pump')]}                                                               | ${['component-without-deployment@pump']}
    ${'a data store without one'}               | ${[aComponent('db', { type: 'data-store', kind: 'database' })]}                       | ${['component-without-deployment@db']}
    ${'a nested component of a placeless one'}  | ${[aComponent('pump'), aComponent('fw', { parent: 'pump' })]}                         | ${['component-without-deployment@fw', 'component-without-deployment@pump']}
    ${'an external entity: outside the system'} | ${[aComponent('ehr', { type: 'external-entity', kind: 'ehr' })]}                      | ${[]}
  `('$case', ({ components, expected }) => {
    expect(findingIds(componentWithoutDeployment, aModel({ deployments, components }))).toEqual(
      expected,
    );
  });

  it('says the deployment is not declared', () => {
    const [finding] = runRule(
      componentWithoutDeployment,
      aModel({ components: [aComponent('pump')] }),
    );

    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.pump.deployment is not declared; treated as unknown',
    );
  });
});
