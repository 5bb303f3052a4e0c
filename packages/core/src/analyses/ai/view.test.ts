import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { buildRuleContext } from '../threats/context.js';
import { contextWith, MODEL_SHA256, mlbomText } from './__fixtures__/mlbom.js';
import { aiView } from './view.js';

const model = aModel({
  components: [
    aComponent('inference', { kind: 'cloud-service', access: { inputValidation: true } }),
    aComponent('ich', {
      kind: 'ai-model',
      name: 'ICH detector',
      parent: 'inference',
      ai: {
        learning: 'locked',
        pccp: true,
        performanceMonitoring: true,
        trainingDataProvenance: 'partial',
        trainingDataValidated: true,
        adversarialInputs: ['pixel data', 'DICOM headers'],
        adversarialTesting: false,
        artifactDigest: `sha256:${MODEL_SHA256}`,
      },
    }),
  ],
  boms: [{ id: 'ml', type: 'mlbom', path: 'ml.cdx.json', component: 'ich' }],
});

describe('views.ai', () => {
  it('is absent for a model without AI components', () => {
    expect(aiView(buildRuleContext(aModel({ components: [aComponent('fw')] })))).toBeUndefined();
  });

  it('shows declared facts, the digest checked against the ML-BOM, the card and the ATLAS techniques', () => {
    const text = mlbomText([
      {
        ref: 'ich-2024.2',
        hashes: [{ alg: 'SHA-256', content: MODEL_SHA256 }],
        datasets: ['train', 'test'],
      },
    ]);

    const view = aiView(contextWith(model, [{ id: 'ml', text }]));

    expect(view?.atlasVersion).toBe('5.6.0');
    expect(view?.models).toEqual([
      {
        id: 'ich',
        name: 'ICH detector',
        host: 'inference',
        learning: 'locked',
        pccp: true,
        performanceMonitoring: true,
        trainingDataProvenance: 'partial',
        trainingDataValidated: true,
        adversarialInputs: ['DICOM headers', 'pixel data'],
        adversarialTesting: false,
        inputValidatedBy: 'inference',
        digest: {
          status: 'match',
          declared: `sha256:${MODEL_SHA256}`,
          listed: [{ algorithm: 'SHA-256', value: MODEL_SHA256 }],
        },
        mlbom: {
          bom: 'ml',
          file: 'ml.cdx.json',
          status: 'found',
          model: { ref: 'ich-2024.2', name: 'ich-2024.2', version: '1.0' },
          approach: 'supervised',
          task: 'classification',
          datasets: ['test', 'train'],
        },
        atlas: [
          {
            id: 'AML.T0010.002',
            name: 'AI Supply Chain Compromise: Data',
            rules: ['ai-data-poisoning'],
          },
          { id: 'AML.T0015', name: 'Evade AI Model', rules: ['ai-evasion'] },
          { id: 'AML.T0019', name: 'Publish Poisoned Datasets', rules: ['ai-data-poisoning'] },
          { id: 'AML.T0020', name: 'Poison Training Data', rules: ['ai-data-poisoning'] },
          { id: 'AML.T0043', name: 'Craft Adversarial Data', rules: ['ai-evasion'] },
        ],
      },
    ]);
  });

  it('says when the ML-BOM was not read, and leaves undeclared facts out', () => {
    const bare = aModel({
      components: [aComponent('scorer', { kind: 'ai-model' })],
      boms: [{ id: 'ml', type: 'mlbom', path: 'ml.cdx.json', component: 'scorer' }],
    });

    const [view] = aiView(buildRuleContext(bare))?.models ?? [];

    expect(view?.mlbom).toEqual({ bom: 'ml', status: 'not-read', datasets: [] });
    expect(view?.digest).toEqual({ status: 'no-digest', listed: [] });
    expect(view?.learning).toBeUndefined();
  });
});
