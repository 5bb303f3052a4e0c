import { fact, label, notDeclared } from '../helpers.js';
import { AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

export const aiModelSupplyChain = {
  id: 'ai-model-supply-chain',
  version: 1,
  title: 'AI model artefact not pinned by a digest',
  category: 'ai-ml',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [494, 353, 1357],
    atlas: ['AML.T0010', 'AML.T0010.003', 'AML.T0058', 'AML.T0018', 'AML.M0023', 'AML.M0014'],
    attackIcs: ['T0862'],
    fda: [
      `${AI_DSF_DRAFT} (model bias from manipulated or pre-trained models)`,
      'Premarket V.A.4 (third-party software components)',
    ],
  },
  description:
    'Model weights are code in disguise: a swapped or backdoored file behaves normally on test data and misbehaves on a trigger, and some model formats run code when loaded. Without a recorded digest nobody can prove that the model in the device is the one that was validated, and a pre-trained model from a third party may already carry a backdoor.',
  detection:
    'An AI model (kind `ai-model` or a component with an `ai` block) without `ai.artifactDigest`. Exploitability is higher when `ai.supplier` names a third party (not the device manufacturer).',
  falsePositives:
    'The artefact is hashed and verified before deployment but the digest is not in the model: add it as `artifactDigest` (and list the model in an ML bill of materials).',
  mitigation:
    'Record a cryptographic digest of every model artefact in an AI bill of materials, verify it (or a signature) at build and at load time, obtain pre-trained models only from vetted sources with their provenance, prefer formats that cannot execute code, and re-validate third-party models before use.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => isAiModel(component),
  evaluate(component, query) {
    const ai = component.ai;
    if (ai?.artifactDigest !== undefined) return undefined;
    const supplier = ai?.supplier;
    const thirdParty =
      supplier !== undefined &&
      supplier.trim().toLowerCase() !== query.model.device.manufacturer.trim().toLowerCase();
    return {
      rationale: `AI model ${label(component)}${thirdParty ? `, supplied by "${supplier}",` : ''} has no recorded artefact digest, so a swapped or backdoored model cannot be told apart from the validated one.`,
      evidence: [
        notDeclared(aiPath(component, 'artifactDigest'), 'absent'),
        ...(supplier === undefined
          ? []
          : [fact(aiPath(component, 'supplier'), `supplier: ${supplier}`)]),
      ],
      ...(thirdParty
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `the model comes from a third party ("${supplier}") outside the manufacturer's development controls`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;
