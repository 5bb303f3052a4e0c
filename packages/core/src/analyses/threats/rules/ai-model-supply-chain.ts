import { aiFactsOf } from '../../ai/mlbom.js';
import type { Evidence } from '../../../findings/types.js';
import { fact, label, notDeclared } from '../helpers.js';
import { AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

export const aiModelSupplyChain = {
  id: 'ai-model-supply-chain',
  version: 2,
  title: 'AI model artefact not pinned by a digest',
  category: 'ai-ml',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [494, 353, 1357],
    atlas: [
      'AML.T0010',
      'AML.T0010.003',
      'AML.T0058',
      'AML.T0018',
      'AML.T0011.000',
      'AML.M0023',
      'AML.M0014',
    ],
    attackIcs: ['T0862'],
    fda: [
      `${AI_DSF_DRAFT} (model bias from manipulated or pre-trained models)`,
      'Premarket V.A.4 (third-party software components)',
    ],
  },
  description:
    'Model weights are code in disguise: a swapped or backdoored file behaves normally on test data and misbehaves on a trigger, and some model formats run code when loaded. Without a recorded digest nobody can prove that the model in the device is the one that was validated, and a pre-trained model from a third party may already carry a backdoor.',
  detection:
    'An AI model (kind `ai-model` or a component with an `ai` block) with no digest pinning its artefact: no `ai.artifactDigest` (or one that is not a digest), and no SHA-2, SHA-3 or BLAKE hash on its entry in a linked ML-BOM (`boms` of type mlbom). MD5 and SHA-1 do not count. Exploitability is higher when `ai.supplier` names a third party (not the device manufacturer). A digest that disagrees with the ML-BOM is reported by ai-model-digest-mismatch.',
  falsePositives:
    'The artefact is hashed and verified before deployment but the digest is not in the model: add it as `artifactDigest` (`sha256:` followed by the hex digest), or list the model with its hash in an ML-BOM linked to the component.',
  mitigation:
    'Record a cryptographic digest of every model artefact in an AI bill of materials, verify it (or a signature) at build and at load time, obtain pre-trained models only from vetted sources with their provenance, prefer formats that cannot execute code, and re-validate third-party models before use.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => isAiModel(component),
  evaluate(component, query) {
    const ai = component.ai;
    const facts = aiFactsOf(component, query);
    if (facts.declared !== undefined || facts.listedHashes.length > 0) return undefined;
    const supplier = ai?.supplier;
    const thirdParty =
      supplier !== undefined &&
      supplier.trim().toLowerCase() !== query.model.device.manufacturer.trim().toLowerCase();
    const digestPath = aiPath(component, 'artifactDigest');
    const model = facts.mlbom?.model;
    const evidence: Evidence[] = [
      ai?.artifactDigest === undefined
        ? notDeclared(digestPath, 'absent')
        : fact(
            digestPath,
            `artifactDigest "${ai.artifactDigest}" is not a digest (expected sha256: followed by 64 hex digits, or another named algorithm); treated as absent`,
          ),
      ...(facts.mlbom === undefined || model === undefined
        ? []
        : [
            fact(
              `boms.${facts.mlbom.bomId}`,
              `${facts.mlbom.file ?? facts.mlbom.bomId}#${model.ref} lists ${model.hashes.length === 0 ? 'no hash' : `only ${model.hashes.map((h) => h.algorithm).join(', ')}, not accepted as integrity evidence`}`,
            ),
          ]),
      ...(supplier === undefined
        ? []
        : [fact(aiPath(component, 'supplier'), `supplier: ${supplier}`)]),
    ];
    return {
      rationale: `AI model ${label(component)}${thirdParty ? `, supplied by "${supplier}",` : ''} has no recorded artefact digest${model === undefined ? '' : ', in the model or its ML-BOM'}, so a swapped or backdoored model cannot be told apart from the validated one.`,
      evidence,
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
