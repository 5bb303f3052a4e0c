import { aiFactsOf } from '../../ai/mlbom.js';
import { fact, label } from '../helpers.js';
import { AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

export const aiModelDigestMismatch = {
  id: 'ai-model-digest-mismatch',
  version: 1,
  title: "AI model digest differs from its ML-BOM's hash",
  category: 'ai-ml',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    atlas: ['AML.T0018', 'AML.T0010.003', 'AML.M0014', 'AML.M0023'],
    fda: [
      `${AI_DSF_DRAFT} (model bias from manipulated or pre-trained models)`,
      'Premarket V.A.4 (third-party software components)',
    ],
  },
  description:
    'The device model records one digest for the AI artefact and the ML-BOM another for the same algorithm. Either one document is stale, or the model that was validated and the one that is listed (and shipped) are different files. Until it is resolved nobody can show which weights treat patients, and a swapped or backdoored model would look like a paperwork error.',
  detection:
    'An AI model whose `ai.artifactDigest` parses as a digest and whose entry in a linked ML-BOM (`boms` of type mlbom, on the component or the one it is nested in; `ai.mlbomRef` picks the entry when there are several) lists a hash of the same algorithm with a different value. A digest without an algorithm prefix is compared with listed hashes of the same length. When the ML-BOM lists no hash of that algorithm, ai-mlbom-incomplete says so instead.',
  falsePositives:
    'A new model version was released and only one document was updated: update the other (and re-check the artefact with `medrisk verify-model`). The ML-BOM describes another model than the component: set `ai.mlbomRef`.',
  mitigation:
    'Find out which digest belongs to the validated model (hash the released artefact with `medrisk verify-model FILE --mlbom BOM`), correct the stale document, and make the build write both the ML-BOM and the deployment manifest from the same artefact digest, verified again when the model is loaded.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => isAiModel(component) && component.ai?.artifactDigest !== undefined,
  evaluate(component, query) {
    const facts = aiFactsOf(component, query);
    const mlbom = facts.mlbom;
    if (facts.digest !== 'mismatch' || mlbom?.model === undefined) return undefined;
    const where = `${mlbom.file ?? mlbom.bomId}#${mlbom.model.ref}`;
    const differing = facts.comparisons.filter((c) => !c.match);
    const guessed = facts.declared?.algorithm === undefined;
    return {
      rationale: `AI model ${label(component)} declares artefact digest ${facts.declared?.value ?? ''}, but its ML-BOM entry ${where} lists ${differing.map((c) => `${c.algorithm} ${c.listed}`).join(' and ')}: the two documents describe different files.`,
      evidence: [
        fact(
          aiPath(component, 'artifactDigest'),
          `artifactDigest: ${component.ai?.artifactDigest ?? ''}${guessed ? ' (no algorithm named; compared with listed hashes of the same length)' : ''}`,
        ),
        ...differing.map((c) =>
          fact(`boms.${mlbom.bomId}`, `${where} ${c.algorithm}: ${c.listed}`),
        ),
      ],
    };
  },
} satisfies ThreatRule;
