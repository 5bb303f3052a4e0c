import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { aiAdaptiveWithoutPccp } from './ai-adaptive-without-pccp.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const modelWith = (ai: Ai) =>
  aModel({
    components: [aComponent('dosing', { kind: 'ai-model', ...(ai === undefined ? {} : { ai }) })],
  });

describe('ai-adaptive-without-pccp', () => {
  it.each`
    ai                                       | fires
    ${{ learning: 'adaptive' }}              | ${true}
    ${{ learning: 'adaptive', pccp: false }} | ${true}
    ${{ learning: 'adaptive', pccp: true }}  | ${false}
    ${{ learning: 'locked' }}                | ${false}
    ${{}}                                    | ${false}
    ${undefined}                             | ${false}
  `('ai $ai → fires: $fires', ({ ai, fires }) => {
    const ids = runRule(aiAdaptiveWithoutPccp, modelWith(ai)).map((f) => f.id);

    expect(ids).toEqual(fires ? ['ai-adaptive-without-pccp@dosing'] : []);
  });

  it('cites the adaptive learning and says the plan is not declared', () => {
    const [finding] = runRule(aiAdaptiveWithoutPccp, modelWith({ learning: 'adaptive' }));

    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'learning: adaptive',
      'components.dosing.ai.pccp is not declared; treated as absent',
    ]);
  });
});
