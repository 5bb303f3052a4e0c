import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { adversarialInputs, AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

/** The model itself or the nearest component hosting it that declares input validation. */
function validatedBy(component: Component, query: ModelQuery): Component | undefined {
  return [component, ...query.ancestors(component.id)].find(
    (c) => c.access?.inputValidation === true,
  );
}

export const aiAdversarialInputUnvalidated = {
  id: 'ai-adversarial-input-unvalidated',
  version: 1,
  title: 'Adversary-influenced AI inputs reach the model unchecked',
  category: 'ai-ml',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [20],
    atlas: ['AML.T0043', 'AML.T0015', 'AML.M0015', 'AML.M0010'],
    fda: [
      `${AI_DSF_DRAFT} (model evasion: strict input verification)`,
      'Premarket App. 1 D (validate inputs for format and safe range)',
    ],
  },
  description:
    'Inputs an adversary can shape (images from any modality, patient-entered values, uploaded signals, fields of a record) reach the model as they are. Without checks of format, range and plausibility before inference, out-of-distribution or deliberately crafted inputs are scored as if they were ordinary patients, and the output steers care.',
  detection:
    'An AI model whose `ai.adversarialInputs` lists inputs (or is not declared, then treated as influenceable) while neither the model nor a component it is nested in (its host service) declares `access.inputValidation: true`. Robustness of the model itself is ai-evasion; this rule is about the checks in front of it.',
  falsePositives:
    'The host validates inputs but the model does not say so: declare `access.inputValidation: true` on the model or its host, and only when the checks cover the model inputs (format, validated range, plausibility, out-of-distribution), not just the transport. No input can be influenced: declare `adversarialInputs: []`.',
  mitigation:
    'Before inference, check every input against the validated input domain (format, acquisition parameters, value ranges), detect out-of-distribution and adversarial inputs and report them as "not analysed", consider input restoration (re-encoding, denoising), and log rejected inputs for monitoring.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => isAiModel(component) && adversarialInputs(component)?.length !== 0,
  evaluate(component, query) {
    if (validatedBy(component, query) !== undefined) return undefined;
    const inputs = adversarialInputs(component);
    const hosts = query.ancestors(component.id);
    return {
      rationale: `AI model ${label(component)} ${inputs === undefined ? 'does not say which inputs an adversary can influence' : `takes inputs an adversary can influence (${inputs.join('; ')})`}, and neither it${hosts.length > 0 ? ` nor its host ${hosts.map((h) => `"${h.id}"`).join(', ')}` : ''} declares input validation before inference.`,
      evidence: [
        inputs === undefined
          ? notDeclared(aiPath(component, 'adversarialInputs'), 'influenceable by an adversary')
          : fact(aiPath(component, 'adversarialInputs'), inputs.join('; ')),
        ...[component, ...hosts].map((c) => {
          const path = componentPath(c, 'access', 'inputValidation');
          return c.access?.inputValidation === undefined
            ? notDeclared(path, 'absent')
            : fact(path, 'inputValidation: false');
        }),
      ],
    };
  },
} satisfies ThreatRule;
