import type { Evidence } from '../../../findings/types.js';
import { fact, label, notDeclared } from '../helpers.js';
import { adversarialInputs, AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

export const aiDataPoisoning = {
  id: 'ai-data-poisoning',
  version: 1,
  title: 'AI model can learn from poisoned data',
  category: 'ai-ml',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [345],
    atlas: ['AML.T0020', 'AML.T0019', 'AML.T0010.002', 'AML.M0007', 'AML.M0025'],
    fda: [`${AI_DSF_DRAFT} (data poisoning)`],
  },
  description:
    'A model is only as trustworthy as the data it learned from. Altered or mislabelled training data, a poisoned public dataset, or field data fed back into a learning model can plant blind spots and hidden triggers that pass validation and later produce wrong diagnoses or therapy suggestions for real patients.',
  detection:
    'An AI model (kind `ai-model` or a component with an `ai` block) that learns adaptively in the field, or whose `ai.trainingDataProvenance` is not `documented`, or whose `ai.trainingDataValidated` is not true. The missing change-control plan of an adaptive model is reported separately by ai-adaptive-without-pccp; this rule is about the data it learns from.',
  falsePositives:
    'The training data comes from controlled, documented sources and was checked for tampering and label errors: declare `trainingDataProvenance: documented` and `trainingDataValidated: true`. A model that no longer learns after release: declare `learning: locked`.',
  mitigation:
    'Record where every dataset came from and who changed it (a dataset bill of materials with hashes), validate and cleanse data and labels before each training run, detect outliers and anomalies, keep held-out reference sets to catch behaviour changes, and for adaptive models vet field data before it is learned from.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => isAiModel(component),
  evaluate(component) {
    const ai = component.ai;
    const reasons: string[] = [];
    const evidence: Evidence[] = [];
    if (ai?.learning === 'adaptive') {
      reasons.push('it keeps learning from field data after release');
      evidence.push(fact(aiPath(component, 'learning'), 'learning: adaptive'));
    }
    if (ai?.trainingDataProvenance !== 'documented') {
      reasons.push(
        `the provenance of its training data is ${ai?.trainingDataProvenance ?? 'not declared'}`,
      );
      evidence.push(
        ai?.trainingDataProvenance === undefined
          ? notDeclared(aiPath(component, 'trainingDataProvenance'), 'unknown')
          : fact(
              aiPath(component, 'trainingDataProvenance'),
              `provenance: ${ai.trainingDataProvenance}`,
            ),
      );
    }
    if (ai?.trainingDataValidated !== true) {
      reasons.push('its training data is not validated against tampering');
      evidence.push(
        ai?.trainingDataValidated === undefined
          ? notDeclared(aiPath(component, 'trainingDataValidated'), 'not validated')
          : fact(aiPath(component, 'trainingDataValidated'), 'trainingDataValidated: false'),
      );
    }
    if (reasons.length === 0) return undefined;
    const inputs = adversarialInputs(component) ?? [];
    const fieldPoisoning = ai?.learning === 'adaptive' && inputs.length > 0;
    return {
      rationale: `AI model ${label(component)} can be poisoned: ${reasons.join('; ')}.`,
      evidence,
      ...(fieldPoisoning
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `inputs an adversary can influence (${inputs.join(', ')}) feed the model's learning`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;
