import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, runRule } from '../../../../test/builders.js';
import { aiModelTheftInversion } from './ai-model-theft-inversion.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const modelWith = (ai: Ai, deployment = 'hospital') =>
  aModel({
    clinicalFunctions: [
      { id: 'diagnosis', description: 'Flag suspected stroke on CT', severity: 'critical' },
    ],
    deployments: [
      { id: 'hospital', type: 'hospital-clinical-network' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [
      aComponent('detector', { kind: 'ai-model', deployment, ...(ai === undefined ? {} : { ai }) }),
      aComponent('viewer', {
        kind: 'clinician-workstation',
        deployment: 'hospital',
        functions: ['diagnosis'],
      }),
    ],
    dataFlows: [aFlow('alerts', 'detector', 'viewer', { data: ['alarm'] })],
  });

describe('ai-model-theft-inversion', () => {
  it.each`
    case                                            | ai                                                        | deployment    | fires
    ${'exposed API without rate limit'}             | ${{ inferenceApiExposed: true }}                          | ${'hospital'} | ${true}
    ${'exposed API, rate limit declared false'}     | ${{ inferenceApiExposed: true, queryRateLimited: false }} | ${'hospital'} | ${true}
    ${'exposure undeclared, internet-facing cloud'} | ${{}}                                                     | ${'cloud'}    | ${true}
    ${'rate limited'}                               | ${{ inferenceApiExposed: true, queryRateLimited: true }}  | ${'hospital'} | ${false}
    ${'declared not exposed in the cloud'}          | ${{ inferenceApiExposed: false }}                         | ${'cloud'}    | ${false}
    ${'exposure undeclared on hospital network'}    | ${{}}                                                     | ${'hospital'} | ${false}
  `('$case → fires: $fires', ({ ai, deployment, fires }) => {
    const model = modelWith(ai, deployment);

    const ids = runRule(aiModelTheftInversion, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['ai-model-theft-inversion@detector'] : []);
  });

  it('rates an internet-facing model high and keeps the harm to privacy', () => {
    const [finding] = runRule(aiModelTheftInversion, modelWith({}, 'cloud'));

    expect(finding?.hit.exploitability?.level).toBe('high');
    expect(finding?.hit.severity).toBeUndefined();
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });

  it('reports the patient harm when adversaries can also influence the inputs', () => {
    const model = modelWith({ inferenceApiExposed: true, adversarialInputs: ['uploaded CT'] });

    const [finding] = runRule(aiModelTheftInversion, model);

    expect(finding?.hit.severity?.level).toBe('critical');
    expect(finding?.hit.exploitability).toBeUndefined();
  });
});
