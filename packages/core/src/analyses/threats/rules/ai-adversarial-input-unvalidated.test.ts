import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { aiAdversarialInputUnvalidated } from './ai-adversarial-input-unvalidated.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const modelWith = (ai: Ai, own?: boolean, host?: boolean) =>
  aModel({
    components: [
      aComponent('inference', {
        kind: 'cloud-service',
        ...(host === undefined ? {} : { access: { inputValidation: host } }),
      }),
      aComponent('reader', {
        kind: 'ai-model',
        parent: 'inference',
        ai,
        ...(own === undefined ? {} : { access: { inputValidation: own } }),
      }),
    ],
  });

const UPLOADED = { adversarialInputs: ['uploaded ECG'] };

describe('ai-adversarial-input-unvalidated', () => {
  it.each`
    case                         | ai                           | own          | host         | fires
    ${'nothing validates'}       | ${UPLOADED}                  | ${undefined} | ${undefined} | ${true}
    ${'declared false on both'}  | ${UPLOADED}                  | ${false}     | ${false}     | ${true}
    ${'model validates'}         | ${UPLOADED}                  | ${true}      | ${undefined} | ${false}
    ${'host validates'}          | ${UPLOADED}                  | ${undefined} | ${true}      | ${false}
    ${'inputs not declared'}     | ${{}}                        | ${undefined} | ${undefined} | ${true}
    ${'no influenceable inputs'} | ${{ adversarialInputs: [] }} | ${undefined} | ${undefined} | ${false}
  `('$case → fires: $fires', ({ ai, own, host, fires }) => {
    const ids = runRule(aiAdversarialInputUnvalidated, modelWith(ai, own, host)).map((f) => f.id);

    expect(ids).toEqual(fires ? ['ai-adversarial-input-unvalidated@reader'] : []);
  });

  it('names the inputs and what it looked at on the model and its host', () => {
    const [finding] = runRule(aiAdversarialInputUnvalidated, modelWith(UPLOADED, undefined, false));

    expect(finding?.hit.rationale).toContain('(uploaded ECG)');
    expect(finding?.hit.rationale).toContain('nor its host "inference"');
    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'uploaded ECG',
      'components.reader.access.inputValidation is not declared; treated as absent',
      'inputValidation: false',
    ]);
  });
});
