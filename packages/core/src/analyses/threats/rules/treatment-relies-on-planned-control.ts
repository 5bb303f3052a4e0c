import { isPattern, matchesFindingPattern } from '../../../findings/patterns.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { Control, Treatment } from '../../../model/types.js';
import type { ControlStatus } from '../../../model/vocabulary.js';
import { fact } from '../helpers.js';
import type { ThreatRule } from '../types.js';

const NOT_IN_PLACE: readonly ControlStatus[] = ['planned', 'not-implemented'];

export const treatmentReliesOnPlannedControl = {
  id: 'treatment-relies-on-planned-control',
  version: 1,
  title: 'Finding presented as mitigated by controls that do not exist yet',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket V.A.2 (risk assessment before and after controls)',
      'Playbook §2.5 (documented treatment of every threat)',
    ],
  },
  description:
    'A mitigate decision whose every control is still planned or was never implemented describes an intention, not a mitigation. Reviewers and the hospital read the finding as handled while the device in the field has no protection against it.',
  detection:
    'A treatment with strategy mitigate whose controls (those it names and those whose mitigates patterns cover its finding) are all planned or not-implemented. Mitigate treatments with no control at all are not judged here.',
  falsePositives:
    'The control is in place but its status is stale: update it to implemented or partial. Until then the residual risk is the initial one, which medrisk already computes.',
  mitigation:
    'Implement and verify the control before release, or change the treatment to accept (with rationale and approver) or transfer until it ships, and track the planned control in the management plan.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'treatment',
  when: (treatment, query) =>
    treatment.strategy === 'mitigate' && reliedOn(treatment, query).length > 0,
  evaluate(treatment, query) {
    const controls = reliedOn(treatment, query);
    if (controls.some((c) => !NOT_IN_PLACE.includes(c.status))) return undefined;
    return {
      rationale: `"${treatment.findingId}" is marked mitigate, but every control it relies on is missing: ${controls.map((c) => `"${c.id}" (${c.status})`).join(', ')}.`,
      evidence: controls.map((c) => fact(`controls.${c.id}.status`, `status: ${c.status}`)),
    };
  },
} satisfies ThreatRule;

/** Controls named by the treatment, or whose `mitigates` covers its finding id (or is the same pattern). */
function reliedOn(treatment: Treatment, query: ModelQuery): Control[] {
  const named = new Set(treatment.controls);
  const covers = (pattern: string): boolean =>
    isPattern(treatment.findingId)
      ? pattern === treatment.findingId
      : matchesFindingPattern(pattern, treatment.findingId);
  return query.model.controls.filter((c) => named.has(c.id) || c.mitigates.some(covers));
}
