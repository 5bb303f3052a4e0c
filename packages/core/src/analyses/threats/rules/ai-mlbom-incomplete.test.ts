import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../../test/builders.js';
import {
  MODEL_SHA256,
  mlbomText,
  runWithMlbom,
  type TestModel,
} from '../../ai/__fixtures__/mlbom.js';
import { aiMlbomIncomplete } from './ai-mlbom-incomplete.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const modelWith = (ai: Ai = {}) =>
  aModel({
    components: [aComponent('scorer', { kind: 'ai-model', ai })],
    boms: [{ id: 'ml', type: 'mlbom', path: 'ml.cdx.json', component: 'scorer' }],
  });

const complete: TestModel = {
  ref: 'sepsis',
  hashes: [{ alg: 'SHA-256', content: MODEL_SHA256 }],
  datasets: ['train'],
};

const run = (models: readonly TestModel[], ai?: Ai) =>
  runWithMlbom(aiMlbomIncomplete, modelWith(ai), [{ id: 'ml', text: mlbomText(models) }]);

describe('ai-mlbom-incomplete', () => {
  it.each`
    case                             | models                                       | ai                                                 | reason
    ${'complete'}                    | ${[complete]}                                | ${{ artifactDigest: `sha256:${MODEL_SHA256}` }}    | ${undefined}
    ${'no model component'}          | ${[]}                                        | ${{}}                                              | ${'lists no machine-learning-model component'}
    ${'several models, no mlbomRef'} | ${[complete, { ...complete, ref: 'other' }]} | ${{}}                                              | ${'lists several models (other, sepsis)'}
    ${'mlbomRef names none'}         | ${[complete]}                                | ${{ mlbomRef: 'sepsis-v2' }}                       | ${'`ai.mlbomRef` names no model'}
    ${'no hash'}                     | ${[{ ...complete, hashes: [] }]}             | ${{ artifactDigest: `sha256:${MODEL_SHA256}` }}    | ${'lists no SHA-2, SHA-3 or BLAKE hash'}
    ${'digest algorithm not listed'} | ${[complete]}                                | ${{ artifactDigest: `sha512:${'cd'.repeat(64)}` }} | ${'lists no SHA-512 hash to compare'}
    ${'no model card'}               | ${[{ ...complete, datasets: undefined }]}    | ${{}}                                              | ${'has no model card'}
    ${'card without datasets'}       | ${[{ ...complete, datasets: [] }]}           | ${{ trainingDataProvenance: 'documented' }}        | ${'names no dataset, although the model declares the training data provenance documented'}
  `('$case', ({ models, ai, reason }) => {
    const findings = run(models, ai);

    if (reason === undefined) expect(findings).toEqual([]);
    else expect(findings[0]?.hit.rationale).toContain(reason);
  });

  it('lists every gap in one finding', () => {
    const [finding, ...rest] = run([{ ref: 'sepsis', hashes: [], datasets: [] }], {
      artifactDigest: `sha256:${MODEL_SHA256}`,
    });

    expect(rest).toEqual([]);
    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'ml.cdx.json#sepsis: hashes none',
      'ml.cdx.json#sepsis: modelCard.modelParameters.datasets is empty',
    ]);
  });

  it('does not consider a model without an ML-BOM', () => {
    const model = aModel({ components: [aComponent('scorer', { kind: 'ai-model' })] });

    expect(runWithMlbom(aiMlbomIncomplete, model, [])).toEqual([]);
  });
});
