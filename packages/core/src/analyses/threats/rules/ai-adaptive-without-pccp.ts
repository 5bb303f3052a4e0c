import { fact, label, notDeclared } from '../helpers.js';
import { AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

export const aiAdaptiveWithoutPccp = {
  id: 'ai-adaptive-without-pccp',
  version: 1,
  title: 'Adaptive AI model changes without a predetermined change control plan',
  category: 'ai-ml',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    atlas: ['AML.T0020', 'AML.T0031'],
    fda: [
      `${AI_DSF_DRAFT} (performance drift, data poisoning)`,
      'FDA PCCP guidance for AI-enabled device software functions (bounds on planned model changes)',
    ],
  },
  description:
    'A model that keeps learning after release changes what it tells clinicians without a new validation. A predetermined change control plan fixes in advance what may change, how each change is verified and how it is rolled back; without one, any drift or poisoning of the learning loop goes straight into patient care.',
  detection:
    'An AI model (kind `ai-model` or a component with an `ai` block) with `ai.learning: adaptive` and `ai.pccp` not true. The poisoning of the data it learns from is reported separately by ai-data-poisoning.',
  falsePositives:
    'A PCCP exists and bounds the changes: declare `pccp: true`. The model is retrained only by the manufacturer and released as a new validated version: declare `learning: locked`.',
  mitigation:
    'Write a predetermined change control plan: the modifications allowed, the data and verification protocol for each, performance limits that stop deployment, rollback to the last validated model, and how users are told about changes.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => isAiModel(component) && component.ai?.learning === 'adaptive',
  evaluate(component) {
    const pccp = component.ai?.pccp;
    if (pccp === true) return undefined;
    const path = aiPath(component, 'pccp');
    return {
      rationale: `AI model ${label(component)} learns adaptively in the field and ${pccp === false ? 'has no' : 'declares no'} predetermined change control plan bounding and verifying those changes.`,
      evidence: [
        fact(aiPath(component, 'learning'), 'learning: adaptive'),
        pccp === undefined ? notDeclared(path, 'absent') : fact(path, 'pccp: false'),
      ],
    };
  },
} satisfies ThreatRule;
