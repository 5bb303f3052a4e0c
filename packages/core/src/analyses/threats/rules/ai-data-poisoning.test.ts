import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { aiDataPoisoning } from './ai-data-poisoning.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const CLEAN = {
  learning: 'locked',
  trainingDataProvenance: 'documented',
  trainingDataValidated: true,
} as const;

const modelWith = (ai: Ai, kind: 'ai-model' | 'cloud-service' = 'ai-model') =>
  aModel({ components: [aComponent('triage', { kind, ...(ai === undefined ? {} : { ai }) })] });

describe('ai-data-poisoning', () => {
  it.each`
    case                                    | ai                                                 | kind               | fires
    ${'nothing declared'}                   | ${undefined}                                       | ${'ai-model'}      | ${true}
    ${'adaptive learning'}                  | ${{ ...CLEAN, learning: 'adaptive' }}              | ${'ai-model'}      | ${true}
    ${'provenance partial'}                 | ${{ ...CLEAN, trainingDataProvenance: 'partial' }} | ${'ai-model'}      | ${true}
    ${'training data not validated'}        | ${{ ...CLEAN, trainingDataValidated: false }}      | ${'ai-model'}      | ${true}
    ${'locked, documented and validated'}   | ${CLEAN}                                           | ${'ai-model'}      | ${false}
    ${'service hosting a model (ai block)'} | ${{ ...CLEAN, trainingDataProvenance: 'unknown' }} | ${'cloud-service'} | ${true}
    ${'plain service without an ai block'}  | ${undefined}                                       | ${'cloud-service'} | ${false}
  `('$case → fires: $fires', ({ ai, kind, fires }) => {
    const model = modelWith(ai, kind);

    const ids = runRule(aiDataPoisoning, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['ai-data-poisoning@triage'] : []);
  });

  it('lists every reason and says which facts are not declared', () => {
    const [finding] = runRule(aiDataPoisoning, modelWith(undefined));

    expect(finding?.hit.rationale).toContain('provenance of its training data is not declared');
    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'components.triage.ai.trainingDataProvenance is not declared; treated as unknown',
      'components.triage.ai.trainingDataValidated is not declared; treated as not validated',
    ]);
  });

  it.each`
    adversarialInputs              | exploitability
    ${['patient-entered glucose']} | ${'high'}
    ${[]}                          | ${undefined}
  `(
    'rates an adaptive model with adversarial inputs $adversarialInputs as $exploitability',
    ({ adversarialInputs, exploitability }) => {
      const model = modelWith({ ...CLEAN, learning: 'adaptive', adversarialInputs });

      const [finding] = runRule(aiDataPoisoning, model);

      expect(finding?.hit.exploitability?.level).toBe(exploitability);
    },
  );
});
