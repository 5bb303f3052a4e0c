import type { AiModelView } from '../../analyses/ai/view.js';
import type { ReportSection, SectionBuilder } from './types.js';

type Block = ReportSection['blocks'][number];

const NOT_DECLARED = 'not declared';

const yesNo = (value: boolean | undefined, yes = 'yes', no = 'no'): string =>
  value === undefined ? NOT_DECLARED : value ? yes : no;

/** What the digest status means for a reader; the rules name the finding behind each. */
const DIGEST: Readonly<Record<AiModelView['digest']['status'], string>> = {
  match: 'matches the ML-BOM',
  mismatch: 'DIFFERS from the ML-BOM (ai-model-digest-mismatch)',
  'not-comparable': 'ML-BOM lists no hash of the same algorithm',
  'no-listed-hash': 'ML-BOM lists no strong hash',
  'no-digest': 'no digest in the model',
  'invalid-digest': 'not a digest (ai-model-supply-chain)',
  'no-mlbom': 'no ML-BOM entry to compare with',
};

const MLBOM: Readonly<Record<NonNullable<AiModelView['mlbom']>['status'], string>> = {
  found: 'found',
  'not-read': 'not read (run medrisk analyze on the model file)',
  'no-model': 'no machine-learning-model component',
  ambiguous: 'several models; set ai.mlbomRef',
  'ref-not-found': 'ai.mlbomRef names no model',
};

function inputs(m: AiModelView): string {
  if (m.adversarialInputs === undefined) return `${NOT_DECLARED} (treated as influenceable)`;
  return m.adversarialInputs.length === 0 ? 'none' : m.adversarialInputs.join('; ');
}

/** The AI/ML components: how they learn and change, what they trust, and the ATLAS techniques they face. */
export const aiSection: SectionBuilder = (doc) => {
  const view = doc.analysis.views.ai;
  if (view === undefined) return undefined;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${String(view.models.length)} AI/ML component${view.models.length === 1 ? '' : 's'}. Facts the model does not declare are shown as "${NOT_DECLARED}" and the rules treat them as absent. Techniques are MITRE ATLAS ${view.atlasVersion} ids cited by the AI rules whose conditions hold, before controls and treatments; the findings say what remains open.`,
    },
    {
      kind: 'table',
      caption: 'Change and oversight',
      header: ['AI model', 'Host', 'Learning', 'PCCP', 'Field monitoring', 'Supplier'],
      rows: view.models.map((m) => [
        m.name === undefined || m.name === m.id ? m.id : `${m.id} (${m.name})`,
        m.host ?? '—',
        m.learning ?? NOT_DECLARED,
        yesNo(m.pccp),
        yesNo(m.performanceMonitoring),
        m.supplier ?? NOT_DECLARED,
      ]),
    },
    {
      kind: 'table',
      caption: 'Training data and inputs',
      header: [
        'AI model',
        'Training data provenance',
        'Validated',
        'Inputs an adversary can influence',
        'Checked before inference',
        'Adversarial testing',
        'Inference API',
      ],
      rows: view.models.map((m) => [
        m.id,
        m.trainingDataProvenance ?? NOT_DECLARED,
        yesNo(m.trainingDataValidated),
        inputs(m),
        m.inputValidatedBy === undefined ? NOT_DECLARED : `yes (${m.inputValidatedBy})`,
        yesNo(m.adversarialTesting),
        m.inferenceApiExposed === undefined
          ? NOT_DECLARED
          : m.inferenceApiExposed
            ? `exposed, ${m.queryRateLimited === true ? 'rate limited' : 'no declared rate limit'}`
            : 'not exposed',
      ]),
    },
    {
      kind: 'table',
      caption:
        'Model artefact and ML-BOM (check a file with medrisk verify-model FILE --mlbom BOM)',
      header: [
        'AI model',
        'Digest in the model',
        'ML-BOM',
        'Model entry',
        'Listed hashes',
        'Digest',
        'Datasets on the card',
      ],
      rows: view.models.map((m) => [
        m.id,
        m.digest.declared ?? NOT_DECLARED,
        m.mlbom === undefined
          ? 'none linked'
          : `${m.mlbom.file ?? m.mlbom.bom}: ${MLBOM[m.mlbom.status]}`,
        m.mlbom?.model === undefined
          ? '—'
          : `${m.mlbom.model.ref}${m.mlbom.model.version === undefined ? '' : ` ${m.mlbom.model.version}`}${m.mlbom.task === undefined ? '' : `, ${m.mlbom.task}`}${m.mlbom.approach === undefined ? '' : `, ${m.mlbom.approach}`}`,
        m.digest.listed.map((h) => `${h.algorithm} ${h.value}`).join('; ') || '—',
        DIGEST[m.digest.status],
        m.mlbom === undefined ? '—' : m.mlbom.datasets.join(', ') || 'none',
      ]),
    },
  ];
  const techniques = view.models.flatMap((m) =>
    m.atlas.map((t) => [
      m.id,
      t.name === undefined ? t.id : `${t.id} ${t.name}`,
      t.rules.join(', '),
    ]),
  );
  blocks.push(
    techniques.length === 0
      ? { kind: 'paragraph', text: 'No AI rule applies to these models as declared.' }
      : {
          kind: 'table',
          caption: `MITRE ATLAS ${view.atlasVersion} techniques that apply (before controls)`,
          header: ['AI model', 'Technique', 'Rules'],
          rows: techniques,
        },
  );
  return { id: 'ai-ml', title: 'AI/ML integrity', blocks };
};
