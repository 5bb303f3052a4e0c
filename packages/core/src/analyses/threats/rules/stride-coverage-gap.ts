import { STRIDE_LETTER } from '../../../model/vocabulary.js';
import { isGap } from '../coverage.js';
import type { ThreatRule } from '../types.js';

export const strideCoverageGap = {
  id: 'stride-coverage-gap',
  version: 1,
  title: 'STRIDE category not analysed for an element',
  category: 'completeness',
  stride: [],
  fdaCategory: 'code-data-execution-integrity',
  references: { fda: ['Premarket V.A.1 (threat modeling of all system elements)'] },
  description:
    'STRIDE per element (MITRE/MDIC playbook Table 3) expects every process to be examined for all six categories, data stores for tampering, repudiation, disclosure and denial of service, data flows for tampering, disclosure and denial of service, and external entities for spoofing and repudiation. A cell no rule could examine and nobody explained is a hole in the threat model.',
  detection:
    'An expected STRIDE cell for a component or data flow that no rule considered (the model lacks the facts the rules need), that has no finding, and that no assumption marks `notApplicable` with a reason.',
  falsePositives:
    'The category truly does not apply: add an assumption with `notApplicable: [{subject, stride}]` and a rationale.',
  mitigation:
    'Describe the element further (interfaces, authentication, logging, storage) so the rules can analyse it, or write down why the category does not apply.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'coverage',
  evaluate(coverage, query) {
    return coverage.cells.filter(isGap).map((cell) => {
      const element =
        cell.subject.kind === 'component'
          ? query.component(cell.subject.id)
          : query.flow(cell.subject.id);
      const type =
        cell.subject.kind === 'flow'
          ? 'data flow'
          : (query.component(cell.subject.id)?.type ?? 'element');
      return {
        subject: cell.subject,
        qualifier: cell.stride,
        stride: [cell.stride],
        title: `STRIDE gap: ${cell.stride} (${STRIDE_LETTER[cell.stride]}) not analysed for ${element?.name ?? cell.subject.id}`,
        rationale: `No rule could examine ${type} "${cell.subject.id}" for ${cell.stride}, no finding covers it, and no assumption explains why it does not apply.`,
      };
    });
  },
} satisfies ThreatRule;
