import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { aiEvasion } from './ai-evasion.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const modelWith = (ai: Ai, kind: 'ai-model' | 'web-api' = 'ai-model') =>
  aModel({ components: [aComponent('reader', { kind, ...(ai === undefined ? {} : { ai }) })] });

describe('ai-evasion', () => {
  it.each`
    case                                  | ai                                                                    | kind          | fires
    ${'influenceable inputs, no testing'} | ${{ adversarialInputs: ['uploaded ECG'] }}                            | ${'ai-model'} | ${true}
    ${'testing declared false'}           | ${{ adversarialInputs: ['uploaded ECG'], adversarialTesting: false }} | ${'ai-model'} | ${true}
    ${'inputs not declared'}              | ${{}}                                                                 | ${'ai-model'} | ${true}
    ${'adversarially tested'}             | ${{ adversarialInputs: ['uploaded ECG'], adversarialTesting: true }}  | ${'ai-model'} | ${false}
    ${'no influenceable inputs declared'} | ${{ adversarialInputs: [] }}                                          | ${'ai-model'} | ${false}
    ${'not an AI component'}              | ${undefined}                                                          | ${'web-api'}  | ${false}
  `('$case → fires: $fires', ({ ai, kind, fires }) => {
    const model = modelWith(ai, kind);

    const ids = runRule(aiEvasion, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['ai-evasion@reader'] : []);
  });

  it('names the influenceable inputs', () => {
    const [finding] = runRule(aiEvasion, modelWith({ adversarialInputs: ['uploaded ECG'] }));

    expect(finding?.hit.rationale).toContain('(uploaded ECG)');
    expect(finding?.hit.evidence?.[1]?.text).toContain('not declared');
  });

  it('says when the influenceable inputs are not declared', () => {
    const [finding] = runRule(aiEvasion, modelWith({}));

    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.reader.ai.adversarialInputs is not declared; treated as influenceable by an adversary',
    );
  });
});
