import { fact, label, notDeclared } from '../helpers.js';
import { adversarialInputs, AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

export const aiEvasion = {
  id: 'ai-evasion',
  version: 1,
  title: 'AI model not tested against adversarial inputs',
  category: 'ai-ml',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [1039],
    atlas: ['AML.T0015', 'AML.T0043', 'AML.M0003', 'AML.M0015'],
    fda: [`${AI_DSF_DRAFT} (model evasion)`],
  },
  description:
    'Small, deliberate changes to an image, a signal or a record, invisible to a clinician, can make a model miss a tumour, an arrhythmia or a sepsis warning, or raise a false one. Whoever can influence the inputs can steer the diagnosis unless the model was tested and hardened against such inputs.',
  detection:
    'An AI model (kind `ai-model` or a component with an `ai` block) whose `ai.adversarialTesting` is not true and whose `ai.adversarialInputs` lists inputs an adversary can influence, or is not declared (then treated as influenceable). Declaring `adversarialInputs: []` states that no input can be influenced. Missing input checks in front of the model are reported by ai-adversarial-input-unvalidated.',
  falsePositives:
    'All inputs come from sources the adversary cannot reach (e.g. a sealed sensor inside the device): declare `adversarialInputs: []` and say why in the description. Robustness was tested with adversarial examples: declare `adversarialTesting: true`.',
  mitigation:
    'Test the model with adversarial examples crafted for its input type and fold them into training, check inputs for well-formedness and plausibility before inference, detect out-of-distribution or adversarial inputs, and keep a clinician in the loop for high-consequence outputs.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => isAiModel(component),
  evaluate(component) {
    const ai = component.ai;
    const inputs = adversarialInputs(component);
    if (ai?.adversarialTesting === true || inputs?.length === 0) return undefined;
    const testingPath = aiPath(component, 'adversarialTesting');
    return {
      rationale: `AI model ${label(component)} ${inputs === undefined ? 'does not say which inputs an adversary can influence' : `takes inputs an adversary can influence (${inputs.join(', ')})`} and ${ai?.adversarialTesting === false ? 'was not' : 'is not declared to be'} tested against adversarial examples; crafted inputs can change its output.`,
      evidence: [
        inputs === undefined
          ? notDeclared(aiPath(component, 'adversarialInputs'), 'influenceable by an adversary')
          : fact(aiPath(component, 'adversarialInputs'), inputs.join(', ')),
        ai?.adversarialTesting === undefined
          ? notDeclared(testingPath, 'absent')
          : fact(testingPath, 'adversarialTesting: false'),
      ],
    };
  },
} satisfies ThreatRule;
