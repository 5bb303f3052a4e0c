import { raciHits } from '../support/raci.js';
import type { ThreatRule } from '../types.js';

export const responsibilityNotCommunicated = {
  id: 'responsibility-not-communicated',
  version: 1,
  title: 'Task given to a third party with no channel that tells it',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket VI.A (labeling: controls users must apply; transferred risks)',
      'Playbook §2.5 (no silent transfer of risk)',
    ],
  },
  description:
    'A control or duty that a hospital, clinician, patient, servicer, supplier or cloud provider must perform only works if that party knows. Without labeling, an IFU or security guide, an MDS2 entry, a contract, an SLA or training, the task is silently transferred: the party never learns it, and the threat model credits a control nobody runs.',
  detection:
    'A control, mitigation or declared duty where a stakeholder whose role is not manufacturer is responsible or accountable (declared, or derived from an owner), and no `communicatedVia` channel is declared (a control also counts the channels of transfers that name it). A mitigation is checked for the parties it declares itself; those it inherits are checked on its controls. Transfers without a channel are reported by treatment-incomplete.',
  falsePositives:
    'The model describes a hospital’s own deployment, where the hospital is both author and operator: declare `training` (or the internal procedure) as the channel.',
  mitigation:
    'State how the party learns its part: `communicatedVia: [security-guide, mds2]` for a hospital, `[contract, sla]` for a supplier or cloud provider, `[ifu, labeling]` for patients; then make sure the document says it.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'model',
  evaluate: (query) => raciHits(query, 'not-communicated'),
} satisfies ThreatRule;
