import type { Evidence } from '../../../findings/types.js';
import { aiFactsOf, type AiFacts } from '../../ai/mlbom.js';
import { fact, label } from '../helpers.js';
import { aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

function listedAlgorithms(hashes: readonly { readonly algorithm: string }[]): string {
  return hashes.length === 0 ? 'none' : hashes.map((h) => h.algorithm).join(', ');
}

/** What the linked ML-BOM fails to say about the model, each with its evidence. */
function gaps(
  facts: AiFacts,
  trainingDataDocumented: boolean,
  digestPath: string,
): { reason: string; evidence: Evidence }[] {
  const mlbom = facts.mlbom;
  if (mlbom === undefined) return [];
  const at = `boms.${mlbom.bomId}`;
  const file = mlbom.file ?? mlbom.bomId;
  switch (mlbom.status) {
    case 'not-read':
      return [];
    case 'no-model':
      return [
        {
          reason: `ML-BOM ${file} lists no machine-learning-model component`,
          evidence: fact(at, `${file}: no component of type machine-learning-model`),
        },
      ];
    case 'ambiguous':
      return [
        {
          reason: `ML-BOM ${file} lists several models (${mlbom.candidates.join(', ')}) and \`ai.mlbomRef\` does not pick one`,
          evidence: fact(at, `${file}: models ${mlbom.candidates.join(', ')}`),
        },
      ];
    case 'ref-not-found':
      return [
        {
          reason: `\`ai.mlbomRef\` names no model of ML-BOM ${file} (it lists ${mlbom.candidates.join(', ')})`,
          evidence: fact(at, `${file}: models ${mlbom.candidates.join(', ')}`),
        },
      ];
    case 'found':
      break;
  }
  const ref = `${file}#${mlbom.model?.ref ?? ''}`;
  const found: { reason: string; evidence: Evidence }[] = [];
  if (facts.digest === 'no-listed-hash')
    found.push({
      reason: `its ML-BOM entry ${ref} lists no SHA-2, SHA-3 or BLAKE hash of the artefact`,
      evidence: fact(at, `${ref}: hashes ${listedAlgorithms(mlbom.model?.hashes ?? [])}`),
    });
  if (facts.digest === 'not-comparable')
    found.push({
      reason: `its ML-BOM entry ${ref} lists no ${facts.declared?.algorithm ?? 'same-length'} hash to compare \`ai.artifactDigest\` with`,
      evidence: fact(
        digestPath,
        `artifactDigest is ${facts.declared?.algorithm ?? 'unlabelled'}; ${ref} lists ${facts.listedHashes.map((h) => h.algorithm).join(', ')}`,
      ),
    });
  if (mlbom.card === undefined)
    found.push({
      reason: `its ML-BOM entry ${ref} has no model card`,
      evidence: fact(at, `${ref}: no modelCard`),
    });
  else if (facts.datasets.length === 0)
    found.push({
      reason: `the model card in ${ref} names no dataset${trainingDataDocumented ? ', although the model declares the training data provenance documented' : ''}`,
      evidence: fact(at, `${ref}: modelCard.modelParameters.datasets is empty`),
    });
  return found;
}

export const aiMlbomIncomplete = {
  id: 'ai-mlbom-incomplete',
  version: 1,
  title: 'ML-BOM does not pin or describe the AI model',
  category: 'ai-ml',
  stride: [],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    atlas: ['AML.M0023', 'AML.M0025', 'AML.M0014'],
    fda: ['Premarket V.A.4 (third-party software components)'],
  },
  description:
    "An ML bill of materials is how a reviewer, a hospital or an incident responder learns which model is in the device, what it was trained on and how to check the file. An ML-BOM that does not identify the model, carries no usable hash or names no dataset cannot back the model's integrity or its training-data provenance.",
  detection:
    'An AI model with an ML-BOM linked to it (or to the component it is nested in) where the ML-BOM lists no machine-learning-model component, lists several and `ai.mlbomRef` does not pick one, names none that `ai.mlbomRef` gives, lists no strong hash (SHA-2, SHA-3, BLAKE) for the model, lists none of the algorithm of `ai.artifactDigest`, has no model card, or has a card that names no dataset. A digest that contradicts the ML-BOM is ai-model-digest-mismatch.',
  falsePositives:
    'The ML-BOM is complete but describes the model under another bom-ref than expected: set `ai.mlbomRef`. Datasets kept confidential can still be named by reference with their hashes.',
  mitigation:
    'Generate the ML-BOM in the training pipeline: one machine-learning-model component per released model with SHA-256 (or stronger) hashes of the artefact, a model card (approach, task, inputs, outputs, performance) and every training, validation and test dataset as a data component referenced from the card, each with its own hash and origin.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'component',
  when: (component, query) =>
    isAiModel(component) && aiFactsOf(component, query).mlbom !== undefined,
  evaluate(component, query) {
    const found = gaps(
      aiFactsOf(component, query),
      component.ai?.trainingDataProvenance === 'documented',
      aiPath(component, 'artifactDigest'),
    );
    if (found.length === 0) return undefined;
    return {
      rationale: `The ML-BOM of AI model ${label(component)} falls short: ${found.map((g) => g.reason).join('; ')}.`,
      evidence: found.map((g) => g.evidence),
    };
  },
} satisfies ThreatRule;
