import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { aiPerformanceDrift } from './ai-performance-drift.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const modelWith = (ai: Ai, kind: 'ai-model' | 'web-api' = 'ai-model') =>
  aModel({ components: [aComponent('scorer', { kind, ...(ai === undefined ? {} : { ai }) })] });

describe('ai-performance-drift', () => {
  it.each`
    case                                    | ai                                  | kind          | fires
    ${'monitoring not declared'}            | ${undefined}                        | ${'ai-model'} | ${true}
    ${'monitoring declared false'}          | ${{ performanceMonitoring: false }} | ${'ai-model'} | ${true}
    ${'monitored'}                          | ${{ performanceMonitoring: true }}  | ${'ai-model'} | ${false}
    ${'API hosting a model, no monitoring'} | ${{ learning: 'locked' }}           | ${'web-api'}  | ${true}
    ${'not an AI component'}                | ${undefined}                        | ${'web-api'}  | ${false}
  `('$case → fires: $fires', ({ ai, kind, fires }) => {
    const model = modelWith(ai, kind);

    const ids = runRule(aiPerformanceDrift, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['ai-performance-drift@scorer'] : []);
  });

  it.each`
    learning      | exploitability
    ${'adaptive'} | ${'high'}
    ${'locked'}   | ${undefined}
  `('rates a $learning model $exploitability', ({ learning, exploitability }) => {
    const [finding] = runRule(aiPerformanceDrift, modelWith({ learning }));

    expect(finding?.hit.exploitability?.level).toBe(exploitability);
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });
});
